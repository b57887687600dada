import type { RegisterSummary } from '@plenary/shared';
import { formatCount, formatPercent } from '../../../lib/formatNumber';

/** States Parties by UN regional group: the text carries the numbers, the bars are decoration. */
export function RegionalGroupBars({
  groups,
  total,
}: {
  groups: RegisterSummary['byRegionalGroup'];
  total: number;
}) {
  if (groups.length === 0) return <p className="muted">No States Parties on this date.</p>;
  const max = Math.max(...groups.map((g) => g.count), 1);
  return (
    <ul className="bars">
      {groups.map((g) => (
        <li key={g.group} className="bars__row">
          <span className="bars__label">{g.group}</span>
          <span className="bars__value">
            {formatCount(g.count)} <span className="muted">({formatPercent(g.count, total)})</span>
          </span>
          <span className="bars__track" aria-hidden="true">
            <span className="bars__fill" style={{ width: `${(100 * g.count) / max}%` }} />
          </span>
        </li>
      ))}
    </ul>
  );
}
