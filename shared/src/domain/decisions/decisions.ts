import type { Reason } from '../reasons/reasons';

/** Thresholds over States Parties present and voting (yes + no), DOMAIN.md §4. */
export type VotingRule = 'majority-present-voting' | 'two-thirds-present-voting';

/** Thresholds over all States Parties on the day of the count, DOMAIN.md §3 second table. */
export type CountRule = 'majority-of-parties' | 'one-third-of-parties';

export const VOTING_RULE_LABELS: Record<VotingRule, string> = {
  'majority-present-voting': 'majority of States Parties present and voting',
  'two-thirds-present-voting': 'two-thirds majority of States Parties present and voting',
};

export const COUNT_RULE_LABELS: Record<CountRule, string> = {
  'majority-of-parties': 'majority of all States Parties',
  'one-third-of-parties': 'at least one-third of all States Parties',
};

export type Tally = { yes: number; no: number; abstain: number };

export type DecisionOutcome = 'adopted' | 'rejected';

export type Decision = {
  outcome: DecisionOutcome;
  rule: VotingRule;
  yes: number;
  no: number;
  abstain: number;
  /** yes + no: abstentions and delegations that do not vote are not counted. */
  presentAndVoting: number;
  /** The fewest yes votes that adopt the proposal with this many present and voting. */
  required: number;
  /** English; kept while the wire contracts carry it. `reason` is the same outcome as data. */
  explanation: string;
  reason: Reason<'decision.adopted' | 'decision.rejected' | 'decision.tie' | 'decision.noneVoting'>;
};

/**
 * "more-than n/d of N" (a majority) or "at least n/d of N" (one-third), so a meeting's rules of
 * procedure can state any quorum as two integers and a comparison.
 */
export type Proportion = { comparison: 'more-than' | 'at-least'; numerator: number; denominator: number };

export type CountThreshold = {
  rule: CountRule;
  parties: number;
  minimum: number;
  explanation: string;
  reason: Reason<'count.minimum'>;
};

export type CountCheck = Omit<CountThreshold, 'reason'> & {
  count: number;
  met: boolean;
  reason: Reason<'count.met' | 'count.notMet'>;
};
