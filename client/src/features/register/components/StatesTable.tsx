import type { StateView } from '@plenary/shared';
import { useId, useMemo } from 'react';
import { useFormat } from '../../../lib/locale/context';
import type { Format } from '../../../lib/locale/format';
import { countByStatus, filterStates, type StateFilter } from '../filterStates';
import { PARTY_STATUSES, statusLabel, type PartyStatus } from '../status';
import { StatusBadge } from './StatusBadge';
import '../register.css';

function partySince(s: StateView, fmt: Format): string {
  if (s.partySince) return fmt.dateShort(s.partySince);
  if (s.status === 'pending') {
    const next = s.instruments
      .map((i) => i.entryIntoForce)
      .sort()
      .at(-1);
    return next ? `From ${fmt.dateShort(next)}` : '—';
  }
  return '—';
}

function withdrawalText(s: StateView, on: string, fmt: Format): string {
  const w = s.withdrawal;
  if (!w) return '—';
  const parts = [`Notified ${fmt.dateShort(w.receivedDate)}`];
  if (w.effectiveDate)
    parts.push(`${w.effectiveDate <= on ? 'effective' : 'takes effect'} ${fmt.dateShort(w.effectiveDate)}`);
  else if (w.armedConflict)
    parts.push('in abeyance while the State is engaged in an armed conflict (Art. 20.3)');
  if (w.conflictEndedOn) parts.push(`armed conflict ended ${fmt.dateShort(w.conflictEndedOn)}`);
  return parts.join('; ');
}

function isStatus(v: string): v is PartyStatus {
  return (PARTY_STATUSES as readonly string[]).includes(v);
}

interface Props {
  states: readonly StateView[];
  on: string;
  filter: StateFilter;
  onFilterChange: (update: (f: StateFilter) => StateFilter) => void;
}

export const NO_FILTER: StateFilter = { text: '', status: 'all' };

/** The States with their status on `on`; the filter is held by the page so it survives a change of date. */
export function StatesTable({ states, on, filter, onFilterChange: setFilter }: Props) {
  const fmt = useFormat();
  const shown = useMemo(() => filterStates(states, filter), [states, filter]);
  const counts = useMemo(() => countByStatus(states), [states]);
  const textId = useId();
  const statusId = useId();
  const filtered = filter.text.trim() !== '' || filter.status !== 'all';

  return (
    <div className="states">
      <div className="toolbar" role="search" aria-label="Filter the States">
        <div className="field">
          <label htmlFor={textId}>Name, ISO code or group</label>
          <input
            id={textId}
            type="search"
            value={filter.text}
            placeholder="e.g. Poland, POL, GRULAC"
            autoComplete="off"
            onChange={(e) => setFilter((f) => ({ ...f, text: e.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor={statusId}>Status</label>
          <select
            id={statusId}
            value={filter.status}
            onChange={(e) => {
              const v = e.target.value;
              setFilter((f) => ({ ...f, status: isStatus(v) ? v : 'all' }));
            }}
          >
            <option value="all">All statuses ({fmt.number(states.length)})</option>
            {PARTY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)} ({fmt.number(counts[s])})
              </option>
            ))}
          </select>
        </div>
        <p className="toolbar__count" role="status" data-testid="states-shown">
          {fmt.number(shown.length)} of {fmt.number(states.length)} States
        </p>
      </div>

      {shown.length === 0 ? (
        <div className="empty" data-testid="states-empty">
          <p>{filtered ? 'No State matches these filters.' : 'The register holds no States yet.'}</p>
          {filtered && (
            <button type="button" className="button" onClick={() => setFilter(() => NO_FILTER)}>
              Clear filters
            </button>
          )}
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="states-table">
            <caption className="visually-hidden">
              States and their status under the Convention on {fmt.dateShort(on)}
            </caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">ISO3</th>
                <th scope="col">Regional group</th>
                <th scope="col">Status</th>
                <th scope="col">Party since</th>
                <th scope="col" className="col-withdrawal">
                  Withdrawal
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.iso3}>
                  <th scope="row" data-label="State">
                    {s.name}
                  </th>
                  <td data-label="ISO3">
                    <code>{s.iso3}</code>
                  </td>
                  <td data-label="Regional group" className="col-nowrap">
                    {s.regionalGroup ?? '—'}
                  </td>
                  <td data-label="Status">
                    <StatusBadge status={s.status} />
                  </td>
                  <td data-label="Party since" className="col-nowrap">
                    {partySince(s, fmt)}
                  </td>
                  <td data-label="Withdrawal">{withdrawalText(s, on, fmt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
