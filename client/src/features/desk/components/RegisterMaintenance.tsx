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
import { useFormat, useT } from '../../../lib/locale/context';
import type { Format } from '../../../lib/locale/format';
import type { T } from '../../../lib/locale/translate';
import { keys } from '../../../lib/query/keys';
import { useServerToday } from '../../../lib/serverTime';
import { delegationName } from '../../delegations/presenceSearch';
import { findState, stateOption } from '../../delegations/stateLookup';
import { recordConflictEnd, recordInstrument, recordWithdrawal, statesQuery } from '../../register/api';
import { countEffect, type RegisterChange } from '../countEffect';

type Action = RegisterChange['kind'];

const ACTIONS: readonly Action[] = ['instrument', 'withdrawal', 'conflict-end'];

function describeStatus(s: PartyStatus, fmt: Format, t: T): string {
  return t('desk.maintain.statusOnDay', {
    status: s.status,
    date:
      s.status === 'pending'
        ? fmt.date(s.entersIntoForceOn)
        : s.status === 'withdrawn'
          ? fmt.date(s.effective)
          : '',
  });
}

/** Records a change to the register, showing what it does to the count before it is saved. */
export function RegisterMaintenance() {
  const t = useT();
  const { today } = useServerToday();
  if (today === null) return <Loading>{t('desk.maintain.loading')}</Loading>;
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
      setError(t('desk.maintain.chooseState'));
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
      const name = delegationName({ name: result.name, stateIso3: result.iso3 }, fmt.locale);
      setSaved(
        effect?.ok
          ? t('desk.maintain.savedCount', {
              name,
              date: fmt.date(effect.on),
              before: effect.before,
              after: effect.after,
            })
          : t('desk.maintain.saved', { name }),
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

  const dateLabel = t('desk.maintain.dateLabel', { action });

  return (
    <form
      className="card form register-change"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="register-change-heading"
    >
      <h2 id="register-change-heading">{t('desk.maintain.heading')}</h2>
      <div className="form-grid">
        <FormField label={t('desk.maintain.record')}>
          {(a) => (
            <select
              {...a}
              value={action}
              onChange={(e) => setAction(e.target.value as Action)}
              data-testid="register-action"
            >
              {ACTIONS.map((x) => (
                <option key={x} value={x}>
                  {t('desk.maintain.action', { action: x })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={t('register.col.state')}
          hint={
            state
              ? t('desk.maintain.stateToday', {
                  name: delegationName({ name: state.name, stateIso3: state.iso3 }, fmt.locale),
                  status: state.status,
                })
              : t('desk.maintain.stateHint')
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
          <FormField label={t('desk.maintain.instrument')}>
            {(a) => (
              <select {...a} value={type} onChange={(e) => setType(e.target.value as InstrumentType)}>
                {INSTRUMENT_TYPES.map((it) => (
                  <option key={it} value={it}>
                    {t('desk.maintain.instrumentType', { type: it })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField
          label={dateLabel}
          hint={t('desk.setup.dateFormat')}
          error={
            effect && !effect.ok && effect.field !== 'successionEffectiveDate' ? effect.message : undefined
          }
        >
          {(a) => (
            <input
              {...a}
              className="mono"
              placeholder={t('desk.setup.dateFormat')}
              value={date}
              data-testid="register-date"
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </FormField>
        {action === 'instrument' && type === 'succession' && (
          <FormField
            label={t('desk.maintain.independence')}
            hint={t('desk.maintain.independenceHint')}
            error={
              effect && !effect.ok && effect.field === 'successionEffectiveDate' ? effect.message : undefined
            }
          >
            {(a) => (
              <input
                {...a}
                className="mono"
                placeholder={t('desk.setup.dateFormat')}
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
              {t('desk.maintain.armedConflict')}
            </label>
          </div>
        )}
      </div>

      <div className="effect" aria-live="polite" data-testid="count-effect">
        {effect?.ok ? (
          <>
            <p className="effect__count">
              {t('desk.maintain.count', {
                date: fmt.date(effect.on),
                before: effect.before,
                after: effect.after,
              })}
            </p>
            <p className="muted">
              {t('desk.maintain.statusChange', {
                name: state ? delegationName({ name: state.name, stateIso3: state.iso3 }, fmt.locale) : '',
                before: describeStatus(effect.statusBefore, fmt, t),
                after: describeStatus(effect.statusAfter, fmt, t),
              })}
              {effect.effectiveOn === null && ` ${t('desk.maintain.awaitsConflictEnd')}`}
            </p>
          </>
        ) : (
          <p className="muted">{t('desk.maintain.effectHint')}</p>
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
        {busy ? t('desk.maintain.saving') : t('desk.maintain.save')}
      </button>
    </form>
  );
}
