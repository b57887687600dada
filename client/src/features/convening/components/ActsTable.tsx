import type { StateAct } from '@plenary/shared';
import { stateName } from '@plenary/shared';
import { useFormat, useT } from '../../../lib/locale/context';

/** States that acted, with the date of each act and who entered it. */
export function ActsTable({
  acts,
  empty,
  dateLabel,
  testId,
}: {
  acts: readonly StateAct[];
  empty: string;
  dateLabel: string;
  testId: string;
}) {
  const fmt = useFormat();
  const t = useT();
  if (acts.length === 0) return <p className="empty proc-empty">{empty}</p>;
  return (
    // A region that may scroll: focusable, so the keyboard can scroll it (axe scrollable-region-focusable).
    <div
      className="table-wrap proc-acts"
      tabIndex={0}
      role="region"
      aria-label={t('procedures.acts.region', { label: dateLabel })}
    >
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('procedures.acts.state')}</th>
            <th scope="col">{dateLabel}</th>
            <th scope="col">{t('procedures.acts.enteredBy')}</th>
          </tr>
        </thead>
        <tbody>
          {acts.map((a, i) => (
            <tr key={a.iso3}>
              <td data-label="#">{i + 1}</td>
              <th scope="row">
                {stateName(a.iso3, fmt.locale, 'short', { registerName: a.name })}{' '}
                <span className="muted mono">{a.iso3}</span>
              </th>
              <td data-label={dateLabel} className="col-nowrap">
                <time dateTime={a.date}>{fmt.dateShort(a.date)}</time>
              </td>
              <td data-label={t('procedures.acts.enteredBy')}>
                {t('procedures.acts.by', { by: a.enteredBy })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
