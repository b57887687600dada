import { fail, ok, Result } from '../errors';
import { reason } from '../reasons/reasons';
import { VOTING_RULE_LABELS, VotingRule } from './decisions';
import { Matter, MATTERS } from './matters';
import type { RulesOfProcedure } from './quorum';

const STRICTNESS: Record<VotingRule, number> = {
  'majority-present-voting': 1,
  'two-thirds-present-voting': 2,
};

/** The rule a vote on `matter` uses: treaty text for Convention matters, else the meeting's rules. */
export function ruleForMatter(matter: Matter, rop?: RulesOfProcedure): VotingRule {
  const info = MATTERS[matter];
  if (info.convention) return info.rule;
  return rop?.votingRules?.[matter] ?? info.rule;
}

/** '5.5' for a Convention matter (from 'Art. 5.5'), null for a rules-of-procedure default. */
export function articleOf(matter: Matter): string | null {
  const article = MATTERS[matter].article;
  return article === null ? null : article.replace(/^Art\.\s*/, '');
}

/** True when `chosen` is at least as demanding as `required` (two-thirds is stricter than a majority). */
export function isRuleAtLeast(chosen: VotingRule, required: VotingRule): boolean {
  return STRICTNESS[chosen] >= STRICTNESS[required];
}

/**
 * The rule the President puts to the vote. It may never be lower than the matter's rule, and for a
 * Convention matter it must be exactly the treaty's, since a higher bar would also break the treaty.
 */
export function validateRuleForMatter(
  matter: Matter,
  chosen: VotingRule,
  rop?: RulesOfProcedure,
): Result<VotingRule> {
  const required = ruleForMatter(matter, rop);
  const info = MATTERS[matter];
  if (info.convention && chosen !== required) {
    return fail(
      'RULE_FIXED_BY_CONVENTION',
      `${info.label}: ${info.source} requires a ${VOTING_RULE_LABELS[required]}.`,
      'rule',
      reason('refusal.ruleFixedByConvention', { matter, rule: required, article: articleOf(matter) }),
    );
  }
  if (!isRuleAtLeast(chosen, required)) {
    return fail(
      'RULE_BELOW_REQUIRED',
      `${info.label} requires at least a ${VOTING_RULE_LABELS[required]} (${info.source}).`,
      'rule',
      reason('refusal.ruleBelowRequired', { matter, rule: required, article: articleOf(matter) }),
    );
  }
  return ok(chosen);
}
