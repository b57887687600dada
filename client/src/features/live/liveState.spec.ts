import { toTally } from '@plenary/shared';
import { liveSnapshot, QUESTION, voteSnapshot } from '../../testing/liveFixtures';
import { EMPTY_LIVE, reduceLive, type LiveState } from './liveState';

const start = (): LiveState =>
  reduceLive(EMPTY_LIVE, { type: 'snapshot', snapshot: liveSnapshot() }, 'm1').state;

describe('reduceLive', () => {
  it('takes the first snapshot and its meeting version', () => {
    const s = start();
    expect(s.meetingVersion).toBe(10);
    expect(s.snapshot?.vote?.version).toBe(0);
  });

  it('keeps events that overtake the first snapshot and applies them on top of it, without asking again', () => {
    const quorum = { ...liveSnapshot().quorum, present: 151 };
    // The day rolled (version 10) while the snapshot was read; then someone checked in (11).
    const early = [
      { type: 'meeting.presenceChanged' as const, payload: { meetingVersion: 10, quorum } },
      { type: 'meeting.presenceChanged' as const, payload: { meetingVersion: 11, quorum } },
    ];
    let state = EMPTY_LIVE;
    for (const e of early) {
      const step = reduceLive(state, e, 'm1');
      expect(step.refresh).toBe(false);
      state = step.state;
    }
    const tick = reduceLive(
      state,
      {
        type: 'meeting.versions',
        payload: { meetingId: 'm1', meetingVersion: 11, voteId: null, voteVersion: null },
      },
      'm1',
    );
    expect(tick.refresh).toBe(false);
    const done = reduceLive(tick.state, { type: 'snapshot', snapshot: liveSnapshot() }, 'm1');
    expect(done.refresh).toBe(false);
    expect(done.state).toMatchObject({ meetingVersion: 11, early: [] });
    expect(done.state.snapshot?.quorum.present).toBe(151);
  });

  it('asks for a snapshot when early events pile up past the limit', () => {
    const quorum = liveSnapshot().quorum;
    let state = EMPTY_LIVE;
    let asked = 0;
    for (let v = 1; v <= 65; v += 1) {
      const step = reduceLive(
        state,
        { type: 'meeting.presenceChanged', payload: { meetingVersion: v, quorum } },
        'm1',
      );
      if (step.refresh) asked += 1;
      state = step.state;
    }
    expect(asked).toBe(1);
    expect(state.early).toHaveLength(0);
  });

  it('applies the next version and ignores one already seen', () => {
    const q = { ...QUESTION, id: 'q2', status: 'pending' as const };
    const next = reduceLive(
      start(),
      { type: 'question.put', payload: { meetingVersion: 11, question: q } },
      'm1',
    );
    expect(next).toMatchObject({ refresh: false, state: { meetingVersion: 11 } });
    expect(next.state.snapshot?.question?.id).toBe('q2');
    const stale = reduceLive(
      next.state,
      { type: 'question.put', payload: { meetingVersion: 11, question: QUESTION } },
      'm1',
    );
    expect(stale.state).toBe(next.state);
  });

  it('asks for a fresh snapshot when a meeting version is skipped', () => {
    const quorum = { ...liveSnapshot().quorum, present: 151 };
    const step = reduceLive(
      start(),
      { type: 'meeting.presenceChanged', payload: { meetingVersion: 12, quorum } },
      'm1',
    );
    expect(step.refresh).toBe(true);
    expect(step.state.snapshot?.quorum.present).toBe(151);
  });

  it('takes a coalesced presence change as covering every version since sinceVersion', () => {
    const quorum = { ...liveSnapshot().quorum, present: 153 };
    // Three first casts (versions 11, 12, 13) announced at once: no gap, no fresh snapshot.
    const covered = reduceLive(
      start(),
      { type: 'meeting.presenceChanged', payload: { meetingVersion: 13, sinceVersion: 10, quorum } },
      'm1',
    );
    expect(covered).toMatchObject({ refresh: false, state: { meetingVersion: 13 } });
    expect(covered.state.snapshot?.quorum.present).toBe(153);
    // Covering 12..13 only: version 11 (another change) was never seen, so ask.
    const gap = reduceLive(
      start(),
      { type: 'meeting.presenceChanged', payload: { meetingVersion: 13, sinceVersion: 11, quorum } },
      'm1',
    );
    expect(gap.refresh).toBe(true);
  });

  it('keeps the highest tally of a vote and never goes back', () => {
    const v3 = voteSnapshot({ version: 3 }, { X00: 'yes', X01: 'no', X02: 'yes' });
    const v2 = voteSnapshot({ version: 2 }, { X00: 'yes', X01: 'no' });
    const a = reduceLive(start(), { type: 'vote.tallied', payload: { tally: toTally(v3) } }, 'm1').state;
    const b = reduceLive(a, { type: 'vote.tallied', payload: { tally: toTally(v2) } }, 'm1').state;
    expect(b.snapshot?.vote?.version).toBe(3);
    // A snapshot fetched before that tally does not undo it either.
    const c = reduceLive(b, { type: 'snapshot', snapshot: liveSnapshot({ vote: v2 }) }, 'm1').state;
    expect(c.snapshot?.vote?.version).toBe(3);
  });

  it('refreshes on a tally of a vote it does not know and on newer periodic versions', () => {
    const other = voteSnapshot({ id: 'other', version: 1 });
    expect(
      reduceLive(start(), { type: 'vote.tallied', payload: { tally: toTally(other) } }, 'm1').refresh,
    ).toBe(true);
    const versions = (meetingVersion: number, voteVersion: number) =>
      reduceLive(
        start(),
        {
          type: 'meeting.versions',
          payload: { meetingId: 'm1', meetingVersion, voteId: voteSnapshot().id, voteVersion },
        },
        'm1',
      ).refresh;
    expect(versions(10, 0)).toBe(false);
    expect(versions(11, 0)).toBe(true);
    expect(versions(10, 4)).toBe(true);
  });

  it('takes periodic versions read before a change it holds for nothing, even naming another vote', () => {
    // The screen holds meeting version 10 and vote v1; versions naming a vote it has never seen.
    const tellsAt = (meetingVersion: number) =>
      reduceLive(
        start(),
        {
          type: 'meeting.versions',
          payload: { meetingId: 'm1', meetingVersion, voteId: 'older', voteVersion: 7 },
        },
        'm1',
      ).refresh;
    // Read at 9, when another vote was current: older than the screen, it tells nothing.
    expect(tellsAt(9)).toBe(false);
    // Read at the version it holds, the same mismatch means it missed a vote: it asks.
    expect(tellsAt(10)).toBe(true);
  });

  it('ignores events of another meeting and older snapshots', () => {
    const s = start();
    const quorum = { ...liveSnapshot().quorum, meetingId: 'm2' };
    expect(
      reduceLive(s, { type: 'meeting.presenceChanged', payload: { meetingVersion: 11, quorum } }, 'm1').state,
    ).toBe(s);
    const older = liveSnapshot({ meeting: { ...liveSnapshot().meeting, version: 9 } });
    expect(reduceLive(s, { type: 'snapshot', snapshot: older }, 'm1').state).toBe(s);
  });

  it('closes the vote and decides the question together', () => {
    const closed = voteSnapshot({ status: 'closed', version: 5 });
    const question = { ...QUESTION, status: 'adopted' as const };
    const s = reduceLive(
      start(),
      { type: 'vote.closed', payload: { meetingVersion: 11, vote: closed, question } },
      'm1',
    ).state;
    expect(s.snapshot?.vote?.status).toBe('closed');
    expect(s.snapshot?.question?.status).toBe('adopted');
    // A late tally of the open vote does not reopen it.
    const late = reduceLive(
      s,
      { type: 'vote.tallied', payload: { tally: toTally(voteSnapshot({ version: 6 })) } },
      'm1',
    ).state;
    expect(late.snapshot?.vote?.status).toBe('closed');
  });

  it('moves a State between absent and present when the door checks it in or out during a vote', () => {
    const snap = liveSnapshot({ vote: voteSnapshot({ absent: ['X03', 'X04'] }, { X00: 'yes' }) });
    let s = reduceLive(EMPTY_LIVE, { type: 'snapshot', snapshot: snap }, 'm1').state;
    const d = (iso3: string, present: boolean) => ({
      id: `d-${iso3}`,
      meetingId: 'm1',
      kind: 'state' as const,
      stateIso3: iso3,
      name: iso3,
      partyStatus: 'party' as const,
      credentials: 'accepted' as const,
      standing: 'participant' as const,
      present,
      signIn: { issued: false, issuedAt: null, revoked: false },
    });
    const quorum = snap.quorum;
    s = reduceLive(
      s,
      {
        type: 'meeting.presenceChanged',
        payload: { meetingVersion: 11, quorum, delegation: d('X03', true) },
      },
      'm1',
    ).state;
    expect(s.snapshot?.vote?.absent).toEqual(['X04']);
    s = reduceLive(
      s,
      {
        type: 'meeting.presenceChanged',
        payload: { meetingVersion: 12, quorum, delegation: d('X05', false) },
      },
      'm1',
    ).state;
    expect(s.snapshot?.vote?.absent).toEqual(['X04', 'X05']);
    // A State that voted and then left is not counted absent: its vote stands.
    s = reduceLive(
      s,
      {
        type: 'meeting.presenceChanged',
        payload: { meetingVersion: 13, quorum, delegation: d('X00', false) },
      },
      'm1',
    ).state;
    expect(s.snapshot?.vote?.absent).toEqual(['X04', 'X05']);
  });
});
