import type { MeetingView, QuorumView, VoteSnapshot } from '../../contracts/http/plenary.contract';
import { reason, type Reason } from '../reasons/reasons';
import { rollCallCalled } from './roll-call.rules';

/** Why each of the President's actions is unavailable now; null when it is available. */
export type ConsoleActionReasons = {
  consensus: Reason | null;
  openVote: Reason | null;
  closeVote: Reason | null;
};

/**
 * The console's disabled actions and the reason beside each, from the live snapshot: one rule, so
 * the button and the sentence next to it cannot disagree. `busy` is a write of this console in
 * flight.
 */
export function consoleActionReasons(
  snap: {
    meeting: Pick<MeetingView, 'status'>;
    quorum: Pick<QuorumView, 'present' | 'decision'>;
    vote: Pick<VoteSnapshot, 'status' | 'rollCall' | 'votes'> | null;
  },
  busy: boolean,
): ConsoleActionReasons {
  const status = snap.meeting.status;
  const notOpen = status === 'open' ? null : reason('action.meetingNotOpen', { status });
  const d = snap.quorum.decision;
  const noQuorum = d.met
    ? null
    : reason('action.noDecisionQuorum', { present: snap.quorum.present, required: d.required ?? 0 });
  const inFlight = busy ? reason('action.busy', {}) : null;
  const decide = notOpen ?? noQuorum ?? inFlight;
  const v = snap.vote;
  const calling = v && v.status === 'open' ? rollCallCalled(v) : null;
  return {
    consensus: decide,
    openVote: decide,
    closeVote: calling
      ? reason('action.rollCallNotFinished', {
          iso3: calling.called,
          call: calling.round === 2 ? 'again' : 'first',
        })
      : inFlight,
  };
}
