import {
  INSTRUMENT_TYPES,
  RecordConflictEndBodySchema,
  RecordInstrumentBodySchema,
  RecordWithdrawalBodySchema,
  type InstrumentType,
  type PartyStatus,
  type StateView,
} from '@plenary/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { errorMessage } from '../../../lib/api';
import { FormField } from '../../../lib/components/FormField';
import { Loading } from '../../../lib/components/LoadState';
import { useFormat } from '../../../lib/locale/context';
import type { Format } from '../../../lib/locale/format';
import { keys } from '../../../lib/query/keys';
import { useServerToday } from '../../../lib/serverTime';
import { findState, stateOption } from '../../delegations/stateLookup';
import { recordConflictEnd, recordInstrument, recordWithdrawal, statesQuery } from '../../register/api';
import { useT } from '../../../lib/locale/context';
import { countEffect, type RegisterChange } from '../countEffect';

type Action = RegisterChange['kind'];

const ACTIONS: { value: Action; label: string }[] = [
  { value: 'instrument', label: 'An instrument (ratification, accession, …)' },
  { value: 'withdrawal', label: 'A withdrawal (Art. 20)' },
  { value: 'conflict-end', label: 'The end of an armed conflict holding a withdrawal back' },
];

function describeStatus(s: PartyStatus, fmt: Format): string {
  switch (s.status) {
    case 'party':
      return 'State Party';
    case 'pending':
      return `not yet in force (from ${fmt.date(s.entersIntoForceOn)})`;
    case 'withdrawn':
      return `withdrawn (effective ${fmt.date(s.effective)})`;
    case 'non-party':
      return 'not a party';
  }
}

/** Records a change to the register, showing what it does to the count before it is saved. */
export function RegisterMaintenance() {
  const { today } = useServerToday();
  if (today === null) return <Loading>Loading today’s register…</Loading>;
  return <RegisterChangeForm today={today} />;
}

/** The form itself, counting from the server's today (Geneva). */
function RegisterChangeForm({ today }: { today: string }) {
  const fmt = useFormat();
  const t = useT();
  const qc = useQueryClient();
  const states = useQuery(statesQuery(today));
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

  const list: StateView[] = useMemo(() => states.data?.states ?? [], [states.data]);
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
        `${result.name}: recorded. ${effect?.ok ? `Count on ${fmt.date(effect.on)}: ${effect.before} → ${effect.after}.` : ''}`,
      );
      setDate('');
      setSuccession('');
      // Every count on every date may have changed, and with them quorums and convening counts.
      await Promise.all([
        qc.invalidateQueries({ queryKey: keys.register.all }),
        qc.invalidateQueries({ queryKey: keys.convening.all }),
        qc.invalidateQueries({ queryKey: keys.meetings.all }),
      ]);
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
          hint={
            state
              ? `${state.name}: ${t('register.status', { status: state.status })} today`
              : 'Name or ISO code'
          }
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
              Count on {fmt.date(effect.on)}: <strong>{effect.before}</strong> →{' '}
              <strong>{effect.after}</strong>
            </p>
            <p className="muted">
              {state?.name}: {describeStatus(effect.statusBefore, fmt)} →{' '}
              {describeStatus(effect.statusAfter, fmt)} on that day.
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
        <p className="note-saved" role="status">
          {saved}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy || !effect?.ok}>
        {busy ? 'Saving…' : 'Save to the register'}
      </button>
    </form>
  );
}
