import type { RegisterSummary } from '@plenary/shared';
import { useFormat, useT } from '../../../lib/locale/context';
import { groupName } from '../regionalGroups';
import '../register.css';

/** States Parties by UN regional group: the text carries the numbers, the bars are decoration. */
export function RegionalGroupBars({
  groups,
  total,
}: {
  groups: RegisterSummary['byRegionalGroup'];
  total: number;
}) {
  const fmt = useFormat();
  const t = useT();
  if (groups.length === 0) return <p className="muted">{t('register.groups.none')}</p>;
  const max = Math.max(...groups.map((g) => g.count), 1);
  return (
    <ul className="bars">
      {groups.map((g) => (
        <li key={g.group} className="bars__row">
          <span className="bars__label">{groupName(t, g.group)}</span>
          <span className="bars__value">
            {fmt.number(g.count)} <span className="muted">({fmt.percent(g.count, total)})</span>
          </span>
          <span className="bars__track" aria-hidden="true">
            <span className="bars__fill" style={{ width: `${(100 * g.count) / max}%` }} />
          </span>
        </li>
      ))}
    </ul>
  );
}
