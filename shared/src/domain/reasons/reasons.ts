import type { IsoDate } from '../dates/dates';
import type { CountRule, Proportion, VotingRule } from '../decisions/decisions';
import type { Matter } from '../decisions/matters';
import type { InformalKindKey, QuorumPurpose } from '../decisions/quorum';
import type { MotionKind, MotionStatus, RulingStatus } from '../floor/floor';

/**
 * Every outcome, refusal and explanation the shared rules produce, as data: a code and the facts
 * behind it (rule, counts, required, article, dates). No language here: `renderReason` in
 * shared/src/i18n turns a reason into a sentence in any of the six languages, so a record entry
 * that keeps its reasons renders in every language, now and later.
 *
 * Param values are JSON scalars. By convention an ISO date string is shown as a date, `iso3` as a
 * State's name, `matter`/`rule` also as their labels, and comparison/numerator/denominator as a
 * threshold ("a majority", "two-thirds").
 */
type VoteFacts = {
  rule: VotingRule;
  yes: number;
  no: number;
  abstain: number;
  presentAndVoting: number;
  required: number;
};

/** Where a quorum comes from: the Convention (Art. 8.5, Special Meeting) or the rules of procedure. */
export type QuorumSource = 'convention' | 'rules-of-procedure';

type QuorumFacts = Proportion & {
  purpose: QuorumPurpose;
  parties: number;
  required: number;
  source: QuorumSource;
};

type CountFacts = { countRule: CountRule; count: number; parties: number; required: number };

export type ReasonParamsByCode = {
  // decide(): the outcome of a vote and its arithmetic (DOMAIN.md §4)
  'decision.adopted': VoteFacts;
  'decision.rejected': VoteFacts;
  'decision.tie': VoteFacts;
  'decision.noneVoting': VoteFacts;
  /** The vote closed without the decision quorum: no decision, whatever the counts (§4). */
  'decision.noQuorum': { present: number; required: number };
  // quorumFor() / quorumMet() (§2)
  'quorum.required': QuorumFacts;
  'quorum.met': QuorumFacts & { present: number };
  'quorum.notMet': QuorumFacts & { present: number };
  /** An informal meeting (intersessional, committee, Coordinating Committee): named by its kind. */
  'quorum.informalOpening': { kind: InformalKindKey };
  'quorum.informalNoDecisions': { kind: InformalKindKey };
  // minimumCount() / meetsCount(): counts over all States Parties (§3, second table)
  'count.minimum': { countRule: CountRule; parties: number; minimum: number };
  'count.met': CountFacts;
  'count.notMet': CountFacts;
  // countProgress(): a count inside its window (§4a)
  'progress.metOn': CountFacts & { metOn: IsoDate };
  'progress.ended': CountFacts & { lastDay: IsoDate };
  // Refusals: bad input to the rules, each changing nothing
  'refusal.invalidTally': { field: 'yes' | 'no' | 'abstain' };
  'refusal.invalidParties': Record<string, never>;
  'refusal.invalidPresentAndVoting': Record<string, never>;
  'refusal.invalidCount': { max: number };
  'refusal.invalidPresent': { max: number };
  'refusal.invalidProportion': { field: 'openingQuorum' | 'decisionQuorum' | 'rop' };
  'refusal.unknownMatter': { matter: string };
  'refusal.conventionRuleNotConfigurable': { matter: Matter; article: string | null };
  'refusal.ruleFixedByConvention': { matter: Matter; rule: VotingRule; article: string | null };
  'refusal.ruleBelowRequired': { matter: Matter; rule: VotingRule; article: string | null };
  // The register's refusals (membership.validation.ts), with the facts the English sentence gives
  'refusal.dateInFuture': { date: IsoDate; today: IsoDate };
  'refusal.dateBeforeSignature': { opened: IsoDate };
  'refusal.alreadyParty': { iso3: string; date: IsoDate };
  'refusal.instrumentPending': { iso3: string; entersIntoForceOn: IsoDate };
  'refusal.laterInstrumentExists': { iso3: string; date: IsoDate };
  'refusal.alreadyWithdrawing': { iso3: string; receivedDate: IsoDate };
  'refusal.notAParty': { iso3: string; date: IsoDate };
  'refusal.noWithdrawal': { iso3: string };
  'refusal.dateBeforeWithdrawal': { conflictEndedOn: IsoDate; receivedDate: IsoDate };
  'refusal.instrumentType': { given: string };
  'refusal.successionDateNotAllowed': Record<string, never>;
  'refusal.successionDateAfterDeposit': Record<string, never>;
  'refusal.noArmedConflictCondition': Record<string, never>;
  'refusal.alreadyInRegister': { what: 'iso3' | 'name'; value: string };
  'refusal.unknownState': { code: string };
  // A fact-finding mission's experts (Art. 8.9-8.10)
  'refusal.tooManyExperts': { max: number; named: number };
  'refusal.excludedNationality': { name: string; nationalityIso3: string };
  // The floor's refusals that carry facts or say more than their code (floor/*.rules.ts)
  'refusal.floor.listNotOpen': Record<string, never>;
  'refusal.floor.listClosed': Record<string, never>;
  'refusal.floor.alreadyOnList': Record<string, never>;
  'refusal.floor.interventionLimit': { max: number };
  'refusal.floor.replyLimit': { max: number };
  'refusal.floor.position': { last: number };
  'refusal.floor.debateNot': { debate: 'open' | 'adjourned' | 'closed' };
  'refusal.floor.voteUnderWay': Record<string, never>;
  'refusal.floor.observerPointOfOrder': Record<string, never>;
  'refusal.floor.observerMotion': Record<string, never>;
  'refusal.floor.explanationsNotOpened': Record<string, never>;
  'refusal.floor.division': {
    problem: 'too-few-parts' | 'part-labels' | 'no-operative-part' | 'already-divided';
  };
  'refusal.floor.motionState': {
    state:
      | 'taken-up'
      | 'take-up-first'
      | 'being-voted'
      | 'not-put-to-vote'
      | 'not-put-to-meeting'
      | 'objected'
      | 'voting-begun';
  };
  'refusal.floor.motionDecided': { status: MotionStatus };
  'refusal.floor.notDebatable': { motion: MotionKind };
  'refusal.floor.motionSpeakersFull': { motion: MotionKind; side: 'for' | 'against'; slots: number };
  'refusal.floor.alreadySpokeOnMotion': Record<string, never>;
  'refusal.floor.notFound': { what: 'motion' | 'proposal' | 'proposal-or-amendment' | 'ruling' };
  'refusal.floor.outOfPrecedence': { motion: MotionKind };
  'refusal.floor.proposal': { problem: 'not-decided' | 'decided' | 'division-pending' | 'all-decided' };
  'refusal.floor.voteOpen': {
    interrupt: 'motion' | 'point-of-order' | 'ruling' | 'explanation' | 'explanation-request';
  };
  'refusal.floor.observer': { act: 'decide' | 'appeal' | 'explain' };
  'refusal.floor.notTheMover': { what: 'motion' | 'point-of-order' };
  'refusal.floor.alreadyTabled': { what: 'proposal' | 'amendment' };
  'refusal.floor.order': {
    problem:
      | 'amendment-voting-begun'
      | 'order-voting-begun'
      | 'each-amendment-once'
      | 'consequential-after'
      | 'same-proposal'
      | 'voted-before'
      | 'amendment-voted'
      | 'each-proposal-once'
      | 'each-category-once';
  };
  'refusal.floor.motionPending': { before: 'proposal' | 'next' };
  'refusal.floor.ruling': { problem: 'not-ruled' | 'already-ruled' | 'not-appealed' };
  'refusal.floor.rulingStatus': { of: 'point-of-order' | 'ruling' | 'appeal'; status: RulingStatus };
  'refusal.floor.list': {
    problem: 'already-opened' | 'not-open' | 'not-closed' | 'debate-closed' | 'not-on-list' | 'not-asked';
  };
  'refusal.floor.nobodyWaiting': { queue: 'speakers' | 'explanation' | 'reply' };
  'refusal.floor.speech': { problem: 'nobody-speaking' | 'clock-paused' | 'clock-running' };
  'refusal.floor.debateNotAdjourned': { debate: 'open' | 'closed' };
  'refusal.floor.statement': {
    problem: 'sponsor' | 'explanations-not-open' | 'already-replying' | 'replies-at-end';
  };
  'refusal.floor.alreadyExplaining': { phase: 'before' | 'after' };
  'refusal.floor.pointOfOrderPending': { status: 'raised' | 'appealed' };
  'refusal.floor.sequence': {
    problem: 'not-in-sequence' | 'decided' | 'skipped' | 'not-next';
    kind: 'amendment' | 'part' | 'proposal';
    outcome: 'adopted' | 'rejected' | null;
  };
  // Why an action on the President's console is not available now (issue 14)
  'action.noDecisionQuorum': { present: number; required: number };
  'action.meetingNotOpen': { status: 'scheduled' | 'suspended' | 'closed' };
  'action.rollCallNotFinished': { iso3: string; call: 'first' | 'again' };
  'action.busy': Record<string, never>;
  // deadlineReason(): a period's last day as the procedures show it (§4a)
  'deadline.remaining': { daysRemaining: number; lastDay: IsoDate };
  'deadline.passed': { daysAgo: number; lastDay: IsoDate };
  // reviewConferenceTiming(): the earliest next Review Conference (Art. 12.1)
  'review.next': { previousStart: IsoDate; earliest: IsoDate };
  'review.first': { earliest: IsoDate };
};

export type ReasonCode = keyof ReasonParamsByCode;

/** A reason: `{ code, params }`, typed per code. */
export type Reason<C extends ReasonCode = ReasonCode> = {
  [K in C]: { code: K; params: ReasonParamsByCode[K] };
}[C];

// A Record so that a code added to the map above and not listed here fails to compile.
const CODES: Record<ReasonCode, true> = {
  'decision.adopted': true,
  'decision.rejected': true,
  'decision.tie': true,
  'decision.noneVoting': true,
  'decision.noQuorum': true,
  'quorum.required': true,
  'quorum.met': true,
  'quorum.notMet': true,
  'quorum.informalOpening': true,
  'quorum.informalNoDecisions': true,
  'count.minimum': true,
  'count.met': true,
  'count.notMet': true,
  'progress.metOn': true,
  'progress.ended': true,
  'refusal.invalidTally': true,
  'refusal.invalidParties': true,
  'refusal.invalidPresentAndVoting': true,
  'refusal.invalidCount': true,
  'refusal.invalidPresent': true,
  'refusal.invalidProportion': true,
  'refusal.unknownMatter': true,
  'refusal.conventionRuleNotConfigurable': true,
  'refusal.ruleFixedByConvention': true,
  'refusal.ruleBelowRequired': true,
  'refusal.dateInFuture': true,
  'refusal.dateBeforeSignature': true,
  'refusal.alreadyParty': true,
  'refusal.instrumentPending': true,
  'refusal.laterInstrumentExists': true,
  'refusal.alreadyWithdrawing': true,
  'refusal.notAParty': true,
  'refusal.noWithdrawal': true,
  'refusal.dateBeforeWithdrawal': true,
  'refusal.instrumentType': true,
  'refusal.successionDateNotAllowed': true,
  'refusal.successionDateAfterDeposit': true,
  'refusal.noArmedConflictCondition': true,
  'refusal.alreadyInRegister': true,
  'refusal.unknownState': true,
  'refusal.tooManyExperts': true,
  'refusal.excludedNationality': true,
  'refusal.floor.listNotOpen': true,
  'refusal.floor.listClosed': true,
  'refusal.floor.alreadyOnList': true,
  'refusal.floor.interventionLimit': true,
  'refusal.floor.replyLimit': true,
  'refusal.floor.position': true,
  'refusal.floor.debateNot': true,
  'refusal.floor.voteUnderWay': true,
  'refusal.floor.observerPointOfOrder': true,
  'refusal.floor.observerMotion': true,
  'refusal.floor.explanationsNotOpened': true,
  'refusal.floor.division': true,
  'refusal.floor.motionState': true,
  'refusal.floor.motionDecided': true,
  'refusal.floor.notDebatable': true,
  'refusal.floor.motionSpeakersFull': true,
  'refusal.floor.alreadySpokeOnMotion': true,
  'refusal.floor.notFound': true,
  'refusal.floor.outOfPrecedence': true,
  'refusal.floor.proposal': true,
  'refusal.floor.voteOpen': true,
  'refusal.floor.observer': true,
  'refusal.floor.notTheMover': true,
  'refusal.floor.alreadyTabled': true,
  'refusal.floor.order': true,
  'refusal.floor.motionPending': true,
  'refusal.floor.ruling': true,
  'refusal.floor.rulingStatus': true,
  'refusal.floor.list': true,
  'refusal.floor.nobodyWaiting': true,
  'refusal.floor.speech': true,
  'refusal.floor.debateNotAdjourned': true,
  'refusal.floor.statement': true,
  'refusal.floor.alreadyExplaining': true,
  'refusal.floor.pointOfOrderPending': true,
  'refusal.floor.sequence': true,
  'action.noDecisionQuorum': true,
  'action.meetingNotOpen': true,
  'action.rollCallNotFinished': true,
  'action.busy': true,
  'deadline.remaining': true,
  'deadline.passed': true,
  'review.next': true,
  'review.first': true,
};

export const REASON_CODES = Object.keys(CODES) as ReasonCode[];

export function reason<C extends ReasonCode>(code: C, params: ReasonParamsByCode[C]): Reason<C> {
  return { code, params };
}
