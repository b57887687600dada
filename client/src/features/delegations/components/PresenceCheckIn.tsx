import type { DelegationView } from '@plenary/shared';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { errorMessage } from '../../../lib/api';
import { useConfirm } from '../../../lib/components/ConfirmDialog';
import { useFormat, useT } from '../../../lib/locale/context';
import { setPresence } from '../api';
import {
  countsTowardQuorum,
  delegationName,
  isPresenceKey,
  moveActive,
  searchDelegations,
} from '../presenceSearch';
import '../delegations.css';

interface Props {
  delegations: readonly DelegationView[];
  onChanged: (d: DelegationView) => void;
  /** For the component specs: the write, replaceable. */
  save?: (id: string, present: boolean) => Promise<DelegationView>;
}

const SHOWN = 60;

/**
 * Check-in at the door, keyboard only: type part of a name, a common or former name ("Turkey",
 * "UK", "DRC") or the ISO code, arrows to move, Enter to check the highlighted delegation in.
 * Enter never checks a delegation out: on one already present it only says so. Checking out is
 * its own button, after a confirmation. The search keeps focus throughout, and the typed text is
 * selected after each check-in so the next name simply replaces it.
 */
export function PresenceCheckIn({ delegations, onChanged, save = setPresence }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();
  const fmt = useFormat();
  const t = useT();
  const nameOf = (d: DelegationView) => delegationName(d, fmt.locale);
  const [dialog, confirm] = useConfirm();

  const matches = useMemo(
    () => searchDelegations(delegations, query, fmt.locale),
    [delegations, query, fmt.locale],
  );
  const shown = matches.slice(0, SHOWN);
  const current = active >= 0 && active < shown.length ? active : shown.length ? 0 : -1;
  const present = delegations.filter((d) => d.present && countsTowardQuorum(d)).length;

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  useEffect(() => {
    const row = listRef.current?.querySelector('[aria-selected="true"]');
    // jsdom has no layout, hence no scrollIntoView.
    if (row && typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'nearest' });
  }, [current]);

  async function write(d: DelegationView, present: boolean) {
    if (busy) return;
    setBusy(d.id);
    try {
      const saved = await save(d.id, present);
      onChanged(saved);
      setMessage({
        text: t('desk.presence.done', { name: nameOf(saved), present: saved.present ? 'yes' : 'no' }),
        error: false,
      });
    } catch (err) {
      setMessage({
        text: t('desk.error.about', { name: nameOf(d), message: errorMessage(err) }),
        error: true,
      });
    } finally {
      setBusy(null);
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }

  /** Enter and a click check in; on a delegation already present they change nothing and say so. */
  function checkIn(d: DelegationView) {
    if (d.present) {
      setMessage({
        text: t('desk.presence.already', { name: nameOf(d) }),
        error: false,
      });
      inputRef.current?.select();
      return;
    }
    void write(d, true);
  }

  async function checkOut(d: DelegationView) {
    const ok = await confirm({
      title: t('desk.presence.confirm.title', { name: nameOf(d) }),
      body: (
        <p>
          {countsTowardQuorum(d)
            ? t('desk.presence.confirm.participant')
            : t('desk.presence.confirm.observer')}
        </p>
      ),
      confirmLabel: t('desk.presence.checkOut'),
      danger: true,
    });
    if (ok) await write(d, false);
    else inputRef.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (isPresenceKey(e.key)) {
      e.preventDefault();
      setActive(moveActive(current, e.key, shown.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const d = shown[current];
      if (d) checkIn(d);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setQuery('');
      setActive(0);
    }
  }

  const highlighted = current >= 0 ? shown[current] : undefined;

  return (
    <div className="checkin" data-testid="presence">
      {dialog}
      <div className="checkin__bar">
        <div className="field checkin__search">
          <label htmlFor={id}>{t('desk.presence.search')}</label>
          <input
            ref={inputRef}
            id={id}
            type="search"
            role="combobox"
            aria-expanded="true"
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={current >= 0 ? `${id}-opt-${current}` : undefined}
            autoComplete="off"
            spellCheck={false}
            data-testid="presence-search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <p className="field__hint">
            <kbd>↑</kbd> <kbd>↓</kbd> {t('desk.presence.keys.choose')} · <kbd>Enter</kbd>{' '}
            {t('desk.presence.keys.checkIn')} · <kbd>Esc</kbd> {t('desk.presence.keys.clear')}
          </p>
        </div>
        <button
          type="button"
          className="button checkin__out"
          disabled={!highlighted?.present || busy !== null}
          aria-describedby={`${id}-out-why`}
          onClick={() => highlighted && void checkOut(highlighted)}
          data-testid="presence-check-out"
        >
          {highlighted?.present
            ? t('desk.presence.checkOutName', { name: nameOf(highlighted) })
            : t('desk.presence.checkOutEllipsis')}
        </button>
        <p className="visually-hidden" id={`${id}-out-why`}>
          {highlighted?.present ? '' : t('desk.presence.outWhy')}
        </p>
        <p className="checkin__count" data-testid="presence-count">
          {t('desk.presence.count', { count: present })}
        </p>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {message?.text}
      </p>
      {message && (
        <p className={message.error ? 'field__error' : 'checkin__last'} data-testid="presence-message">
          {message.text}
        </p>
      )}
      <ul
        className="checkin__list"
        role="listbox"
        id={`${id}-list`}
        ref={listRef}
        aria-label={t('desk.presence.list')}
      >
        {shown.map((d, i) => (
          <li
            key={d.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === current}
            className={`checkin__row${d.present ? ' is-present' : ''}`}
            data-testid="presence-row"
            data-present={d.present}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setActive(i);
              checkIn(d);
            }}
          >
            <span className="checkin__iso">{d.stateIso3 ?? '—'}</span>
            <span className="checkin__name">{nameOf(d)}</span>
            <span className="checkin__standing muted">{t('desk.standing', { standing: d.standing })}</span>
            <span className={`checkin__state${d.present ? ' is-present' : ''}`}>
              {busy === d.id ? '…' : t('desk.presence.state', { present: d.present ? 'yes' : 'no' })}
            </span>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN && (
        <p className="muted">{t('desk.presence.more', { count: matches.length - SHOWN })}</p>
      )}
      {matches.length === 0 && <p className="empty">{t('desk.presence.none', { query })}</p>}
    </div>
  );
}
