import type { Decision, DecisionOutcome } from '../decisions/decisions';
import type { FloorSettings } from './floor.settings';

/**
 * The floor of one agenda item (DOMAIN.md §7): plain, serialisable data. Every rule takes a state
 * and returns a new one (or a refusal); times are epoch milliseconds passed in as `now`, never read.
 */

/** The default order of the list of speakers: States Parties, observer States, UN/ICRC/ICBL/GICHD, others. */
export type SpeakerCategory = 'state-party' | 'observer-state' | 'un-icrc-icbl-gichd' | 'other-observer';
export const SPEAKER_CATEGORIES: readonly SpeakerCategory[] = [
  'state-party',
  'observer-state',
  'un-icrc-icbl-gichd',
  'other-observer',
];

/**
 * Who acts. `state-party` means a participant (isParticipant: a State Party on the day, seated);
 * every other category observes: it may speak, never vote, move a motion or appeal.
 */
export type FloorActor = { delegationId: string; category: SpeakerCategory };

/** Everything a rule needs from outside the floor: the time, the meeting's settings, whether a vote is open. */
export type FloorContext = { now: number; settings: FloorSettings; voteOpen: boolean };

// ---- Speaking clock ---------------------------------------------------------------------------
/** Running while startedAt is set; accumulatedMs holds the time of earlier running stretches. */
export type SpeakingClock = { startedAt: number | null; accumulatedMs: number };

export type ClockReading = {
  elapsedMs: number;
  running: boolean;
  limitMs: number | null;
  /** Time left before the limit; null without a limit. */
  remainingMs: number | null;
  overrun: boolean;
  overrunMs: number;
};

// ---- List of speakers -------------------------------------------------------------------------
export type ListStatus = 'not-opened' | 'open' | 'closed';

/** How the meeting consented to close the list: no objection, a vote (question id), or closure of the debate (motion id). */
export type Consent =
  { kind: 'no-objection' } | { kind: 'vote'; ref: string } | { kind: 'motion'; ref: string };

export type ListEntry = {
  delegationId: string;
  category: SpeakerCategory;
  /** Order of asking: the floor's sequence number when the request was made. */
  seq: number;
  requestedAt: number;
  addedBy: 'delegation' | 'secretariat';
};

export type SpeakersList = {
  status: ListStatus;
  /** The categories' order for this item (from the settings; the President may reorder). */
  categoryOrder: SpeakerCategory[];
  /** Who speaks next, in order. */
  queue: ListEntry[];
  closure: { at: number; consent: Consent } | null;
  /** Speakers still listed when the debate was closed: recorded, not heard. */
  notHeard: ListEntry[];
};

// ---- Speeches ---------------------------------------------------------------------------------
export type SpeechKind = 'debate' | 'motion' | 'explanation-before' | 'explanation-after' | 'reply';

export type Speech = {
  delegationId: string;
  category: SpeakerCategory;
  kind: SpeechKind;
  /** The motion (kind motion) or the proposal or amendment explained (explanations); else null. */
  ref: string | null;
  side: 'for' | 'against' | null;
  startedAt: number;
  limitMs: number | null;
  clock: SpeakingClock;
};

/** A finished speech: who spoke, on what, for how long (the record). */
export type SpeechRecord = Omit<Speech, 'clock'> & {
  endedAt: number;
  durationMs: number;
  overrun: boolean;
  /** removed: the President withdrew the floor (the clock stopped there). */
  ended: 'finished' | 'removed';
};

// ---- Rulings: points of order and procedure-or-substance --------------------------------------
export type RulingSubject = 'point-of-order' | 'procedure-or-substance';
/** raised -> ruled -> (appealed ->) final; a point of order may be withdrawn before the ruling. */
export type RulingStatus = 'raised' | 'ruled' | 'appealed' | 'final' | 'withdrawn';
export type Classification = 'procedure' | 'substance';

export type Ruling = {
  id: string;
  subject: RulingSubject;
  raisedBy: string | null;
  raisedAt: number;
  /** During a vote only a point on the conduct of the vote is received. */
  onConductOfVote: boolean;
  /** A speech was running and its clock was paused. */
  interruptedSpeech: boolean;
  status: RulingStatus;
  /** The President's ruling as stated (recorded verbatim). */
  ruling: string | null;
  ruledAt: number | null;
  /** Procedure-or-substance only: the President's classification. */
  classification: Classification | null;
  appeal: { by: string; at: number } | null;
  /** The vote on "Shall the President's ruling be overruled?" (majority present and voting). */
  appealDecision: Decision | null;
  /** The appeal's question decided by a vote or adopted without one (consensus: overruled, appealDecision null). */
  appealDecidedBy?: DecidedBy;
  outcome: 'stands' | 'overruled' | null;
  /** When it became final: the appeal's vote closed, or the floor moved on without an appeal. */
  decidedAt: number | null;
};

// ---- Motions ----------------------------------------------------------------------------------
export type MotionKind =
  'suspend-meeting' | 'adjourn-meeting' | 'adjourn-debate' | 'close-debate' | 'division' | 'reconsideration';
export type MotionStatus =
  'pending' | 'debating' | 'voting' | 'adopted' | 'rejected' | 'withdrawn' | 'lapsed';
export type Side = 'for' | 'against';

export type DivisionPart = { id: string; label: string; operative: boolean };

/** What an adopted motion does, as data the server applies (the meeting's status lives with the meeting). */
export type FloorEffect =
  | { kind: 'meeting-suspended' }
  | { kind: 'meeting-adjourned' }
  | { kind: 'debate-adjourned' }
  | { kind: 'debate-closed'; listClosed: true; notHeard: string[] }
  | { kind: 'division-carried'; proposalId: string; parts: DivisionPart[] }
  | { kind: 'reconsideration-carried'; proposalId: string }
  | { kind: 'none' };

export type Motion = {
  id: string;
  seq: number;
  kind: MotionKind;
  movedBy: string;
  movedAt: number;
  /** The proposal divided or reconsidered; null for the four procedural motions. */
  proposalId: string | null;
  parts: DivisionPart[] | null;
  status: MotionStatus;
  objections: string[];
  speakers: { delegationId: string; side: Side }[];
  /** The vote's arithmetic; null when adopted without a vote (no objection, consensus) or not yet decided. */
  decision: Decision | null;
  decidedAt: number | null;
  effect: FloorEffect | null;
  /**
   * How it was decided: a vote (its arithmetic in `decision`), nobody objecting when the President
   * asked (`adopt-motion`), or the question put and then adopted without a vote (consensus).
   * Absent on motions decided before this field existed.
   */
  decidedBy?: DecidedBy;
};

/** How a motion or an appeal was decided: by a vote, or without one. */
export type DecidedBy = 'vote' | 'no-objection' | 'consensus';

// ---- Proposals and amendments -----------------------------------------------------------------
export type Amendment = {
  id: string;
  seq: number;
  symbol: string | null;
  text: string;
  sponsors: string[];
  result: DecisionOutcome | null;
};

export type Division = {
  motionId: string;
  parts: DivisionPart[];
  results: { partId: string; outcome: DecisionOutcome }[];
};

export type Proposal = {
  id: string;
  seq: number;
  symbol: string | null;
  text: string;
  sponsors: string[];
  amendments: Amendment[];
  /** The President's order (furthest removed in substance first); null: order submitted. */
  amendmentOrder: string[] | null;
  /** `amendmentId` is not put to the vote if `onAdoptionOf` is adopted (its rejection follows). */
  consequential: { amendmentId: string; onAdoptionOf: string }[];
  division: Division | null;
  result: DecisionOutcome | null;
  /** Earlier results set aside by reconsideration. */
  reconsidered: { result: DecisionOutcome; motionId: string }[];
};

export type VoteOn =
  | { kind: 'amendment'; proposalId: string; amendmentId: string }
  | { kind: 'part'; proposalId: string; partId: string }
  | { kind: 'proposal'; proposalId: string };

export type StepStatus = 'pending' | 'adopted' | 'rejected' | 'skipped';

/** One question in the voting sequence. `amended`: the proposal is put as amended; `skippedBecause`: its cause. */
export type VoteStep = VoteOn & { status: StepStatus; amended?: boolean; skippedBecause?: string };

// ---- Explanations of vote and rights of reply --------------------------------------------------
export type ExplanationWindow = {
  /** The proposal or amendment voted on. */
  subjectId: string;
  phase: 'before' | 'after';
  sponsors: string[];
  amended: boolean;
  status: 'open' | 'closed';
  queue: ListEntry[];
};

// ---- The whole floor of one agenda item ---------------------------------------------------------
export type DebateStatus = 'open' | 'adjourned' | 'closed';

export type FloorState = {
  agendaItemId: string;
  /** Last sequence number issued: orders requests and names motions and rulings. */
  seq: number;
  debate: DebateStatus;
  list: SpeakersList;
  /** Who has the floor now (paused while a point of order is dealt with). */
  speech: Speech | null;
  spoken: SpeechRecord[];
  rulings: Ruling[];
  motions: Motion[];
  proposals: Proposal[];
  /** The meeting decided to vote on proposals in another order than submitted (its decision ref). */
  proposalOrder: { order: string[]; decidedBy: string } | null;
  explanations: ExplanationWindow | null;
  replies: ListEntry[];
};
