import type { DeadlineView } from '@plenary/shared';
import { formatLongDate } from '../../../lib/dates';
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
  const tone = deadlineTone(deadline);
  return (
    <div className={`proc-deadline proc-deadline--${tone}`} data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        <time className="proc-deadline__date" dateTime={deadline.lastDay}>
          {formatLongDate(deadline.lastDay)}
        </time>
        <span className="proc-deadline__days">{daysRemainingText(deadline.daysRemaining)}</span>
        {note && <span className="proc-deadline__note">{note}</span>}
      </dd>
    </div>
  );
}
