import type { DelegationView } from '@plenary/shared';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { errorMessage } from '../../../lib/api';
import { useConfirm } from '../../../lib/components/ConfirmDialog';
import { useFormat } from '../../../lib/locale/context';
import { setPresence } from '../api';
import { countsTowardQuorum, isPresenceKey, moveActive, searchDelegations } from '../presenceSearch';
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
      setMessage({ text: `${saved.name} ${saved.present ? 'checked in' : 'checked out'}.`, error: false });
    } catch (err) {
      setMessage({ text: `${d.name}: ${errorMessage(err)}`, error: true });
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
        text: `${d.name} is already present. To check it out, use “Check out…”.`,
        error: false,
      });
      inputRef.current?.select();
      return;
    }
    void write(d, true);
  }

  async function checkOut(d: DelegationView) {
    const ok = await confirm({
      title: `Check ${d.name} out?`,
      body: (
        <p>
          {countsTowardQuorum(d)
            ? 'It no longer counts as present: the quorum goes down by one, and it cannot vote until checked in again (a vote cast from its own device checks it in).'
            : 'It is an observer: the quorum does not change.'}
        </p>
      ),
      confirmLabel: 'Check out',
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
          <label htmlFor={id}>Check in or out: name or ISO code</label>
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
            <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> check in · <kbd>Esc</kbd> clear
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
          Check out{highlighted?.present ? ` ${highlighted.name}` : ''}…
        </button>
        <p className="visually-hidden" id={`${id}-out-why`}>
          {highlighted?.present ? '' : 'Highlight a delegation that is present to check it out.'}
        </p>
        <p className="checkin__count" data-testid="presence-count">
          <strong>{present}</strong> States Parties checked in
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
      <ul className="checkin__list" role="listbox" id={`${id}-list`} ref={listRef} aria-label="Delegations">
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
            <span className="checkin__name">{d.name}</span>
            <span className="checkin__standing muted">
              {d.standing === 'participant' ? 'State Party' : 'Observer'}
            </span>
            <span className={`checkin__state${d.present ? ' is-present' : ''}`}>
              {busy === d.id ? '…' : d.present ? 'Present' : 'Absent'}
            </span>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN && (
        <p className="muted">{matches.length - SHOWN} more; type more of the name to narrow the list.</p>
      )}
      {matches.length === 0 && <p className="empty">No delegation matches “{query}”.</p>}
    </div>
  );
}
