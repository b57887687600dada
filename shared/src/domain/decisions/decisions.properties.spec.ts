import fc from 'fast-check';
import type { CountRule, VotingRule } from './decisions';
import { decide, meetsCount, minimumCount, requiredYes } from './decisions.rules';

const votingRule = fc.constantFrom<VotingRule>('majority-present-voting', 'two-thirds-present-voting');
const countRule = fc.constantFrom<CountRule>('majority-of-parties', 'one-third-of-parties');
const votes = fc.integer({ min: 0, max: 400 });

describe('invariants of every vote', () => {
  it('abstentions never change an outcome', () => {
    fc.assert(
      fc.property(votingRule, votes, votes, votes, votes, (rule, yes, no, a, b) => {
        expect(decide(rule, { yes, no, abstain: a }).outcome).toBe(
          decide(rule, { yes, no, abstain: b }).outcome,
        );
      }),
    );
  });

  it('one more yes never turns adopted into rejected', () => {
    fc.assert(
      fc.property(votingRule, votes, votes, votes, (rule, yes, no, abstain) => {
        fc.pre(decide(rule, { yes, no, abstain }).outcome === 'adopted');
        expect(decide(rule, { yes: yes + 1, no, abstain }).outcome).toBe('adopted');
      }),
    );
  });

  it('one more no never turns rejected into adopted', () => {
    fc.assert(
      fc.property(votingRule, votes, votes, votes, (rule, yes, no, abstain) => {
        fc.pre(decide(rule, { yes, no, abstain }).outcome === 'rejected');
        expect(decide(rule, { yes, no: no + 1, abstain }).outcome).toBe('rejected');
      }),
    );
  });

  it('two-thirds adopted implies majority adopted', () => {
    fc.assert(
      fc.property(votes, votes, votes, (yes, no, abstain) => {
        fc.pre(decide('two-thirds-present-voting', { yes, no, abstain }).outcome === 'adopted');
        expect(decide('majority-present-voting', { yes, no, abstain }).outcome).toBe('adopted');
      }),
    );
  });

  it('requiredYes is exactly the threshold: one fewer yes fails, that many passes', () => {
    fc.assert(
      fc.property(votingRule, fc.integer({ min: 1, max: 400 }), (rule, pv) => {
        const r = requiredYes(rule, pv);
        expect(r).toBeGreaterThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(pv);
        expect(decide(rule, { yes: r, no: pv - r, abstain: 0 }).outcome).toBe('adopted');
        expect(decide(rule, { yes: r - 1, no: pv - r + 1, abstain: 0 }).outcome).toBe('rejected');
      }),
    );
  });

  it('reports the same required yes as requiredYes', () => {
    fc.assert(
      fc.property(votingRule, votes, votes, (rule, yes, no) => {
        expect(decide(rule, { yes, no, abstain: 0 }).required).toBe(requiredYes(rule, yes + no));
      }),
    );
  });
});

describe('invariants of counts over all States Parties', () => {
  it('minimumCount is the exact boundary of meetsCount', () => {
    fc.assert(
      fc.property(countRule, fc.integer({ min: 1, max: 400 }), (rule, parties) => {
        const { minimum } = minimumCount(rule, parties);
        expect(minimum).toBeGreaterThanOrEqual(1);
        expect(minimum).toBeLessThanOrEqual(parties);
        expect(meetsCount(rule, minimum, parties).met).toBe(true);
        expect(meetsCount(rule, minimum - 1, parties).met).toBe(false);
      }),
    );
  });

  it('a majority of States Parties is never less than one-third of them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (parties) => {
        expect(minimumCount('majority-of-parties', parties).minimum).toBeGreaterThanOrEqual(
          minimumCount('one-third-of-parties', parties).minimum,
        );
      }),
    );
  });
});
