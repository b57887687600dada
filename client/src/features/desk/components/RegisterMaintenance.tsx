import {
  INSTRUMENT_TYPES,
  RecordConflictEndBodySchema,
  RecordInstrumentBodySchema,
  RecordWithdrawalBodySchema,
  type InstrumentType,
  type PartyStatus,
  type StateView,
} from '@plenary/shared';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { errorMessage } from '../../../lib/api';
import { formatLongDate, todayIso } from '../../../lib/dates';
import { useQuery } from '../../../lib/useQuery';
import { findState, stateOption } from '../../delegations/stateLookup';
import { FormField } from '../../../lib/components/FormField';
import { fetchStates } from '../../register/api';
import { statusLabel } from '../../register/status';
import { recordConflictEnd, recordInstrument, recordWithdrawal } from '../api';
import { countEffect, type RegisterChange } from '../countEffect';

type Action = RegisterChange['kind'];

const ACTIONS: { value: Action; label: string }[] = [
  { value: 'instrument', label: 'An instrument (ratification, accession, …)' },
  { value: 'withdrawal', label: 'A withdrawal (Art. 20)' },
  { value: 'conflict-end', label: 'The end of an armed conflict holding a withdrawal back' },
];

function describeStatus(s: PartyStatus): string {
  switch (s.status) {
    case 'party':
      return 'State Party';
    case 'pending':
      return `not yet in force (from ${formatLongDate(s.entersIntoForceOn)})`;
    case 'withdrawn':
      return `withdrawn (effective ${formatLongDate(s.effective)})`;
    case 'non-party':
      return 'not a party';
  }
}

/** Records a change to the register, showing what it does to the count before it is saved. */
export function RegisterMaintenance() {
  const today = todayIso();
  const [version, setVersion] = useState(0);
  const states = useQuery(`states:${today}:${version}`, (signal) => fetchStates(today, signal));
  const [action, setAction] = useState<Action>('instrument');
  const [typed, setTyped] = useState('');
  const [type, setType] = useState<InstrumentType>('accession');
  const [date, setDate] = useState('');
  const [succession, setSuccession] = useState('');
  const [armedConflict, setArmedConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const listId = useId();

  const list: StateView[] = states.status === 'success' ? states.data.states : [];
  const state = findState(list, typed);
  const change: RegisterChange | null = state
    ? action === 'instrument'
      ? {
          kind: 'instrument',
          iso3: state.iso3,
          type,
          depositDate: date,
          successionEffectiveDate: type === 'succession' ? succession : null,
        }
      : action === 'withdrawal'
        ? { kind: 'withdrawal', iso3: state.iso3, receivedDate: date, armedConflict }
        : { kind: 'conflict-end', iso3: state.iso3, endedOn: date }
    : null;
  const dateComplete = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const effect = useMemo(
    () => (change && dateComplete ? countEffect(list, change, today) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [list, JSON.stringify(change), dateComplete, today],
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSaved(null);
    if (!state || !change) {
      setError('Choose a State from the register, by name or ISO code.');
      return;
    }
    if (effect && !effect.ok) {
      setError(effect.message);
      return;
    }
    setBusy(true);
    try {
      let result: StateView;
      if (change.kind === 'instrument') {
        const body = RecordInstrumentBodySchema.parse({
          type: change.type,
          depositDate: change.depositDate,
          successionEffectiveDate: change.successionEffectiveDate,
        });
        result = await recordInstrument(state.iso3, body);
      } else if (change.kind === 'withdrawal') {
        const body = RecordWithdrawalBodySchema.parse({
          receivedDate: change.receivedDate,
          armedConflict: change.armedConflict,
        });
        result = await recordWithdrawal(state.iso3, body);
      } else {
        result = await recordConflictEnd(
          state.iso3,
          RecordConflictEndBodySchema.parse({ endedOn: change.endedOn }),
        );
      }
      setSaved(
        `${result.name}: recorded. ${effect?.ok ? `Count on ${formatLongDate(effect.on)}: ${effect.before} → ${effect.after}.` : ''}`,
      );
      setDate('');
      setSuccession('');
      setVersion((v) => v + 1);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const dateLabel =
    action === 'instrument'
      ? 'Date of deposit'
      : action === 'withdrawal'
        ? 'Date the Depositary received it'
        : 'Date the armed conflict ended';

  return (
    <form
      className="card form register-change"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="register-change-heading"
    >
      <h2 id="register-change-heading">Maintain the register</h2>
      <div className="form-grid">
        <FormField label="Record">
          {(a) => (
            <select
              {...a}
              value={action}
              onChange={(e) => setAction(e.target.value as Action)}
              data-testid="register-action"
            >
              {ACTIONS.map((x) => (
                <option key={x.value} value={x.value}>
                  {x.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label="State"
          hint={state ? `${state.name}: ${statusLabel(state.status)} today` : 'Name or ISO code'}
        >
          {(a) => (
            <>
              <input
                {...a}
                list={listId}
                value={typed}
                autoComplete="off"
                data-testid="register-state"
                onChange={(e) => setTyped(e.target.value)}
              />
              <datalist id={listId}>
                {list.map((s) => (
                  <option key={s.iso3} value={stateOption(s)} />
                ))}
              </datalist>
            </>
          )}
        </FormField>
        {action === 'instrument' && (
          <FormField label="Instrument">
            {(a) => (
              <select {...a} value={type} onChange={(e) => setType(e.target.value as InstrumentType)}>
                {INSTRUMENT_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField
          label={dateLabel}
          hint="YYYY-MM-DD"
          error={
            effect && !effect.ok && effect.field !== 'successionEffectiveDate' ? effect.message : undefined
          }
        >
          {(a) => (
            <input
              {...a}
              className="mono"
              placeholder="YYYY-MM-DD"
              value={date}
              data-testid="register-date"
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </FormField>
        {action === 'instrument' && type === 'succession' && (
          <FormField
            label="Date of independence"
            hint="The successor is bound from this date"
            error={
              effect && !effect.ok && effect.field === 'successionEffectiveDate' ? effect.message : undefined
            }
          >
            {(a) => (
              <input
                {...a}
                className="mono"
                placeholder="YYYY-MM-DD"
                value={succession}
                onChange={(e) => setSuccession(e.target.value)}
              />
            )}
          </FormField>
        )}
        {action === 'withdrawal' && (
          <div className="field field--check">
            <label>
              <input
                type="checkbox"
                checked={armedConflict}
                onChange={(e) => setArmedConflict(e.target.checked)}
              />{' '}
              Engaged in an armed conflict at the end of the six months (Art. 20.3)
            </label>
          </div>
        )}
      </div>

      <div className="effect" aria-live="polite" data-testid="count-effect">
        {effect?.ok ? (
          <>
            <p className="effect__count">
              Count on {formatLongDate(effect.on)}: <strong>{effect.before}</strong> →{' '}
              <strong>{effect.after}</strong>
            </p>
            <p className="muted">
              {state?.name}: {describeStatus(effect.statusBefore)} → {describeStatus(effect.statusAfter)} on
              that day.
              {effect.effectiveOn === null &&
                ' The withdrawal takes effect only when the end of the armed conflict is recorded.'}
            </p>
          </>
        ) : (
          <p className="muted">The effect on the count of States Parties appears here before you save.</p>
        )}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {saved && (
        <p className="checkin__last" role="status">
          {saved}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy || !effect?.ok}>
        {busy ? 'Saving…' : 'Save to the register'}
      </button>
    </form>
  );
}
