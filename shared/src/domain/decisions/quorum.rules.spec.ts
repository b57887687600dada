import type { MeetingKind, QuorumPurpose, RulesOfProcedure } from './quorum';
import {
  canTakeDecisions,
  DEFAULT_RULES_OF_PROCEDURE,
  quorumFor,
  quorumMet,
  validateRulesOfProcedure,
} from './quorum.rules';
import { renderReason } from '../../i18n/reasons.render';

describe('quorumFor', () => {
  it.each<[MeetingKind, QuorumPurpose, number, number | null, boolean]>([
    ['msp', 'opening', 161, 54, false],
    ['msp', 'decision', 161, 81, false],
    ['review', 'opening', 162, 54, false],
    ['review', 'decision', 162, 82, false],
    ['amendment', 'decision', 166, 84, false],
    ['special', 'opening', 161, 81, true],
    ['special', 'decision', 161, 81, true],
    ['intersessional', 'opening', 161, null, false],
    ['intersessional', 'decision', 161, null, false],
    ['committee', 'opening', 161, null, false],
    ['committee', 'decision', 161, null, false],
    ['coordinating-committee', 'opening', 161, null, false],
    ['coordinating-committee', 'decision', 161, null, false],
  ])(
    'a %s meeting needs for %s with %i States Parties: %s present',
    (kind, purpose, parties, required, convention) => {
      expect(quorumFor(kind, purpose, parties)).toMatchObject({ required, convention });
    },
  );

  it('explains the Special Meeting quorum with its article and arithmetic', () => {
    expect(quorumFor('special', 'decision', 161).explanation).toBe(
      'To take a decision [Convention Art. 8.5]: a majority of all 161 States Parties, 81 present (2 × 81 = 162 > 161).',
    );
  });

  it('explains the default opening quorum of a Meeting of the States Parties', () => {
    expect(quorumFor('msp', 'opening', 161).explanation).toBe(
      'To open the meeting [Rules of procedure]: one-third of all 161 States Parties, 54 present (3 × 54 = 162 ≥ 161).',
    );
  });

  const adopted: RulesOfProcedure = {
    openingQuorum: { comparison: 'at-least', numerator: 1, denominator: 4 },
    decisionQuorum: { comparison: 'at-least', numerator: 2, denominator: 3 },
  };

  it('applies the quorum a meeting adopted in its rules of procedure', () => {
    expect(quorumFor('msp', 'opening', 161, adopted).required).toBe(41);
    expect(quorumFor('msp', 'decision', 161, adopted)).toMatchObject({
      required: 108,
      explanation:
        'To take a decision [Rules of procedure]: two-thirds of all 161 States Parties, 108 present (3 × 108 = 324 ≥ 2 × 161 = 322).',
    });
  });

  it('never lets the rules of procedure change the Special Meeting quorum', () => {
    expect(quorumFor('special', 'decision', 161, adopted).required).toBe(81);
  });
});

describe('quorumMet', () => {
  it.each<[MeetingKind, QuorumPurpose, number, number, boolean]>([
    ['msp', 'opening', 54, 161, true],
    ['msp', 'opening', 53, 161, false],
    ['msp', 'decision', 81, 161, true],
    ['msp', 'decision', 80, 161, false],
    ['special', 'decision', 81, 161, true],
    ['special', 'opening', 80, 161, false],
    ['intersessional', 'opening', 0, 161, true],
    ['intersessional', 'decision', 161, 161, false],
    ['committee', 'opening', 0, 161, true],
    ['committee', 'decision', 161, 161, false],
    ['coordinating-committee', 'opening', 0, 161, true],
    ['coordinating-committee', 'decision', 161, 161, false],
  ])('a %s meeting for %s with %i of %i present: met is %s', (kind, purpose, present, parties, met) => {
    expect(quorumMet(kind, purpose, present, parties)).toMatchObject({ met, present });
  });

  it('shows the count, the rule and the comparison', () => {
    expect(quorumMet('msp', 'decision', 80, 161).explanation).toBe(
      'No quorum: 80 of 161 States Parties present; a majority requires 81 (2 × 80 = 160 ≤ 161) [Rules of procedure].',
    );
  });

  it('refuses more present than there are States Parties', () => {
    expect(() => quorumMet('msp', 'decision', 162, 161)).toThrow(
      expect.objectContaining({ code: 'INVALID_COUNT' }),
    );
  });
});

describe('validateRulesOfProcedure', () => {
  it('accepts the UN-model defaults', () => {
    expect(validateRulesOfProcedure(DEFAULT_RULES_OF_PROCEDURE)).toEqual({
      ok: true,
      value: DEFAULT_RULES_OF_PROCEDURE,
    });
  });

  it.each<[string, RulesOfProcedure, string]>([
    [
      'a zero denominator',
      {
        ...DEFAULT_RULES_OF_PROCEDURE,
        openingQuorum: { comparison: 'at-least', numerator: 1, denominator: 0 },
      },
      'INVALID_RULES_OF_PROCEDURE',
    ],
    [
      'more than all States Parties',
      {
        ...DEFAULT_RULES_OF_PROCEDURE,
        decisionQuorum: { comparison: 'more-than', numerator: 1, denominator: 1 },
      },
      'INVALID_RULES_OF_PROCEDURE',
    ],
    [
      'a fractional numerator',
      {
        ...DEFAULT_RULES_OF_PROCEDURE,
        decisionQuorum: { comparison: 'at-least', numerator: 0.5, denominator: 1 },
      },
      'INVALID_RULES_OF_PROCEDURE',
    ],
    [
      'a different rule for a Convention matter',
      { ...DEFAULT_RULES_OF_PROCEDURE, votingRules: { 'art5-extension': 'two-thirds-present-voting' } },
      'CONVENTION_RULE_NOT_CONFIGURABLE',
    ],
  ])('rejects %s', (_name, rop, code) => {
    expect(validateRulesOfProcedure(rop)).toMatchObject({ ok: false, error: { code } });
  });

  it('accepts a different rule for a matter the rules of procedure govern', () => {
    const rop: RulesOfProcedure = {
      ...DEFAULT_RULES_OF_PROCEDURE,
      votingRules: { election: 'two-thirds-present-voting' },
    };
    expect(validateRulesOfProcedure(rop).ok).toBe(true);
  });
});

describe('canTakeDecisions', () => {
  it.each<[MeetingKind, boolean]>([
    ['msp', true],
    ['special', true],
    ['review', true],
    ['amendment', true],
    ['intersessional', false],
    ['committee', false],
    ['coordinating-committee', false],
  ])('%s: %s', (kind, expected) => {
    expect(canTakeDecisions(kind)).toBe(expected);
  });
});

describe('informal meetings name their kind', () => {
  it.each<[MeetingKind, string, string]>([
    ['intersessional', 'intersessional', 'Intersessional meetings are informal and take no decisions.'],
    [
      'committee',
      'committee',
      'A committee takes no decisions: it seeks general agreement and records conclusions and recommendations for the next Meeting of the States Parties or Review Conference.',
    ],
    [
      'coordinating-committee',
      'coordinatingCommittee',
      'The Coordinating Committee has no substantive decision-making capacity: it takes no decisions.',
    ],
  ])('a %s meeting: the reason carries %s and says why', (kind, key, english) => {
    const decision = quorumMet(kind, 'decision', 100, 161);
    expect(decision.reason).toEqual({ code: 'quorum.informalNoDecisions', params: { kind: key } });
    expect(renderReason('en', decision.reason)).toBe(english);
    expect(decision.explanation).toBe(english);
    const opening = quorumFor(kind, 'opening', 161);
    expect(opening.reason).toEqual({ code: 'quorum.informalOpening', params: { kind: key } });
  });

  it('never calls a committee "intersessional", in any language', () => {
    for (const lang of ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const) {
      const committee = renderReason(lang, quorumFor('committee', 'decision', 161).reason);
      const intersessional = renderReason(lang, quorumFor('intersessional', 'decision', 161).reason);
      const cc = renderReason(lang, quorumFor('coordinating-committee', 'opening', 161).reason);
      expect(committee).not.toBe(intersessional);
      expect(new Set([committee, intersessional, cc]).size).toBe(3);
    }
  });
});
