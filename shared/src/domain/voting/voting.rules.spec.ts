import type { Choice, VoteResult, VoteSnapshot } from '../../contracts/http/plenary.contract';
import { DomainRuleError } from '../errors';
import { decide, requiredYes } from '../decisions/decisions.rules';
import {
  countVotes,
  hasVoted,
  notVotedByPresence,
  notVotedYet,
  ownChoice,
  questionRuleFor,
  rollCallOrder,
  ruleWording,
  voteFigures,
  votedStates,
} from './voting.rules';

const ELIGIBLE = ['AFG', 'AGO', 'BEL', 'CHL', 'DNK'].map((iso3, i) => ({
  delegationId: `d${i}`,
  iso3,
  name: { AFG: 'Afghanistan', AGO: 'Angola', BEL: 'Belgium', CHL: 'Chile', DNK: 'Denmark' }[iso3]!,
}));

const vote = (over: Partial<VoteSnapshot> = {}): VoteSnapshot => ({
  id: 'v1',
  questionId: 'q1',
  meetingId: 'm1',
  method: 'recorded',
  rule: 'two-thirds-present-voting',
  status: 'open',
  openedAt: '2026-03-02T09:00:00Z',
  closedAt: null,
  version: 3,
  eligible: ELIGIBLE,
  counts: null,
  votes: { AGO: 'yes', BEL: 'no', DNK: 'yes' },
  voted: null,
  rollCall: null,
  result: null,
  ...over,
});

/** yes, no, abstain per-State votes over 161 invented States. */
function big(yes: number, no: number, abstain: number): Pick<VoteSnapshot, 'eligible' | 'votes'> {
  const eligible = Array.from({ length: 161 }, (_, i) => ({
    delegationId: `d${i}`,
    iso3: `X${String(i).padStart(2, '0')}`,
    name: `State ${i}`,
  }));
  const votes: Record<string, Choice> = {};
  eligible.slice(0, yes + no + abstain).forEach((e, i) => {
    votes[e.iso3] = i < yes ? 'yes' : i < yes + no ? 'no' : 'abstain';
  });
  return { eligible, votes };
}

describe('voteFigures: one definition of every figure the board, console and pad show', () => {
  it.each([
    ['two-thirds-present-voting', 99, 49, 10],
    ['two-thirds-present-voting', 99, 50, 0],
    ['majority-present-voting', 70, 70, 10],
    ['majority-present-voting', 71, 70, 1],
    ['two-thirds-present-voting', 0, 0, 12],
  ] as const)('under %s with %i–%i–%i, open, gives what decide() gives', (rule, yes, no, abstain) => {
    const f = voteFigures(vote({ rule, ...big(yes, no, abstain) }));
    const d = decide(rule, { yes, no, abstain });
    expect(f).toMatchObject({
      closed: false,
      provisional: true,
      perState: true,
      eligible: 161,
      voted: yes + no + abstain,
      counts: { yes, no, abstain, notVoted: 161 - yes - no - abstain },
      presentAndVoting: d.presentAndVoting,
      required: requiredYes(rule, yes + no),
      outcome: d.outcome,
      explanation: d.explanation,
    });
  });

  it('uses the counts the server sends over per-State votes', () => {
    const f = voteFigures(vote({ counts: { yes: 10, no: 5, abstain: 1, notVoted: 0 }, votes: null }));
    expect(f).toMatchObject({ presentAndVoting: 15, required: 10, outcome: 'adopted', voted: 16 });
  });

  it('takes the server’s recorded result once the vote is closed, no-quorum included', () => {
    const result: VoteResult = {
      outcome: 'no-quorum',
      yes: 2,
      no: 1,
      abstain: 0,
      presentAndVoting: 3,
      required: 2,
      quorumRequired: 81,
      presentAtClose: 70,
      explanation: 'No decision: the quorum did not hold when the vote closed.',
    };
    const f = voteFigures(vote({ status: 'closed', result }));
    expect(f).toMatchObject({
      closed: true,
      provisional: false,
      outcome: 'no-quorum',
      presentAndVoting: 3,
      required: 2,
      explanation: result.explanation,
      counts: { yes: 2, no: 1, abstain: 0, notVoted: 2 },
    });
    // A closed secret ballot without per-State votes still shows its totals.
    const secret = voteFigures(vote({ method: 'secret', status: 'closed', votes: null, result }));
    expect(secret).toMatchObject({ perState: false, voted: 3, counts: { notVoted: 2 } });
  });

  it('shows only how many have voted while a secret ballot is open', () => {
    const f = voteFigures(vote({ method: 'secret', votes: null, voted: ['AFG', 'AGO'] }));
    expect(f).toEqual({
      entitled: 5,
      absent: null,
      presentNotVoted: null,
      closed: false,
      provisional: true,
      method: 'secret',
      eligible: 5,
      perState: false,
      counts: null,
      voted: 2,
      presentAndVoting: null,
      required: null,
      outcome: null,
      explanation: null,
      reason: null,
    });
  });

  it('refuses a malformed tally with the shared domain error rather than show a wrong figure', () => {
    expect(() => voteFigures(vote({ counts: { yes: -1, no: 0, abstain: 0, notVoted: 5 } }))).toThrow(
      DomainRuleError,
    );
  });
});

describe('who has not voted', () => {
  it('counts votes and lists voters from per-State votes or the secret ballot’s list', () => {
    expect(countVotes(vote())).toEqual({ yes: 2, no: 1, abstain: 0, notVoted: 2 });
    expect(countVotes(vote({ votes: null }))).toBeNull();
    expect([...votedStates(vote({ votes: null, voted: ['AFG'] }))]).toEqual(['AFG']);
  });

  it('lists eligible States without a vote, none for a show of hands', () => {
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
      rollCall: {
        drawn: 'CHL',
        order: ['CHL', 'DNK', 'AFG', 'AGO', 'BEL'],
        seed: null,
        passed: [],
        declined: [],
      },
    });
    expect(rollCallOrder(rc).map((e) => e.iso3)).toEqual(['CHL', 'DNK', 'AFG', 'AGO', 'BEL']);
    expect(notVotedYet(rc).map((e) => e.name)).toEqual(['Denmark', 'Afghanistan', 'Angola', 'Belgium']);
  });
});

describe('ruleWording: the question’s own rule, in the same words on every screen', () => {
  it.each([
    [
      { rule: 'two-thirds-present-voting', ruleSource: 'Convention Art. 13.4', matter: 'art13-amendment' },
      'Two-thirds majority of States Parties present and voting — Convention Art. 13.4',
    ],
    [
      { rule: 'majority-present-voting', ruleSource: 'Convention Art. 5.5', matter: 'art5-extension' },
      'Majority of States Parties present and voting — Convention Art. 5.5',
    ],
    [
      { rule: 'two-thirds-present-voting', ruleSource: 'Convention Art. 8.20', matter: 'art8-measures' },
      'Consensus, else a two-thirds majority of States Parties present and voting — Convention Art. 8.20',
    ],
    [{ rule: 'majority-present-voting', ruleSource: '' }, 'Majority of States Parties present and voting'],
  ] as const)('%j reads “%s”', (q, words) => {
    expect(ruleWording(q)).toBe(words);
  });

  it('follows the question’s rule, not the matter’s default', () => {
    // A meeting’s rules of procedure raised a procedural matter to two-thirds.
    const q = {
      rule: 'two-thirds-present-voting',
      ruleSource: 'Rules of procedure (UN model)',
      matter: 'procedural',
    } as const;
    expect(ruleWording(q)).toMatch(/^Two-thirds majority/);
  });

  it('gives a question about to be put the rule and source the server will give it', () => {
    const rules = {
      openingQuorum: { comparison: 'at-least', numerator: 1, denominator: 3 },
      decisionQuorum: { comparison: 'more-than', numerator: 1, denominator: 2 },
      votingRules: { procedural: 'two-thirds-present-voting', 'art13-amendment': 'majority-present-voting' },
    } as const;
    expect(questionRuleFor('procedural', rules)).toEqual({
      rule: 'two-thirds-present-voting',
      ruleSource: 'Rules of procedure (UN model)',
      matter: 'procedural',
    });
    // The Convention's own rule is never lowered by a meeting's rules.
    expect(questionRuleFor('art13-amendment', rules).rule).toBe('two-thirds-present-voting');
  });
});

describe('present and voting, in the room’s words', () => {
  it('counts entitled as present and eligible, and tells present-not-voted from absent', () => {
    // 5 eligible, 3 voted (AGO, BEL, DNK), AFG present and not voted, CHL absent.
    const f = voteFigures(vote({ absent: ['CHL'] }));
    expect(f).toMatchObject({ eligible: 5, entitled: 4, absent: 1, presentNotVoted: 1, voted: 3 });
    expect(notVotedByPresence(vote({ absent: ['CHL'] }))).toEqual({
      present: [ELIGIBLE[0]],
      absent: [ELIGIBLE[3]],
    });
    // Without presence every eligible State counts as present, as before.
    expect(voteFigures(vote())).toMatchObject({ entitled: 5, absent: null, presentNotVoted: null });
    // A secret ballot still tells who in the room has not voted, never how anyone voted.
    const secret = vote({ method: 'secret', votes: null, voted: ['AGO'], absent: ['CHL', 'DNK'] });
    expect(voteFigures(secret)).toMatchObject({ counts: null, presentNotVoted: 2, absent: 2, entitled: 3 });
  });

  it('gives a delegation its own choice only where the vote is public', () => {
    expect(ownChoice(vote(), 'BEL')).toBe('no');
    expect(ownChoice(vote(), 'AFG')).toBeNull();
    const secret = vote({ method: 'secret', votes: null, voted: ['AGO'] });
    expect(ownChoice(secret, 'AGO')).toBeNull();
    expect(hasVoted(secret, 'AGO')).toBe(true);
    expect(hasVoted(secret, 'BEL')).toBe(false);
  });
});
