import type {
  AmendmentView,
  ConveningCounted,
  SpecialMeetingProposalView,
} from '../../contracts/http/convening.contract';
import type { IsoDate } from '../dates/dates';
import { conveningPhase } from './procedures.rules';

/**
 * A live count (`convening.counted`) applied to a proposal to convene a Special Meeting: the new
 * progress, and the phase as the shared rule gives it on the server's `today`. A lapse, once
 * recorded, stays.
 */
export function applyCountToProposal(
  p: SpecialMeetingProposalView,
  c: ConveningCounted,
  today: IsoDate,
): SpecialMeetingProposalView {
  if (c.procedure !== 'special-meeting' || c.id !== p.id) return p;
  if (p.lapsed) return { ...p, progress: c.progress };
  return {
    ...p,
    progress: c.progress,
    phase: conveningPhase(c.progress, p.favourBy.lastDay, today, p.meetingId !== null),
  };
}

/**
 * A live count applied to a proposed amendment: support changes the phase (the shared rule, on
 * `today`), requests to meet earlier change only their own count. Acceptances change who is bound,
 * which the list cannot work out: they answer null, and the caller re-reads the amendment.
 */
export function applyCountToAmendment(
  a: AmendmentView,
  c: ConveningCounted,
  today: IsoDate,
): AmendmentView | null {
  if (c.id !== a.id) return a;
  switch (c.procedure) {
    case 'amendment-support':
      return {
        ...a,
        support: c.progress,
        phase: conveningPhase(c.progress, a.supportBy.lastDay, today, a.conferenceMeetingId !== null),
      };
    case 'amendment-earlier':
      return { ...a, earlierRequest: c.progress };
    case 'amendment-acceptance':
      return null;
    case 'special-meeting':
      return a;
  }
}
