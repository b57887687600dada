import { compareStateNames, stateName, type StateView } from '@plenary/shared';
import { useId, useMemo } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import type { Format } from '../../../lib/locale/format';
import type { T } from '../../../lib/locale/translate';
import { countByStatus, filterStates, type StateFilter } from '../filterStates';
import { groupName } from '../regionalGroups';
import { PARTY_STATUSES, type PartyStatus } from '../status';
import { StatusBadge } from './StatusBadge';
import '../register.css';

function partySince(s: StateView, fmt: Format, t: T): string {
  if (s.partySince) return fmt.dateShort(s.partySince);
  if (s.status === 'pending') {
    const next = s.instruments
      .map((i) => i.entryIntoForce)
      .sort()
      .at(-1);
    return next ? t('register.partyFrom', { date: fmt.dateShort(next) }) : '—';
  }
  return '—';
}

function withdrawalText(s: StateView, on: string, fmt: Format, t: T): string {
  const w = s.withdrawal;
  if (!w) return '—';
  return t('register.withdrawal', {
    notified: fmt.dateShort(w.receivedDate),
    effect: w.effectiveDate
      ? w.effectiveDate <= on
        ? 'past'
        : 'future'
      : w.armedConflict
        ? 'abeyance'
        : 'none',
    effective: w.effectiveDate ? fmt.dateShort(w.effectiveDate) : '',
    ended: w.conflictEndedOn ? 'yes' : 'no',
    endedOn: w.conflictEndedOn ? fmt.dateShort(w.conflictEndedOn) : '',
  });
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

/**
 * The States with their status on `on`, named as the UN writes them in the language shown and
 * sorted in that language's collation (a State the names file lacks keeps the register's name). The
 * depositary's name stays beside it where it differs, as the treaty facts record it. The filter is
 * held by the page so it survives a change of date.
 */
export function StatesTable({ states, on, filter, onFilterChange: setFilter }: Props) {
  const fmt = useFormat();
  const t = useT();
  const lang = fmt.locale;
  const sorted = useMemo(() => {
    const registerNames = Object.fromEntries(states.map((s) => [s.iso3, s.name]));
    const compare = compareStateNames(lang, 'short', registerNames);
    return [...states].sort((a, b) => compare(a.iso3, b.iso3));
  }, [states, lang]);
  const nameOf = (s: StateView) => stateName(s.iso3, lang, 'short', { registerName: s.name });
  const shown = useMemo(
    () =>
      filterStates(sorted, filter, (s) => [
        stateName(s.iso3, lang, 'short', { registerName: s.name }),
        groupName(t, s.regionalGroup),
      ]),
    [sorted, filter, lang, t],
  );
  const counts = useMemo(() => countByStatus(states), [states]);
  const textId = useId();
  const statusId = useId();
  const filtered = filter.text.trim() !== '' || filter.status !== 'all';

  return (
    <div className="states">
      <div className="toolbar" role="search" aria-label={t('register.filter.label')}>
        <div className="field">
          <label htmlFor={textId}>{t('register.filter.text')}</label>
          <input
            id={textId}
            type="search"
            value={filter.text}
            placeholder={t('register.filter.placeholder')}
            autoComplete="off"
            onChange={(e) => setFilter((f) => ({ ...f, text: e.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor={statusId}>{t('register.filter.status')}</label>
          <select
            id={statusId}
            value={filter.status}
            onChange={(e) => {
              const v = e.target.value;
              setFilter((f) => ({ ...f, status: isStatus(v) ? v : 'all' }));
            }}
          >
            <option value="all">{t('register.filter.allStatuses', { count: states.length })}</option>
            {PARTY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t('register.filter.statusOption', { status: s, count: counts[s] })}
              </option>
            ))}
          </select>
        </div>
        <p className="toolbar__count" role="status" data-testid="states-shown">
          {t('register.shown', { shown: shown.length, count: states.length })}
        </p>
      </div>

      {shown.length === 0 ? (
        <div className="empty" data-testid="states-empty">
          <p>{filtered ? t('register.empty.filtered') : t('register.empty.none')}</p>
          {filtered && (
            <button type="button" className="button" onClick={() => setFilter(() => NO_FILTER)}>
              {t('register.filter.clear')}
            </button>
          )}
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="states-table">
            <caption className="visually-hidden">
              {t('register.table.caption', { date: fmt.dateShort(on) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('register.col.state')}</th>
                <th scope="col">{t('register.col.iso3')}</th>
                <th scope="col">{t('register.col.group')}</th>
                <th scope="col">{t('register.col.status')}</th>
                <th scope="col">{t('register.col.partySince')}</th>
                <th scope="col" className="col-withdrawal">
                  {t('register.col.withdrawal')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => {
                const name = nameOf(s);
                return (
                  <tr key={s.iso3}>
                    <th scope="row" data-label={t('register.col.state')}>
                      <span className="state__name">{name}</span>
                      {name !== s.name && (
                        <span className="state__depositary muted">
                          {t('register.depositaryName', { name: s.name })}
                        </span>
                      )}
                    </th>
                    <td data-label={t('register.col.iso3')}>
                      <code>{s.iso3}</code>
                    </td>
                    <td data-label={t('register.col.group')} className="col-nowrap">
                      {s.regionalGroup === null ? '—' : groupName(t, s.regionalGroup)}
                    </td>
                    <td data-label={t('register.col.status')}>
                      <StatusBadge status={s.status} />
                    </td>
                    <td data-label={t('register.col.partySince')} className="col-nowrap">
                      {partySince(s, fmt, t)}
                    </td>
                    <td data-label={t('register.col.withdrawal')}>{withdrawalText(s, on, fmt, t)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
