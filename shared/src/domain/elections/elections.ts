/**
 * Elections (DOMAIN.md §8, GA rules 92-94): plain serialisable data, so the server can store it,
 * send it, and replay it through the same rules the board uses.
 */

/** A stable id the server chooses: the State's ISO3 for a State, or its own id for a person. */
export type CandidateId = string;

/** A State Party standing itself, or a person nominated by a State Party. */
export type Candidate = {
  id: CandidateId;
  /** ISO3 of the State Party: the candidate itself, or the State that nominated the person. */
  state: string;
  /** The person nominated by `state`; null when the State itself stands (a committee seat). */
  person: string | null;
  regionalGroup: string | null;
};

/** A candidate withdrawn after the results of round `beforeRound - 1`: off every ballot from `beforeRound`. */
export type CandidateWithdrawal = { candidateId: CandidateId; beforeRound: number };

export type Election = {
  /** Places to fill (1 for a President; 2 for the members joining a committee). */
  places: number;
  /** In the order the board lists them; the order never decides anything. */
  candidates: Candidate[];
  withdrawals: CandidateWithdrawal[];
  /**
   * Set when the meeting agreed to elect the standing candidates by acclamation (they equal the
   * places left): the round number that would otherwise have come next.
   */
  acclaimedBeforeRound?: number | null;
};

/**
 * `first`: the first ballot, open to every candidate. `restricted`: to the best placed in the
 * previous ballot, at most twice the places left. `free`: open again to every candidate still
 * standing (GA rule 94's "unrestricted" ballots).
 */
export type RoundKind = 'first' | 'restricted' | 'free';

/**
 * How a tie that leaves a place unfilled ends: `lot` only in the restricted ballot of a one-place
 * election (GA rule 93); otherwise by a further ballot (GA rule 94).
 */
export type TieBreak = 'lot' | 'further-ballot';

/** One ballot as the rules announce it; a recorded round must equal the one the rules compute. */
export type Round = {
  /** 1-based. */
  number: number;
  kind: RoundKind;
  /** Ballot position in its series of three (restricted or free); 1 for the first ballot. */
  inSeries: number;
  /** The candidates a ballot may name, in the election's order. */
  candidates: CandidateId[];
  /** Places still to fill, and the most names a valid ballot may carry. */
  placesLeft: number;
  tieBreak: TieBreak;
};

/** One ballot paper: the names marked. No names is a blank ballot (an abstention). */
export type Ballot = { marks: readonly CandidateId[] };

export type BallotClass = 'valid' | 'blank' | 'invalid';
export type InvalidReason = 'too-many-names' | 'not-on-ballot' | 'same-name-twice';

/**
 * What the server stores for a counted round (from `countBallots`, or entered from paper).
 * presentAndVoting = valid ballots naming at least one candidate; blank and invalid ballots are
 * not "voting". Each candidate on the round has an entry, zero included.
 */
export type RoundTally = {
  votes: Record<CandidateId, number>;
  presentAndVoting: number;
  blank: number;
  invalid: number;
};

/** A lot the rules call for: draw `slots` of `tied` (DOMAIN.md §8; see drawLot). */
export type LotNeed = {
  purpose: 'tie-for-place' | 'restricted-list';
  /** The round whose result calls for the lot; its record keeps the seed. */
  afterRound: number;
  tied: CandidateId[];
  slots: number;
};

export type ElectedBy = 'majority' | 'lot' | 'acclamation';

export type Elected = {
  candidateId: CandidateId;
  /** The round that elected them; for acclamation, the round that would have come next. */
  round: number;
  by: ElectedBy;
  /** Votes in that round; null for acclamation. */
  votes: number | null;
};

export type CandidateResult = {
  candidateId: CandidateId;
  votes: number;
  /** 2 × votes > present and voting. */
  majority: boolean;
};

/** A round's full count, as the board shows it. */
export type RoundCount = RoundTally & {
  round: number;
  /** Every ballot cast: valid (blank or not) + invalid. */
  cast: number;
  /** cast − invalid: presentAndVoting + blank. */
  valid: number;
  /** The fewest votes that make a majority of present and voting: ⌊pv / 2⌋ + 1. */
  requiredMajority: number;
  /** In the round's candidate order. */
  results: CandidateResult[];
  elected: Elected[];
  /** Set while a lot must be drawn to complete this round (a one-place restricted tie). */
  lot: LotNeed | null;
};

/** A counted round, as the server persists it; `lotSeed` is the seed of a lot it called for. */
export type RoundRecord = { round: Round; tally: RoundTally; lotSeed?: string | null };

export type NextStep =
  | { step: 'ballot'; round: Round }
  | { step: 'lot'; lot: LotNeed }
  | { step: 'done'; elected: Elected[]; unfilled: number };

/** Where an election stands after its recorded rounds. */
export type ElectionState = {
  elected: Elected[];
  placesLeft: number;
  /** Nominated, not elected, not withdrawn before the next round. */
  standing: CandidateId[];
  next: NextStep;
};

/** Rounds in a restricted or free series (GA rule 94: "three inconclusive ballots"). */
export const BALLOTS_PER_SERIES = 3;
/** A restricted ballot names at most this many candidates per place left (GA rule 94). */
export const RESTRICTED_PER_PLACE = 2;
/** A lot seed is recorded text: the server draws 32 random bytes and stores their hex. */
export const LOT_SEED_MAX_LENGTH = 256;
