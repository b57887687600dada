import { decide, requiredYes, type Choice } from '@plenary/shared';
import { STATES_161, voteSnapshot } from '../../testing/liveFixtures';
import { ruleWithSource, tallyOf } from './tally';

function choices(yes: number, no: number, abstain: number): Record<string, Choice> {
  const out: Record<string, Choice> = {};
  STATES_161.slice(0, yes + no + abstain).forEach((s, i) => {
    out[s.iso3] = i < yes ? 'yes' : i < yes + no ? 'no' : 'abstain';
  });
  return out;
}

describe('tallyOf', () => {
  it.each([
    ['two-thirds-present-voting', 99, 49, 10],
    ['two-thirds-present-voting', 99, 50, 0],
    ['majority-present-voting', 70, 70, 10],
    ['majority-present-voting', 71, 70, 1],
    ['two-thirds-present-voting', 0, 0, 12],
  ] as const)('under %s with %i–%i–%i shows the figures of the shared decide()', (rule, yes, no, abstain) => {
    const t = tallyOf(voteSnapshot({ rule }, choices(yes, no, abstain)));
    const d = decide(rule, { yes, no, abstain });
    expect(t.counts).toEqual({ yes, no, abstain, notVoted: 161 - yes - no - abstain });
    expect(t.presentAndVoting).toBe(d.presentAndVoting);
    expect(t.required).toBe(requiredYes(rule, yes + no));
    expect(t.required).toBe(d.required);
    expect(t.outcome).toBe(d.outcome);
    expect(t.sentence).toBe(`As the votes stand — ${d.explanation}`);
    expect(t.perState).toBe(true);
  });

  it('uses the server’s result and explanation once the vote is closed', () => {
    const result = {
      outcome: 'no-quorum' as const,
      yes: 50,
      no: 10,
      abstain: 5,
      presentAndVoting: 60,
      required: 40,
      quorumRequired: 81,
      presentAtClose: 70,
      explanation: 'No decision: the quorum did not hold when the vote closed.',
    };
    const t = tallyOf(voteSnapshot({ status: 'closed', result }, choices(50, 10, 5)));
    expect(t).toMatchObject({
      closed: true,
      outcome: 'no-quorum',
      presentAndVoting: 60,
      required: 40,
      sentence: result.explanation,
    });
  });

  it('shows only how many have voted while a secret ballot is open', () => {
    const t = tallyOf(
      voteSnapshot({ method: 'secret', counts: null, votes: null, voted: ['X00', 'X01', 'X02'] }),
    );
    expect(t).toMatchObject({
      perState: false,
      counts: null,
      voted: 3,
      presentAndVoting: null,
      required: null,
      outcome: null,
    });
    expect(t.sentence).toBe('3 States have voted of 161; the counts are shown when the ballot closes.');
  });

  it('names the rule in plain words with its source', () => {
    expect(
      ruleWithSource({ rule: 'two-thirds-present-voting', ruleSource: 'Rules of procedure (UN model)' }),
    ).toBe('Two-thirds majority of States Parties present and voting — Rules of procedure (UN model)');
  });
});
