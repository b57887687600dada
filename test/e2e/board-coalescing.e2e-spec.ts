import type { ServerToClientEvents, VoteTally } from '@plenary/shared';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import {
  bearer,
  castOverSocket,
  checkIn,
  connect,
  delegations,
  setUpMeeting,
  signInDelegation,
  watch,
  type ClientSocket,
} from '../support/plenary';
import { nextEvent, until } from '../support/wait';

// Long enough that a trailing broadcast is unmistakable, short enough for a spec.
const INTERVAL_MS = 1500;

type Versioned = { event: keyof ServerToClientEvents; meetingVersion: number; sinceVersion?: number };

describe('the board: leading-edge tallies, coalesced presence', () => {
  let t: TestApp;
  let secretariat: string;
  let president: string;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      clock: new FixedClock(new Date('2026-03-02T09:00:00Z')),
      env: { PLENARY_TALLY_INTERVAL_MS: String(INTERVAL_MS) },
    });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  async function openVote(number: number) {
    const meetingId = (await setUpMeeting(t, secretariat, { number })).id;
    const all = (await delegations(t, meetingId)).filter((d) => d.standing === 'participant');
    await checkIn(
      t,
      secretariat,
      all.slice(0, 90).map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const q = (
      await t.http
        .post(`/api/meetings/${meetingId}/questions`)
        .set(bearer(president))
        .send({ text: 'Close the list of speakers', matter: 'procedural' })
        .expect(201)
    ).body;
    const vote = (
      await t.http
        .post(`/api/questions/${q.id}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body as { id: string };
    return { meetingId, all, voteId: vote.id };
  }

  const voters = (ids: { id: string }[]) =>
    Promise.all(ids.map(async (d) => connect(t, await signInDelegation(t, secretariat, d.id))));

  it('sends a tally at once in a quiet room, then at most one per interval', async () => {
    const { meetingId, all, voteId } = await openVote(23);
    const watcher = await connect(t);
    sockets.push(watcher);
    const got: { tally: VoteTally; at: number }[] = [];
    watcher.on('vote.tallied', ({ tally }) => got.push({ tally, at: performance.now() }));
    expect((await watch(watcher, meetingId)).ok).toBe(true);
    const [first, ...rest] = await voters(all.slice(0, 4));
    sockets.push(first, ...rest);

    // Leading edge: the room is quiet, so the tally follows the cast, well inside the interval.
    const sent = performance.now();
    const lead = nextEvent(watcher, 'vote.tallied', ({ tally }) => tally.counts?.yes === 1);
    expect((await castOverSocket(first, voteId, 'yes')).ok).toBe(true);
    await lead;
    expect(got).toHaveLength(1);
    expect(got[0].at - sent).toBeLessThan(INTERVAL_MS / 2);

    // Three more casts inside the interval: one trailing tally carries all of them, an interval
    // after the leading one.
    const acks = await Promise.all(rest.map((v) => castOverSocket(v, voteId, 'no')));
    expect(acks.every((a) => a.ok)).toBe(true);
    const trailing = await nextEvent(watcher, 'vote.tallied', ({ tally }) => tally.counts?.no === 3);
    expect(trailing.tally.counts?.yes).toBe(1);
    expect(got).toHaveLength(2);
    // The trailing one waits for the interval since the leading one started (a little slack for
    // the leading tally's own read and delivery).
    expect(got[1].at - got[0].at).toBeGreaterThanOrEqual(INTERVAL_MS - 250);
  });

  it('coalesces the presence changes of first casts, covering every version, in order with the close', async () => {
    const { meetingId, all, voteId } = await openVote(24);
    const watcher = await connect(t);
    sockets.push(watcher);
    const seen: Versioned[] = [];
    let presentNow = -1;
    watcher.on('meeting.presenceChanged', (p) => {
      seen.push({
        event: 'meeting.presenceChanged',
        meetingVersion: p.meetingVersion,
        sinceVersion: p.sinceVersion,
      });
      presentNow = p.quorum.present;
    });
    watcher.on('vote.closed', (p) => seen.push({ event: 'vote.closed', meetingVersion: p.meetingVersion }));
    const snap = await watch(watcher, meetingId);
    if (!snap.ok) throw new Error('watch refused');
    const from = snap.data.meeting.version;

    // Eight delegations not checked in vote at once: each first cast marks one present (a new
    // meeting version each), and the vote is closed right after.
    const absent = await voters(all.slice(100, 108));
    sockets.push(...absent);
    const acks = await Promise.all(absent.map((s) => castOverSocket(s, voteId, 'yes')));
    expect(acks.every((a) => a.ok)).toBe(true);
    const closed = nextEvent(watcher, 'vote.closed');
    await t.http.post(`/api/votes/${voteId}/close`).set(bearer(president)).send({}).expect(200);
    await closed;
    await until('the watcher shows all 98 present', () => presentNow === 98);

    const presence = seen.filter((e) => e.event === 'meeting.presenceChanged');
    // One broadcast per first cast would be 8; coalesced, the leading one and what followed it.
    expect(presence.length).toBeLessThanOrEqual(3);
    expect(presence.length).toBeGreaterThanOrEqual(1);
    // Applied in arrival order with the client's rule, no event leaves a gap (no re-fetch), and
    // the watcher ends at the meeting's version.
    let known = from;
    for (const e of seen) {
      expect(e.meetingVersion).toBeGreaterThan(known);
      expect(e.sinceVersion ?? e.meetingVersion - 1).toBeLessThanOrEqual(known);
      known = e.meetingVersion;
    }
    const live = (await t.http.get(`/api/meetings/${meetingId}/live`).expect(200)).body;
    expect(known).toBe(live.meeting.version);
  });
});
