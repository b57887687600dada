import { voteFigures } from '@plenary/shared';
import { createFormat } from '../../lib/locale/format';
import { voteSnapshot } from '../../testing/liveFixtures';
import { figuresSentence } from './labels';

const fmt = createFormat('en');

describe('the sentence under a vote’s figures', () => {
  it('prefixes the shared arithmetic while the vote is open, and gives it as is once closed', () => {
    const open = voteFigures(voteSnapshot({}, { X00: 'yes', X01: 'no' }));
    expect(figuresSentence(open, fmt)).toBe(`As the votes stand — ${open.explanation}`);
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
    expect(figuresSentence(voteFigures(voteSnapshot({ status: 'closed', result })), fmt)).toBe(
      result.explanation,
    );
  });

  it('says how many have voted in an open secret ballot, with the right plural', () => {
    const one = voteSnapshot({ method: 'secret', counts: null, votes: null, voted: ['X00'] });
    expect(figuresSentence(voteFigures(one), fmt)).toBe(
      '1 State has voted of 161; the counts are shown when the ballot closes.',
    );
    const three = voteSnapshot({ method: 'secret', counts: null, votes: null, voted: ['X00', 'X01', 'X02'] });
    expect(figuresSentence(voteFigures(three), fmt)).toBe(
      '3 States have voted of 161; the counts are shown when the ballot closes.',
    );
  });
});
