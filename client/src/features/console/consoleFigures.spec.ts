import type { QuorumView } from '@plenary/shared';
import { vote } from './consoleFigures.fixtures';
import { decisionWarning, liveFigures, notVotedYet, rollCallOrder, ruleSentence } from './consoleFigures';

describe('console figures', () => {
  it('names the rule and its article before anything else', () => {
    expect(ruleSentence('art13-amendment')).toBe(
      'Two-thirds of States Parties present and voting — Convention Art. 13.4',
    );
    expect(ruleSentence('art5-extension')).toBe(
      'Majority of States Parties present and voting — Convention Art. 5.5',
    );
    expect(ruleSentence('other-substance')).toBe(
      'Two-thirds of States Parties present and voting — Rules of procedure (UN model)',
    );
    expect(ruleSentence('art8-measures')).toBe(
      'Consensus, else two-thirds of States Parties present and voting — Convention Art. 8.20',
    );
    // A meeting's rules may raise a RoP-default matter's rule, never a Convention one.
    expect(
      ruleSentence('procedural', {
        openingQuorum: { comparison: 'at-least', numerator: 1, denominator: 3 },
        decisionQuorum: { comparison: 'more-than', numerator: 1, denominator: 2 },
        votingRules: { procedural: 'two-thirds-present-voting' },
      }),
    ).toMatch(/^Two-thirds/);
  });

  it('computes the yes votes needed now from those present and voting, with the shared rule', () => {
    // 2 yes, 1 no: 3 present and voting; two-thirds needs 2 (3 × 2 = 6 ≥ 2 × 3).
    expect(liveFigures(vote())).toMatchObject({
      yes: 2,
      no: 1,
      abstain: 0,
      voted: 3,
      notVoted: 2,
      presentAndVoting: 3,
      neededNow: 2,
      adoptedIfClosedNow: true,
      eligible: 5,
    });
    // 2 yes, 2 no: 4 present and voting; two-thirds needs 3.
    expect(liveFigures(vote({ votes: { AGO: 'yes', BEL: 'no', DNK: 'yes', CHL: 'no' } }))).toMatchObject({
      presentAndVoting: 4,
      neededNow: 3,
      adoptedIfClosedNow: false,
    });
    // Abstentions change nothing; with nobody voting yes or no one yes is still needed.
    expect(liveFigures(vote({ votes: { AGO: 'abstain' } }))).toMatchObject({
      presentAndVoting: 0,
      neededNow: 1,
      adoptedIfClosedNow: false,
      notVoted: 4,
    });
    // A majority: 2 yes 2 no is a tie and needs 3.
    expect(
      liveFigures(
        vote({ rule: 'majority-present-voting', votes: { AGO: 'yes', BEL: 'no', DNK: 'yes', CHL: 'no' } }),
      ),
    ).toMatchObject({ neededNow: 3, adoptedIfClosedNow: false });
    // Counts from the server win over per-State votes; a sealed secret ballot has no figures.
    expect(
      liveFigures(vote({ counts: { yes: 10, no: 5, abstain: 1, notVoted: 0 }, votes: null })),
    ).toMatchObject({ presentAndVoting: 15, neededNow: 10 });
    expect(liveFigures(vote({ method: 'secret', votes: null, voted: ['AGO'] }))).toBeNull();
  });

  it('lists who has not voted yet: eligible States minus those with a vote', () => {
    expect(notVotedYet(vote()).map((e) => e.name)).toEqual(['Afghanistan', 'Chile']);
    expect(
      notVotedYet(vote({ method: 'secret', votes: null, voted: ['AFG', 'CHL'] })).map((e) => e.iso3),
    ).toEqual(['AGO', 'BEL', 'DNK']);
    expect(notVotedYet(vote({ method: 'show-of-hands', votes: null }))).toEqual([]);
  });

  it('keeps the roll-call order from the State drawn by lot', () => {
    const rc = vote({
      method: 'roll-call',
      votes: { CHL: 'yes' },
      rollCall: { drawn: 'CHL', order: ['CHL', 'DNK', 'AFG', 'AGO', 'BEL'] },
    });
    expect(rollCallOrder(rc).map((e) => e.iso3)).toEqual(['CHL', 'DNK', 'AFG', 'AGO', 'BEL']);
    expect(notVotedYet(rc).map((e) => e.name)).toEqual(['Denmark', 'Afghanistan', 'Angola', 'Belgium']);
  });

  it('warns when no decision could be taken', () => {
    const q = (present: number): QuorumView => ({
      meetingId: 'm1',
      date: '2026-03-02',
      parties: 161,
      participants: 161,
      present,
      opening: { required: 54, met: present >= 54, explanation: '' },
      decision: { required: 81, met: present >= 81, explanation: 'No quorum: 60 of 161.' },
    });
    expect(decisionWarning(q(81))).toBeNull();
    expect(decisionWarning(q(60))).toBe('No decision can be taken: 60 present, 81 needed (21 more).');
  });
});
