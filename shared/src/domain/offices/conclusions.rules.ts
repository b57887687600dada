import type { IsoDate } from '../dates/dates';
import { compareIsoDates } from '../dates/dates.rules';
import type { MeetingKind } from '../decisions/quorum';

/** What the carrying rule reads of a meeting. */
export type ConclusionsSlot = {
  id: string;
  kind: MeetingKind;
  startDate: IsoDate;
  endDate: IsoDate;
  status: 'scheduled' | 'open' | 'suspended' | 'closed';
};

/**
 * Where a committee meeting's conclusions and recommendations go (DOMAIN.md §9, seed part 4: the
 * MSP considers them): the next MSP or Review Conference not yet closed that starts after the
 * committee meeting has ended; the earliest first, then by id so every node picks the same one.
 * Null when none is scheduled yet (they are carried when one is set up).
 */
export function conclusionsDestination<M extends ConclusionsSlot>(
  committeeMeeting: Pick<ConclusionsSlot, 'endDate'>,
  meetings: readonly M[],
): M | null {
  const next = meetings
    .filter(
      (m) =>
        (m.kind === 'msp' || m.kind === 'review') &&
        m.status !== 'closed' &&
        compareIsoDates(m.startDate, committeeMeeting.endDate) > 0,
    )
    .sort((a, b) => compareIsoDates(a.startDate, b.startDate) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return next[0] ?? null;
}
