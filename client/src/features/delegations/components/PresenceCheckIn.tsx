import type { DelegationView } from '@plenary/shared';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { errorMessage } from '../../../lib/api';
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
 * Check-in at the door, keyboard only: type part of a name or the ISO code, arrows to move,
 * Enter to check the highlighted delegation in or out. The search keeps focus throughout, and
 * the typed text is selected after each toggle so the next name simply replaces it.
 */
export function PresenceCheckIn({ delegations, onChanged, save = setPresence }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();

  const matches = useMemo(() => searchDelegations(delegations, query), [delegations, query]);
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

  async function toggle(d: DelegationView) {
    if (busy) return;
    setBusy(d.id);
    try {
      const saved = await save(d.id, !d.present);
      onChanged(saved);
      setMessage({ text: `${saved.name} ${saved.present ? 'checked in' : 'checked out'}.`, error: false });
      inputRef.current?.select();
    } catch (err) {
      setMessage({ text: `${d.name}: ${errorMessage(err)}`, error: true });
    } finally {
      setBusy(null);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (isPresenceKey(e.key)) {
      e.preventDefault();
      setActive(moveActive(current, e.key, shown.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const d = shown[current];
      if (d) void toggle(d);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setQuery('');
      setActive(0);
    }
  }

  return (
    <div className="checkin" data-testid="presence">
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
            <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> check in / out · <kbd>Esc</kbd> clear
          </p>
        </div>
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
              void toggle(d);
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
