import type { VotingRule } from './decisions';
import { Matter, MATTER_KEYS, MATTERS } from './matters';
import { isRuleAtLeast, ruleForMatter, validateRuleForMatter } from './matters.rules';
import { DEFAULT_RULES_OF_PROCEDURE } from './quorum.rules';

const MAJ: VotingRule = 'majority-present-voting';
const TWO: VotingRule = 'two-thirds-present-voting';

describe('the catalogue of matters (DOMAIN.md §3)', () => {
  it.each<[Matter, VotingRule, string, string | null, boolean]>([
    ['art5-extension', MAJ, 'Convention Art. 5.5', 'Art. 5.5', true],
    ['art8-consider-further', MAJ, 'Convention Art. 8.6', 'Art. 8.6', true],
    ['art8-fact-finding', MAJ, 'Convention Art. 8.8', 'Art. 8.8', true],
    ['art8-measures', TWO, 'Convention Art. 8.20', 'Art. 8.20', true],
    ['art13-amendment', TWO, 'Convention Art. 13.4', 'Art. 13.4', true],
    ['other-substance', TWO, 'Rules of procedure (UN model)', null, false],
    ['procedural', MAJ, 'Rules of procedure (UN model)', null, false],
    ['election', MAJ, 'Rules of procedure (UN model)', null, false],
  ])('%s is decided by %s under %s', (matter, rule, source, article, convention) => {
    expect(MATTERS[matter]).toMatchObject({ rule, source, article, convention, consensusFirst: true });
    expect(ruleForMatter(matter)).toBe(rule);
  });

  it('marks the matters where the Convention itself names consensus first', () => {
    expect(MATTER_KEYS.filter((m) => MATTERS[m].consensusByConvention)).toEqual([
      'art8-consider-further',
      'art8-measures',
    ]);
  });
});

describe('ruleForMatter with adopted rules of procedure', () => {
  const rop = {
    ...DEFAULT_RULES_OF_PROCEDURE,
    votingRules: { procedural: TWO, 'art8-fact-finding': TWO },
  };

  it('uses the meeting’s rule for a RoP matter', () => {
    expect(ruleForMatter('procedural', rop)).toBe(TWO);
  });

  it('keeps the treaty rule for a Convention matter whatever the rules of procedure say', () => {
    expect(ruleForMatter('art8-fact-finding', rop)).toBe(MAJ);
  });
});

describe('isRuleAtLeast', () => {
  it.each<[VotingRule, VotingRule, boolean]>([
    [MAJ, MAJ, true],
    [TWO, TWO, true],
    [TWO, MAJ, true],
    [MAJ, TWO, false],
  ])('%s is at least %s: %s', (chosen, required, expected) => {
    expect(isRuleAtLeast(chosen, required)).toBe(expected);
  });
});

describe('validateRuleForMatter', () => {
  it.each<[string, Matter, VotingRule, string]>([
    ['a lower threshold for other matters of substance', 'other-substance', MAJ, 'RULE_BELOW_REQUIRED'],
    ['a lower threshold for Art. 8 measures', 'art8-measures', MAJ, 'RULE_FIXED_BY_CONVENTION'],
    ['a higher threshold for an Art. 5 extension', 'art5-extension', TWO, 'RULE_FIXED_BY_CONVENTION'],
  ])('rejects %s', (_name, matter, chosen, code) => {
    expect(validateRuleForMatter(matter, chosen)).toMatchObject({
      ok: false,
      error: { code, field: 'rule' },
    });
  });

  it.each<[Matter, VotingRule]>([
    ['procedural', MAJ],
    ['procedural', TWO],
    ['art13-amendment', TWO],
  ])('accepts %s decided by %s', (matter, chosen) => {
    expect(validateRuleForMatter(matter, chosen)).toEqual({ ok: true, value: chosen });
  });
});
