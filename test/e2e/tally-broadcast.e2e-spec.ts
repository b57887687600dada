import type { VoteTally } from '@plenary/shared';
import { until } from '../support/wait';
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

describe('tallies sent in slices to a large room', () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    // Slices of 2 sockets, so 7 watchers take four slices.
    t = await startTestApp({
      clock: new FixedClock(new Date('2026-03-02T09:00:00Z')),
      env: { PLENARY_BROADCAST_SLICE: '2' },
    });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('reaches every watcher, each in version order, with the final tally last', async () => {
    const secretariat = await staffToken(t, 'secretariat');
    const president = await staffToken(t, 'president');
    const meetingId = (await setUpMeeting(t, secretariat)).id;
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
    ).body;

    const watchers = await Promise.all(Array.from({ length: 7 }, () => connect(t)));
    sockets.push(...watchers);
    const received: VoteTally[][] = watchers.map(() => []);
    watchers.forEach((w, i) => w.on('vote.tallied', ({ tally }) => received[i].push(tally)));
    await Promise.all(watchers.map((w) => watch(w, meetingId)));

    const voters = await Promise.all(
      all.slice(0, 12).map(async (d) => connect(t, await signInDelegation(t, secretariat, d.id))),
    );
    sockets.push(...voters);
    for (const [i, v] of voters.entries())
      expect((await castOverSocket(v, vote.id, i % 3 === 0 ? 'no' : 'yes')).ok).toBe(true);

    const final = (await t.http.get(`/api/votes/${vote.id}`).expect(200)).body;
    await until('every watcher holds the final tally', () =>
      received.every((tallies) => tallies.at(-1)?.version === final.version),
    );
    for (const tallies of received) {
      expect(tallies.length).toBeGreaterThan(0);
      const versions = tallies.map((x) => x.version);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(tallies.at(-1)).toMatchObject({ version: final.version, counts: final.counts });
    }
  });
});
