import { castReducer, initialCast, nextSeq, type CastState } from './castState';

const VOTE = 'v1';
const result = (choice: 'yes' | 'no' | 'abstain', opId: string) => ({
  voteId: VOTE,
  choice,
  revision: 1,
  opId,
  replayed: false,
});

describe('castReducer', () => {
  it('goes idle → sending → recorded only when the ack says ok', () => {
    let s: CastState = initialCast(VOTE);
    s = castReducer(s, { type: 'press', choice: 'yes', opId: 'op1' });
    expect(s.pending).toEqual({ choice: 'yes', opId: 'op1', status: 'sending', attempts: 1 });
    expect(s.recorded).toBeNull();
    s = castReducer(s, {
      type: 'ack',
      opId: 'op1',
      result: result('yes', 'op1'),
      at: '2026-03-02T13:02:31Z',
    });
    expect(s).toMatchObject({
      pending: null,
      error: null,
      recorded: { choice: 'yes', at: '2026-03-02T13:02:31Z' },
    });
  });

  it('keeps the opId on a timeout and retries with it', () => {
    let s = castReducer(initialCast(VOTE), { type: 'press', choice: 'no', opId: 'op1' });
    s = castReducer(s, { type: 'fail', opId: 'op1', error: { code: 'TIMEOUT', message: 'no answer' } });
    expect(s.pending).toMatchObject({ opId: 'op1', status: 'retrying' });
    s = castReducer(s, { type: 'retry', opId: 'op1' });
    expect(s.pending).toEqual({ choice: 'no', opId: 'op1', status: 'sending', attempts: 2 });
    s = castReducer(s, {
      type: 'ack',
      opId: 'op1',
      result: { ...result('no', 'op1'), replayed: true },
      at: 'now',
    });
    expect(s.recorded?.choice).toBe('no');
  });

  it('shows the server’s refusal and keeps the previous recorded vote', () => {
    let s = castReducer(initialCast(VOTE), { type: 'press', choice: 'yes', opId: 'op1' });
    s = castReducer(s, { type: 'ack', opId: 'op1', result: result('yes', 'op1'), at: 't1' });
    s = castReducer(s, { type: 'press', choice: 'no', opId: 'op2' });
    s = castReducer(s, {
      type: 'fail',
      opId: 'op2',
      error: { code: 'VOTE_CLOSED', message: 'The vote is closed' },
    });
    expect(s).toMatchObject({
      pending: null,
      error: { message: 'The vote is closed' },
      recorded: { choice: 'yes' },
    });
  });

  it('changes a recorded vote with a new press', () => {
    let s = castReducer(initialCast(VOTE), { type: 'press', choice: 'yes', opId: 'op1' });
    s = castReducer(s, { type: 'ack', opId: 'op1', result: result('yes', 'op1'), at: 't1' });
    s = castReducer(s, { type: 'press', choice: 'abstain', opId: 'op2' });
    s = castReducer(s, {
      type: 'ack',
      opId: 'op2',
      result: { ...result('abstain', 'op2'), revision: 2 },
      at: 't2',
    });
    expect(s.recorded).toEqual({ choice: 'abstain', at: 't2', revision: 2 });
  });

  it('ignores a second press while one is sending, and acks for another opId', () => {
    const sending = castReducer(initialCast(VOTE), { type: 'press', choice: 'yes', opId: 'op1' });
    expect(castReducer(sending, { type: 'press', choice: 'no', opId: 'op2' })).toBe(sending);
    expect(castReducer(sending, { type: 'ack', opId: 'zzz', result: result('no', 'zzz'), at: 't' })).toBe(
      sending,
    );
  });

  it('starts afresh for a new vote', () => {
    const s = castReducer(initialCast(VOTE), { type: 'press', choice: 'yes', opId: 'op1' });
    expect(castReducer(s, { type: 'vote', voteId: 'v2' })).toEqual(initialCast('v2'));
    expect(castReducer(s, { type: 'vote', voteId: VOTE })).toBe(s);
  });

  it('takes no new press while one is retrying: two presses in flight could arrive in either order', () => {
    let s = castReducer(initialCast(VOTE), { type: 'press', choice: 'yes', opId: 'op1' });
    s = castReducer(s, { type: 'fail', opId: 'op1', error: { code: 'NETWORK', message: 'offline' } });
    expect(s.pending?.status).toBe('retrying');
    expect(castReducer(s, { type: 'press', choice: 'no', opId: 'op2' })).toBe(s);
  });

  it.each(['TIMEOUT', 'NETWORK', 'TRY_AGAIN', 'DATABASE_UNAVAILABLE'] as const)(
    'retries after %s with the same opId',
    (code) => {
      let s = castReducer(initialCast(VOTE), { type: 'press', choice: 'yes', opId: 'op1' });
      s = castReducer(s, { type: 'fail', opId: 'op1', error: { code, message: 'not decided' } });
      expect(s.pending).toMatchObject({ opId: 'op1', status: 'retrying' });
    },
  );

  it('ends the press on a stale refusal and keeps what was recorded', () => {
    let s = castReducer(initialCast(VOTE), { type: 'press', choice: 'yes', opId: 'op1' });
    s = castReducer(s, { type: 'ack', opId: 'op1', result: result('yes', 'op1'), at: 't1' });
    s = castReducer(s, { type: 'press', choice: 'no', opId: 'op2' });
    s = castReducer(s, { type: 'fail', opId: 'op2', error: { code: 'STALE_CAST', message: 'stale' } });
    expect(s).toMatchObject({ pending: null, recorded: { choice: 'yes' }, error: { code: 'STALE_CAST' } });
  });

  it('numbers presses in increasing order even when the device clock steps back', () => {
    expect(nextSeq(0, 1000)).toBe(1000);
    expect(nextSeq(1000, 1000)).toBe(1001);
    expect(nextSeq(1001, 400)).toBe(1002);
    expect(nextSeq(1002, 5000.7)).toBe(5000);
  });
});
