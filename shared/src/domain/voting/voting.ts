import type { VoteMethod } from '../../contracts/http/plenary.contract';
import type { Reason } from '../reasons/reasons';

/** The four figures of a vote: yes, no, abstain, and eligible States that have not voted. */
export type VoteCounts = { yes: number; no: number; abstain: number; notVoted: number };

/** A State entitled to vote in a vote, as the snapshot lists it. */
export type EligibleState = { delegationId: string; iso3: string; name: string };

/** Every figure a screen shows for a vote, computed once, by the same rule the server decides with. */
export type VoteFigures = {
  closed: boolean;
  method: VoteMethod;
  /** How many States Parties were eligible when it opened (participants of States Parties that day). */
  eligible: number;
  /**
   * Present and eligible: the States Parties in the room that may vote ("entitled to vote").
   * Eligible minus the absent; equal to eligible when presence is not known.
   */
  entitled: number;
  /** Eligible States not checked in that have not voted; null when presence is not known. */
  absent: number | null;
  /** Present (checked in) and not voted yet; null while the counts are hidden or presence unknown. */
  presentNotVoted: number | null;
  /** Whether each State's choice may be shown (recorded and roll-call votes). */
  perState: boolean;
  /** Null while a secret ballot or a show of hands is open. */
  counts: VoteCounts | null;
  /** How many have voted; for an open secret ballot the only figure there is. */
  voted: number;
  /** Yes + no; null while the counts are not known. */
  presentAndVoting: number | null;
  /** The fewest yes votes that adopt the proposal with the present and voting as they stand. */
  required: number | null;
  /** Adopted or rejected as the votes stand, or the result once closed (no-quorum only then). */
  outcome: 'adopted' | 'rejected' | 'no-quorum' | null;
  /** The arithmetic: decide()'s while open, the server's recorded result once closed. */
  explanation: string | null;
  /** The same as data, for the reader's language; null with the explanation (or for an older result). */
  reason: Reason | null;
  /** True while the vote is open: the outcome is what closing now would give. */
  provisional: boolean;
};

export const VOTE_METHOD_LABELS: Record<VoteMethod, string> = {
  recorded: 'Recorded vote',
  'roll-call': 'Roll-call vote',
  secret: 'Secret ballot',
  'show-of-hands': 'Show of hands',
};
