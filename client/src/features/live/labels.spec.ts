import { voteFigures } from '@plenary/shared';
import { createT } from '../../lib/locale/translate';
import { voteSnapshot } from '../../testing/liveFixtures';
import { figuresSentence, ruleText } from './labels';

const t = createT('en');

describe('the sentence under a vote’s figures', () => {
  it('prefixes the shared arithmetic while the vote is open, and gives it as is once closed', () => {
    const open = voteFigures(voteSnapshot({}, { X00: 'yes', X01: 'no' }));
    expect(figuresSentence(open, t)).toBe(`As the votes stand — ${open.explanation}`);
    const result = {
      outcome: 'adopted' as const,
      yes: 2,
      no: 0,
      abstain: 0,
      presentAndVoting: 2,
      required: 2,
      quorumRequired: 81,
      presentAtClose: 150,
      explanation: 'Adopted: 2 yes of 2 present and voting.',
    };
    expect(figuresSentence(voteFigures(voteSnapshot({ status: 'closed', result })), t)).toBe(
      result.explanation,
    );
  });

  it('says how many have voted in an open secret ballot, with the right plural', () => {
    const one = voteSnapshot({ method: 'secret', counts: null, votes: null, voted: ['X00'] });
    expect(figuresSentence(voteFigures(one), t)).toBe(
      '1 State has voted of 161; the counts are shown when the ballot closes.',
    );
    const three = voteSnapshot({ method: 'secret', counts: null, votes: null, voted: ['X00', 'X01', 'X02'] });
    expect(figuresSentence(voteFigures(three), t)).toBe(
      '3 States have voted of 161; the counts are shown when the ballot closes.',
    );
  });

  it('says it in the language shown, with the plural forms each language needs', () => {
    const voted = (n: number) =>
      voteFigures(
        voteSnapshot({
          method: 'secret',
          counts: null,
          votes: null,
          voted: Array.from({ length: n }, (_, i) => `X${String(i).padStart(2, '0')}`),
        }),
      );
    expect(figuresSentence(voted(1), createT('fr'))).toBe(
      '1 État a voté sur 161 ; les résultats sont affichés à la clôture du scrutin.',
    );
    expect(figuresSentence(voted(2), createT('ar'))).toMatch(/^صوّتت دولتان من أصل 161/);
    expect(figuresSentence(voted(3), createT('ar'))).toMatch(/^صوّتت 3 دول /);
    expect(figuresSentence(voted(11), createT('ar'))).toMatch(/^صوّتت 11 دولة /);
    expect(figuresSentence(voted(22), createT('ru'))).toMatch(/^Проголосовали 22 государства /);
    expect(figuresSentence(voted(25), createT('ru'))).toMatch(/^Проголосовали 25 государств /);
    expect(figuresSentence(voted(21), createT('ru'))).toMatch(/^Проголосовало 21 государство /);
  });
});

describe('the rule a question is decided by', () => {
  const q = {
    rule: 'two-thirds-present-voting' as const,
    ruleSource: 'Convention Art. 8.20',
    matter: 'art8-measures' as const,
  };
  it('names the rule and its source in the language shown', () => {
    expect(
      ruleText(createT('en'), 'en', {
        ...q,
        matter: 'other-substance',
        ruleSource: 'Rules of procedure (UN model)',
      }),
    ).toBe('Two-thirds majority of States Parties present and voting — Rules of procedure (UN model)');
    expect(ruleText(createT('en'), 'en', q)).toBe(
      'Consensus, else a two-thirds majority of States Parties present and voting — Convention, Article 8.20',
    );
    expect(ruleText(createT('fr'), 'fr', q)).toBe(
      'Consensus, à défaut majorité des deux tiers des États parties présents et votants — Convention, article 8.20',
    );
    expect(ruleText(createT('ar'), 'ar', { ...q, matter: 'other-substance', ruleSource: '' })).toBe(
      'أغلبية الثلثين من ممثلي الدول الأطراف الحاضرين والمصوتين',
    );
  });
});
