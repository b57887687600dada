import type { IsoDate } from '../dates/dates';
import type { CountRule, Proportion, VotingRule } from '../decisions/decisions';
import type { Matter } from '../decisions/matters';
import type { InformalKindKey, QuorumPurpose } from '../decisions/quorum';

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
