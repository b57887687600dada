import type { StateAct } from '@plenary/shared';
import { useFormat } from '../../../lib/locale/context';

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
  if (acts.length === 0) return <p className="empty proc-empty">{empty}</p>;
  return (
    // A region that may scroll: focusable, so the keyboard can scroll it (axe scrollable-region-focusable).
    <div
      className="table-wrap proc-acts"
      tabIndex={0}
      role="region"
      aria-label={`States, by ${dateLabel.toLowerCase()}`}
    >
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">State</th>
            <th scope="col">{dateLabel}</th>
            <th scope="col">Entered by</th>
          </tr>
        </thead>
        <tbody>
          {acts.map((a, i) => (
            <tr key={a.iso3}>
              <td data-label="#">{i + 1}</td>
              <th scope="row">
                {a.name} <span className="muted mono">{a.iso3}</span>
              </th>
              <td data-label={dateLabel} className="col-nowrap">
                <time dateTime={a.date}>{fmt.dateShort(a.date)}</time>
              </td>
              <td data-label="Entered by">{a.enteredBy === 'secretariat' ? 'Secretariat' : 'Delegation'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
