import {
  type MeetingKind,
  informalKindKey,
  isInformalMeeting,
  noDecisionsExplanation,
  reason,
} from '@plenary/shared';
import { DomainException } from '../../common/domain.exception';

/**
 * Refuses a question, a vote, an election or a slate in a meeting that takes no decisions
 * (intersessional, committee, Coordinating Committee: DOMAIN.md §2, §9): 422 NO_DECISIONS, its
 * message naming the kind, rendered in the reader's language from the reason.
 */
export function assertTakesDecisions(kind: MeetingKind): void {
  if (!isInformalMeeting(kind)) return;
  throw new DomainException(
    'NO_DECISIONS',
    noDecisionsExplanation(kind),
    'meetingId',
    undefined,
    undefined,
    reason('quorum.informalNoDecisions', { kind: informalKindKey(kind) }),
  );
}
