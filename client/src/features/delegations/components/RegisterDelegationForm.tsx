import { RegisterDelegationBodySchema, type DelegationView, type MeetingView } from '@plenary/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../../../lib/api';
import { useFormat, useT } from '../../../lib/locale/context';
import { statesQuery } from '../../register/api';
import { registerAllParties, registerDelegation } from '../api';
import { delegationName } from '../presenceSearch';
import { findState, stateOption } from '../stateLookup';
import '../delegations.css';

interface Props {
  meeting: MeetingView;
  registered: readonly DelegationView[];
  onRegistered: (d: DelegationView) => void;
  onBulk: (all: DelegationView[]) => void;
}

/** Register a State (type-ahead over the register) or an organisation; or every State Party at once. */
export function RegisterDelegationForm({ meeting, registered, onRegistered, onBulk }: Props) {
  const fmt = useFormat();
  const t = useT();
  const states = useQuery(statesQuery(meeting.startDate));
  const [kind, setKind] = useState<'state' | 'organisation'>('state');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const list = states.data?.states ?? [];
  const taken = new Set(registered.map((d) => d.stateIso3).filter(Boolean));
  const chosen = kind === 'state' ? findState(list, typed) : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setNote(null);
    const raw =
      kind === 'state'
        ? { kind, stateIso3: chosen?.iso3 ?? typed.trim().toUpperCase() }
        : { kind, name: typed };
    const parsed = RegisterDelegationBodySchema.safeParse(raw);
    if (!parsed.success) {
      setError(kind === 'state' ? t('desk.register.chooseState') : t('desk.register.badName'));
      return;
    }
    setBusy(true);
    try {
      const d = await registerDelegation(meeting.id, parsed.data);
      onRegistered(d);
      setTyped('');
      setNote(t('desk.register.done', { name: delegationName(d, fmt.locale), standing: d.standing }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function bulk() {
    setError(null);
    setBusy(true);
    try {
      const before = registered.length;
      const all = await registerAllParties(meeting.id, 'accepted');
      onBulk(all);
      setNote(t('desk.register.bulkDone', { added: all.length - before, count: all.length }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="card form register-delegation">
      <h2>{t('desk.register.heading')}</h2>
      <form className="register-delegation__row" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('desk.register.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as 'state' | 'organisation')}
          >
            <option value="state">{t('desk.register.kind.state')}</option>
            <option value="organisation">{t('desk.register.kind.organisation')}</option>
          </select>
        </div>
        <div className="field register-delegation__name">
          <label htmlFor={`${id}-name`}>
            {kind === 'state' ? t('desk.register.stateLabel') : t('desk.organisation')}
          </label>
          <input
            id={`${id}-name`}
            list={kind === 'state' ? `${id}-states` : undefined}
            value={typed}
            autoComplete="off"
            data-testid="register-delegation-name"
            aria-invalid={error ? true : undefined}
            onChange={(e) => setTyped(e.target.value)}
            placeholder={
              kind === 'state' ? t('desk.register.statePlaceholder') : t('desk.register.orgPlaceholder')
            }
          />
          {kind === 'state' && (
            <datalist id={`${id}-states`}>
              {list
                .filter((s) => !taken.has(s.iso3))
                .map((s) => (
                  <option key={s.iso3} value={stateOption(s)}>
                    {t('register.status', { status: s.status })}
                  </option>
                ))}
            </datalist>
          )}
          <p className="field__hint">
            {chosen
              ? t('desk.register.chosen', {
                  name: delegationName({ name: chosen.name, stateIso3: chosen.iso3 }, fmt.locale),
                  status: chosen.status,
                  date: fmt.date(meeting.startDate),
                })
              : kind === 'state'
                ? t('desk.register.stateHint')
                : t('desk.register.orgHint')}
          </p>
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('desk.register.submit')}
        </button>
      </form>
      <div className="register-delegation__bulk">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void bulk()}
          data-testid="register-all"
        >
          {t('desk.register.all')}
        </button>
        <span className="muted">{t('desk.register.allHint', { date: fmt.date(meeting.startDate) })}</span>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {note && (
        <p className="checkin__last" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
