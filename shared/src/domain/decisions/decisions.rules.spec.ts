import { DomainRuleError } from '../errors';
import type { CountRule, VotingRule } from './decisions';
import { decide, meetsCount, minimumCount, requiredYes, validateTally } from './decisions.rules';

const MAJ: VotingRule = 'majority-present-voting';
const TWO: VotingRule = 'two-thirds-present-voting';

describe('decide', () => {
  it.each<[string, VotingRule, number, number, number, 'adopted' | 'rejected', number, string]>([
    [
      'adopts with two-thirds of those present and voting',
      TWO,
      99,
      49,
      10,
      'adopted',
      99,
      'Adopted: 99 yes of 148 present and voting; two-thirds requires 99 (3 × 99 = 297 ≥ 2 × 148 = 296). 10 abstentions are not counted.',
    ],
    [
      'rejects one short of two-thirds',
      TWO,
      99,
      50,
      0,
      'rejected',
      100,
      'Rejected: 99 yes of 149 present and voting; two-thirds requires 100 (3 × 99 = 297 < 2 × 149 = 298).',
    ],
    [
      'adopts a majority with yes above no',
      MAJ,
      71,
      70,
      1,
      'adopted',
      71,
      'Adopted: 71 yes of 141 present and voting; a majority requires 71 (71 yes > 70 no). 1 abstention is not counted.',
    ],
    [
      'rejects a tie under a majority rule',
      MAJ,
      70,
      70,
      10,
      'rejected',
      71,
      'Rejected: tie 70–70 of 140 present and voting; a majority requires 71, and a tie is rejected. 10 abstentions are not counted.',
    ],
    [
      'rejects when no more vote yes than no',
      MAJ,
      9,
      34,
      0,
      'rejected',
      22,
      'Rejected: 9 yes of 43 present and voting; a majority requires 22 (9 yes < 34 no).',
    ],
    [
      'adopts nothing when every State abstains',
      TWO,
      0,
      0,
      120,
      'rejected',
      1,
      'Rejected: no State voted yes or no; nothing is adopted when no State votes yes or no. 120 abstentions are not counted.',
    ],
    [
      'adopts nothing under a majority when nobody votes',
      MAJ,
      0,
      0,
      0,
      'rejected',
      1,
      'Rejected: no State voted yes or no; nothing is adopted when no State votes yes or no.',
    ],
  ])('%s', (_name, rule, yes, no, abstain, outcome, required, explanation) => {
    const d = decide(rule, { yes, no, abstain });
    const { reason, ...rest } = d;
    expect(rest).toEqual({
      outcome,
      rule,
      yes,
      no,
      abstain,
      presentAndVoting: yes + no,
      required,
      explanation,
    });
    // The same outcome as data: the facts the sentence is rendered from in every language.
    expect(reason.params).toEqual({ rule, yes, no, abstain, presentAndVoting: yes + no, required });
    const code =
      yes + no === 0
        ? 'decision.noneVoting'
        : outcome === 'adopted'
          ? 'decision.adopted'
          : rule === MAJ && yes === no
            ? 'decision.tie'
            : 'decision.rejected';
    expect(reason.code).toBe(code);
  });

  it.each([
    ['a negative count', { yes: -1, no: 0, abstain: 0 }, 'yes'],
    ['a fractional count', { yes: 1, no: 0.5, abstain: 0 }, 'no'],
    ['a missing count', { yes: 1, no: 0, abstain: Number.NaN }, 'abstain'],
  ])('refuses %s with a typed INVALID_TALLY error', (_name, tally, field) => {
    expect(validateTally(tally)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TALLY', field, reason: { code: 'refusal.invalidTally', params: { field } } },
    });
    expect(() => decide(MAJ, tally)).toThrow(DomainRuleError);
  });
});

describe('requiredYes', () => {
  it.each<[VotingRule, number, number]>([
    [MAJ, 0, 1],
    [MAJ, 1, 1],
    [MAJ, 2, 2],
    [MAJ, 140, 71],
    [MAJ, 141, 71],
    [TWO, 0, 1],
    [TWO, 1, 1],
    [TWO, 2, 2],
    [TWO, 3, 2],
    [TWO, 148, 99],
    [TWO, 150, 100],
    [TWO, 151, 101],
  ])('under %s with %i present and voting needs %i yes', (rule, pv, expected) => {
    expect(requiredYes(rule, pv)).toBe(expected);
  });
});

describe('count thresholds over all States Parties', () => {
  it.each<[CountRule, number, number, string]>([
    ['majority-of-parties', 161, 81, 'Majority of 161 States Parties: 81 (2 × 81 = 162 > 161).'],
    ['majority-of-parties', 162, 82, 'Majority of 162 States Parties: 82 (2 × 82 = 164 > 162).'],
    ['one-third-of-parties', 161, 54, 'One-third of 161 States Parties: 54 (3 × 54 = 162 ≥ 161).'],
    ['one-third-of-parties', 162, 54, 'One-third of 162 States Parties: 54 (3 × 54 = 162 ≥ 162).'],
    ['one-third-of-parties', 1, 1, 'One-third of 1 State Party: 1 (3 × 1 = 3 ≥ 1).'],
  ])('%s of %i is %i', (rule, parties, minimum, explanation) => {
    expect(minimumCount(rule, parties)).toEqual({
      rule,
      parties,
      minimum,
      explanation,
      reason: { code: 'count.minimum', params: { countRule: rule, parties, minimum } },
    });
  });

  it.each([
    [
      'majority-of-parties',
      81,
      161,
      true,
      'Met: 81 of 161 States Parties; a majority requires 81 (2 × 81 = 162 > 161).',
    ],
    [
      'majority-of-parties',
      80,
      161,
      false,
      'Not met: 80 of 161 States Parties; a majority requires 81 (2 × 80 = 160 ≤ 161).',
    ],
    [
      'one-third-of-parties',
      53,
      161,
      false,
      'Not met: 53 of 161 States Parties; one-third requires 54 (3 × 53 = 159 < 161).',
    ],
  ] as const)('%s: %i of %i met is %s', (rule, count, parties, met, explanation) => {
    expect(meetsCount(rule, count, parties)).toMatchObject({ met, explanation });
  });

  it.each([
    ['no States Parties', () => minimumCount('majority-of-parties', 0)],
    ['a count above the number of States Parties', () => meetsCount('majority-of-parties', 162, 161)],
    ['a negative count', () => meetsCount('one-third-of-parties', -1, 161)],
  ])('refuses %s with a typed INVALID_COUNT error', (_name, run) => {
    expect(run).toThrow(expect.objectContaining({ code: 'INVALID_COUNT' }));
  });
});
