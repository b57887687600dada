import {
  committeeName,
  informalKindKey,
  isInformalMeeting,
  reason,
  renderReason,
  type MeetingView,
} from '@plenary/shared';
import { useFormat, useT } from '../../../lib/locale/context';
import { meetingKindLabel } from '../../meetings/labels';

/**
 * In place of the question form at an informal meeting (DOMAIN.md §2, §9): which kind of meeting
 * it is, and why no question is put here, in the shared rule's own words (a committee "seeks
 * general agreement and records conclusions and recommendations"; the Coordinating Committee
 * "has no substantive decision-making capacity"; Intersessional Meetings "take no decisions").
 */
export function InformalMeetingNotice({ meeting }: { meeting: Pick<MeetingView, 'kind' | 'committee'> }) {
  const t = useT();
  const fmt = useFormat();
  if (!isInformalMeeting(meeting.kind)) return null;
  const why = reason('quorum.informalNoDecisions', { kind: informalKindKey(meeting.kind) });
  return (
    <section
      className="card informal-notice"
      aria-labelledby="informal-heading"
      data-testid="informal-notice"
    >
      <h2 id="informal-heading">{t('console.informal.heading')}</h2>
      <p className="informal-notice__kind">
        {meetingKindLabel(meeting, fmt)}
        {meeting.committee && ` · ${committeeName(fmt.locale, meeting.committee)}`}
      </p>
      <p>{renderReason(fmt.locale, why)}</p>
      <p className="field__hint">{t('console.informal.noQuestions')}</p>
    </section>
  );
}
