import { DomainRuleError, fail, ok, Result } from '../errors';
import { reason } from '../reasons/reasons';
import { CountCheck, CountRule, CountThreshold, Decision, Tally, Proportion, VotingRule } from './decisions';

// Every rule is "more-than" or "at-least" a fraction, compared by cross-multiplying integers.
const VOTING_PROPORTIONS: Record<VotingRule, Proportion> = {
  'majority-present-voting': { comparison: 'more-than', numerator: 1, denominator: 2 },
  'two-thirds-present-voting': { comparison: 'at-least', numerator: 2, denominator: 3 },
};

export const COUNT_PROPORTIONS: Record<CountRule, Proportion> = {
  'majority-of-parties': { comparison: 'more-than', numerator: 1, denominator: 2 },
  'one-third-of-parties': { comparison: 'at-least', numerator: 1, denominator: 3 },
};

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/** True when `count` out of `total` satisfies the threshold. */
export function satisfiesProportion(t: Proportion, count: number, total: number): boolean {
  const lhs = t.denominator * count;
  const rhs = t.numerator * total;
  return t.comparison === 'more-than' ? lhs > rhs : lhs >= rhs;
}

/** The smallest count out of `total` that satisfies the threshold. */
export function minimumForProportion(t: Proportion, total: number): number {
  const scaled = t.numerator * total;
  const floor = (scaled - (scaled % t.denominator)) / t.denominator;
  if (t.comparison === 'more-than') return floor + 1;
  return scaled % t.denominator === 0 ? floor : floor + 1;
}

/** "2 × 81 = 162 > 161" or "3 × 99 = 297 ≥ 2 × 148 = 296": the arithmetic shown with every result. */
export function showComparison(t: Proportion, count: number, total: number): string {
  const met = satisfiesProportion(t, count, total);
  const op = t.comparison === 'more-than' ? (met ? '>' : '≤') : met ? '≥' : '<';
  const rhs = t.numerator === 1 ? `${total}` : `${t.numerator} × ${total} = ${t.numerator * total}`;
  return `${t.denominator} × ${count} = ${t.denominator * count} ${op} ${rhs}`;
}

/** "a majority", "one-third", "two-thirds", or the fraction a meeting's rules adopted. */
export function describeProportion(t: Proportion): string {
  const { comparison: c, numerator: n, denominator: d } = t;
  if (c === 'more-than' && n === 1 && d === 2) return 'a majority';
  if (c === 'at-least' && n === 1 && d === 3) return 'one-third';
  if (c === 'at-least' && n === 2 && d === 3) return 'two-thirds';
  return `${c === 'more-than' ? 'more than' : 'at least'} ${n}/${d}`;
}

export function validateTally(tally: Tally): Result<Tally> {
  for (const field of ['yes', 'no', 'abstain'] as const) {
    if (!isCount(tally[field])) {
      return fail(
        'INVALID_TALLY',
        `${field} must be a whole number of votes, zero or more.`,
        field,
        reason('refusal.invalidTally', { field }),
      );
    }
  }
  return ok({ yes: tally.yes, no: tally.no, abstain: tally.abstain });
}

/**
 * The fewest yes votes that adopt a proposal when `presentAndVoting` States vote yes or no. With
 * nobody voting yet it is 1, since nothing is adopted without at least one yes.
 */
export function requiredYes(rule: VotingRule, presentAndVoting: number): number {
  if (!isCount(presentAndVoting)) {
    throw new DomainRuleError(
      'INVALID_TALLY',
      'Present and voting must be a whole number, zero or more.',
      undefined,
      reason('refusal.invalidPresentAndVoting', {}),
    );
  }
  return Math.max(1, minimumForProportion(VOTING_PROPORTIONS[rule], presentAndVoting));
}

/** Whether `yes` and `no` adopt a proposal under `rule`; see decide() for the explained result. */
export function isAdopted(rule: VotingRule, yes: number, no: number): boolean {
  return yes + no > 0 && satisfiesProportion(VOTING_PROPORTIONS[rule], yes, yes + no);
}

function abstentionNote(abstain: number): string {
  if (abstain === 0) return '';
  return abstain === 1 ? ' 1 abstention is not counted.' : ` ${abstain} abstentions are not counted.`;
}

function explain(rule: VotingRule, tally: Tally, adopted: boolean, required: number): string {
  const { yes, no, abstain } = tally;
  const pv = yes + no;
  const verdict = adopted ? 'Adopted' : 'Rejected';
  if (pv === 0) {
    return `Rejected: no State voted yes or no; nothing is adopted when no State votes yes or no.${abstentionNote(abstain)}`;
  }
  if (rule === 'majority-present-voting') {
    if (yes === no) {
      return `Rejected: tie ${yes}–${no} of ${pv} present and voting; a majority requires ${required}, and a tie is rejected.${abstentionNote(abstain)}`;
    }
    const op = adopted ? '>' : '<';
    return `${verdict}: ${yes} yes of ${pv} present and voting; a majority requires ${required} (${yes} yes ${op} ${no} no).${abstentionNote(abstain)}`;
  }
  const shown = showComparison(VOTING_PROPORTIONS[rule], yes, pv);
  return `${verdict}: ${yes} yes of ${pv} present and voting; two-thirds requires ${required} (${shown}).${abstentionNote(abstain)}`;
}

function decisionReason(
  rule: VotingRule,
  tally: Tally,
  adopted: boolean,
  required: number,
): Decision['reason'] {
  const { yes, no, abstain } = tally;
  const facts = { rule, yes, no, abstain, presentAndVoting: yes + no, required };
  if (yes + no === 0) return reason('decision.noneVoting', facts);
  if (!adopted && rule === 'majority-present-voting' && yes === no) return reason('decision.tie', facts);
  return reason(adopted ? 'decision.adopted' : 'decision.rejected', facts);
}

/** The outcome of a vote under `rule`, with the numbers and the comparison to display and record. */
export function decide(rule: VotingRule, tally: Tally): Decision {
  const checked = validateTally(tally);
  if (!checked.ok) {
    const { message, field, reason: why } = checked.error;
    throw new DomainRuleError('INVALID_TALLY', message, field, why);
  }
  const { yes, no, abstain } = checked.value;
  const presentAndVoting = yes + no;
  const required = requiredYes(rule, presentAndVoting);
  const adopted = isAdopted(rule, yes, no);
  return {
    outcome: adopted ? 'adopted' : 'rejected',
    rule,
    yes,
    no,
    abstain,
    presentAndVoting,
    required,
    explanation: explain(rule, checked.value, adopted, required),
    reason: decisionReason(rule, checked.value, adopted, required),
  };
}

function requireParties(parties: number): void {
  if (!isCount(parties) || parties < 1) {
    throw new DomainRuleError(
      'INVALID_COUNT',
      `The number of States Parties must be a whole number of at least 1.`,
      undefined,
      reason('refusal.invalidParties', {}),
    );
  }
}

/** "161 States Parties", "1 State Party". */
export function formatStatesParties(n: number): string {
  return n === 1 ? '1 State Party' : `${n} States Parties`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The smallest number of all `parties` States Parties that meets the rule (81 of 161 for a majority). */
export function minimumCount(rule: CountRule, parties: number): CountThreshold {
  requireParties(parties);
  const t = COUNT_PROPORTIONS[rule];
  const minimum = minimumForProportion(t, parties);
  const name = capitalise(describeProportion(t).replace(/^a /, ''));
  return {
    rule,
    parties,
    minimum,
    explanation: `${name} of ${formatStatesParties(parties)}: ${minimum} (${showComparison(t, minimum, parties)}).`,
    reason: reason('count.minimum', { countRule: rule, parties, minimum }),
  };
}

/** Whether `count` of all `parties` States Parties meets the rule (convening, amendments, Art. 8.5 quorum). */
export function meetsCount(rule: CountRule, count: number, parties: number): CountCheck {
  const threshold = minimumCount(rule, parties);
  if (!isCount(count) || count > parties) {
    throw new DomainRuleError(
      'INVALID_COUNT',
      `The count must be a whole number from 0 to ${parties}.`,
      'count',
      reason('refusal.invalidCount', { max: parties }),
    );
  }
  const t = COUNT_PROPORTIONS[rule];
  const met = satisfiesProportion(t, count, parties);
  const verdict = met ? 'Met' : 'Not met';
  return {
    ...threshold,
    count,
    met,
    explanation: `${verdict}: ${count} of ${formatStatesParties(parties)}; ${describeProportion(t)} requires ${threshold.minimum} (${showComparison(t, count, parties)}).`,
    reason: reason(met ? 'count.met' : 'count.notMet', {
      countRule: rule,
      count,
      parties,
      required: threshold.minimum,
    }),
  };
}
