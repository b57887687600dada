import type { DeadlineView } from '@plenary/shared';
import { useFormat, useT } from '../../../lib/locale/context';
import { daysRemainingText, deadlineTone } from '../figures';

/** A deadline: its label, the calendar date and the days remaining, coloured as it nears. */
export function Deadline({
  label,
  deadline,
  testId,
  note,
}: {
  label: string;
  deadline: DeadlineView;
  testId?: string;
  note?: string;
}) {
  const fmt = useFormat();
  const t = useT();
  const tone = deadlineTone(deadline);
  return (
    <div className={`proc-deadline proc-deadline--${tone}`} data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        <time className="proc-deadline__date" dateTime={deadline.lastDay}>
          {fmt.date(deadline.lastDay)}
        </time>
        <span className="proc-deadline__days">{daysRemainingText(deadline.daysRemaining, t)}</span>
        {note && <span className="proc-deadline__note">{note}</span>}
      </dd>
    </div>
  );
}
