import type { VoteSnapshot } from '../http/plenary.contract';
import { applyTally, toTally } from './tally';

const eligible = ['AFG', 'ALB', 'DZA', 'AND'].map((iso3, i) => ({ delegationId: `d${i}`, iso3, name: iso3 }));
const base: VoteSnapshot = {
  id: 'v1',
  questionId: 'q1',
  meetingId: 'm1',
  method: 'recorded',
  rule: 'two-thirds-present-voting',
  status: 'open',
  openedAt: '2026-03-02T09:00:00.000Z',
  closedAt: null,
  version: 0,
  eligible,
  counts: { yes: 0, no: 0, abstain: 0, notVoted: 4 },
  votes: {},
  voted: null,
  rollCall: null,
  result: null,
};

describe('compact tally', () => {
  it('encodes one letter per eligible State in order and decodes to the same vote', () => {
    const now: VoteSnapshot = {
      ...base,
      version: 3,
      votes: { AFG: 'yes', DZA: 'abstain', AND: 'no' },
      counts: { yes: 1, no: 1, abstain: 1, notVoted: 1 },
    };
    const tally = toTally(now);
    expect(tally.lights).toBe('Y-AN');
    expect(applyTally(base, tally)).toEqual(now);
  });

  it('shows only who has voted in a secret ballot', () => {
    const secret: VoteSnapshot = { ...base, method: 'secret', votes: null, counts: null, voted: [] };
    const now = { ...secret, version: 2, voted: ['ALB', 'AND'] };
    expect(toTally(now).lights).toBe('-V-V');
    expect(applyTally(secret, toTally(now))).toEqual(now);
  });

  it('tells absent States (not checked in, not voted) from present ones that have not voted', () => {
    const now: VoteSnapshot = {
      ...base,
      version: 2,
      votes: { AFG: 'yes' },
      counts: { yes: 1, no: 0, abstain: 0, notVoted: 3 },
      absent: ['DZA', 'AND'],
    };
    expect(toTally(now).lights).toBe('Y-..');
    expect(applyTally({ ...base, absent: [] }, toTally(now))).toEqual(now);
    // A State that arrives and votes leaves the absent list with the next tally.
    const later = { ...now, version: 3, votes: { AFG: 'yes', AND: 'no' }, absent: ['DZA'] } as VoteSnapshot;
    expect(applyTally(now, toTally(later)).absent).toEqual(['DZA']);
    const secret: VoteSnapshot = { ...base, method: 'secret', votes: null, counts: null, voted: ['ALB'] };
    expect(toTally({ ...secret, absent: ['AND'] }).lights).toBe('-V-.');
  });

  it('carries no lights for a show of hands', () => {
    const hands: VoteSnapshot = { ...base, method: 'show-of-hands', votes: null, counts: null };
    expect(toTally(hands).lights).toBeNull();
  });

  it('is far smaller than the snapshot for 161 States', () => {
    const many = Array.from({ length: 161 }, (_, i) => ({
      delegationId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      iso3: `S${String(i).padStart(2, '0')}`,
      name: `State Party number ${i}`,
    }));
    const vote: VoteSnapshot = {
      ...base,
      eligible: many,
      votes: Object.fromEntries(many.map((e) => [e.iso3, 'yes' as const])),
    };
    expect(JSON.stringify(toTally(vote)).length * 10).toBeLessThan(JSON.stringify(vote).length);
  });

  it('refuses a tally of another vote', () => {
    expect(() => applyTally(base, { ...toTally(base), voteId: 'v2' })).toThrow(/another vote/);
  });
});
