import { randomUUID } from 'node:crypto';
import { applyTally, type Choice, type VoteSnapshot } from '@plenary/shared';
import { nextEvent, until } from '../support/wait';
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

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

describe('a whole plenary through the public API and sockets', () => {
  let t: TestApp;
  let secretariat: string;
  let president: string;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('161 delegations vote on a two-thirds question; the outcome, the database and a watcher agree', async () => {
    const timings: Record<string, number> = {};
    let t0 = performance.now();
    const meeting = await setUpMeeting(t, secretariat);
    const all = (await delegations(t, meeting.id)).filter((d) => d.standing === 'participant');
    expect(all).toHaveLength(161);

    // Every delegation signs in on its own device and connects.
    const tokens = await Promise.all(all.map((d) => signInDelegation(t, secretariat, d.id)));
    sockets.push(...(await Promise.all(tokens.map((tok) => connect(t, tok)))));
    timings.signInAndConnect161 = performance.now() - t0;

    const watcher = await connect(t);
    sockets.push(watcher);
    const seen: VoteSnapshot[] = [];
    // A watcher applies each compact tally to the snapshot it holds, as the board does.
    watcher.on('vote.opened', ({ vote }) => seen.push(vote));
    watcher.on('vote.tallied', ({ tally }) => seen.push(applyTally(seen.at(-1)!, tally)));
    watcher.on('vote.closed', ({ vote }) => seen.push(vote));
    const initial = await watch(watcher, meeting.id);
    expect(initial.ok).toBe(true);

    // Presence reaches quorum: 150 checked in (opening needs 54, decisions 81 of 161).
    await checkIn(
      t,
      secretariat,
      all.slice(0, 150).map((d) => d.id),
    );
    const quorum = (await t.http.get(`/api/meetings/${meeting.id}/quorum`).expect(200)).body;
    expect(quorum).toMatchObject({ parties: 161, participants: 161, present: 150 });
    expect(quorum.decision).toMatchObject({ required: 81, met: true });
    await t.http
      .post(`/api/meetings/${meeting.id}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);

    const question = (
      await t.http
        .post(`/api/meetings/${meeting.id}/questions`)
        .set(bearer(president))
        .send({
          text: 'Adopt the draft decision on the Committee on Cooperative Compliance',
          matter: 'other-substance',
        })
        .expect(201)
    ).body;
    expect(question.rule).toBe('two-thirds-present-voting');
    const opened = (
      await t.http
        .post(`/api/questions/${question.id}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body;
    expect(opened.eligible).toHaveLength(161);

    // Planned final choices: 100 yes, 49 no, 12 abstain. Every 7th first votes otherwise, then
    // changes; every 5th retries its last cast with the same operation id.
    const finalChoice = (i: number): Choice => (i < 100 ? 'yes' : i < 149 ? 'no' : 'abstain');
    const latencies: number[] = [];
    t0 = performance.now();
    await Promise.all(
      sockets.slice(0, 161).map(async (s, i) => {
        const choice = finalChoice(i);
        if (i % 7 === 0) {
          const first = await castOverSocket(s, opened.id, choice === 'yes' ? 'no' : 'yes');
          expect(first.ok).toBe(true);
        }
        const opId = randomUUID();
        const c0 = performance.now();
        const ack = await castOverSocket(s, opened.id, choice, opId);
        latencies.push(performance.now() - c0);
        expect(ack).toMatchObject({ ok: true, data: { choice, replayed: false } });
        if (i % 5 === 0) {
          const again = await castOverSocket(s, opened.id, choice, opId);
          expect(again).toMatchObject({ ok: true, data: { choice, replayed: true } });
          if (again.ok && ack.ok) expect(again.data.revision).toBe(ack.data.revision);
        }
      }),
    );
    timings.castBurst161 = performance.now() - t0;
    timings.ackP50 = pct(latencies, 50);
    timings.ackP95 = pct(latencies, 95);
    timings.ackP99 = pct(latencies, 99);

    // Casting registered the presence of the 11 who were not checked in.
    expect((await t.http.get(`/api/meetings/${meeting.id}/quorum`)).body.present).toBe(161);

    // The coalesced tallies end on the current state: the watcher comes to show every final
    // vote (the President closes after that here; a close within the interval would cancel the
    // trailing tally, and vote.closed carry the final state instead).
    const finalVotes = Object.fromEntries(all.map((d, i) => [d.stateIso3!, finalChoice(i)]));
    await until('the watcher showing every final vote', () => {
      const last = seen.at(-1);
      const votes = last?.status === 'open' ? (last.votes ?? {}) : null;
      return (
        votes !== null &&
        Object.keys(votes).length === all.length &&
        all.every((d) => votes[d.stateIso3!] === finalVotes[d.stateIso3!])
      );
    });
    const closeSeen = nextEvent(watcher, 'vote.closed', (p) => p.vote.id === opened.id, 30_000);
    t0 = performance.now();
    const closed = (
      await t.http.post(`/api/votes/${opened.id}/close`).set(bearer(president)).send({}).expect(200)
    ).body;
    timings.close = performance.now() - t0;
    expect(closed.vote.result).toMatchObject({
      outcome: 'adopted',
      yes: 100,
      no: 49,
      abstain: 12,
      presentAndVoting: 149,
      required: 100,
      presentAtClose: 161,
    });
    expect(closed.vote.result.explanation).toMatch(
      /Adopted: 100 yes of 149 present and voting; two-thirds requires 100/,
    );
    expect(closed.question.status).toBe('adopted');

    // The database holds exactly one ballot per delegation, with the final choices.
    const rows = await t.db.dataSource.query<{ choice: Choice; n: number }[]>(
      'SELECT choice, count(*)::int AS n FROM ballots WHERE vote_id = $1 GROUP BY choice ORDER BY choice',
      [opened.id],
    );
    expect(Object.fromEntries(rows.map((r) => [r.choice, r.n]))).toEqual({ yes: 100, no: 49, abstain: 12 });
    const perState = closed.vote.votes as Record<string, Choice>;
    all.forEach((d, i) => expect(perState[d.stateIso3!]).toBe(finalChoice(i)));

    // What the watcher saw last is the closed vote, identical to the API's.
    await closeSeen;
    const last = seen.at(-1)!;
    expect(last.status).toBe('closed');
    expect(last.counts).toEqual(closed.vote.counts);
    // The last tally before the close, applied to the snapshot, shows every State's final vote.
    const lastOpen = seen.filter((v) => v.status === 'open').at(-1)!;
    expect(lastOpen.votes).toEqual(closed.vote.votes);
    expect(last.result).toEqual(closed.vote.result);
    expect(Math.max(...seen.map((v) => v.version))).toBe(last.version);

    // Nothing changes after the close.
    const late = await castOverSocket(sockets[0], opened.id, 'no');
    expect(late).toMatchObject({ ok: false, error: { code: 'VOTE_CLOSED' } });
    const record = (await t.http.get(`/api/meetings/${meeting.id}/record?kind=decision.vote`).expect(200))
      .body;
    expect(record).toHaveLength(1);
    expect(record[0].data.result.yes).toBe(100);

    console.log(
      `plenary e2e timings (ms): ${Object.entries(timings)
        .map(([k, v]) => `${k}=${v.toFixed(1)}`)
        .join(' ')}`,
    );
  });
});
