import { createHash, randomUUID } from 'node:crypto';
import type { Ack, ElectionCastResult, ElectionView, OfficeholdersView } from '@plenary/shared';
import { FixedClock, staffToken, startTestApp, type TestApp } from '../support/app';
import {
  bearer,
  checkIn,
  connect,
  delegations,
  setUpMeeting,
  signInDelegation,
  watch,
  type ClientSocket,
} from '../support/plenary';
import { nextEvent } from '../support/wait';

const D = '2026-03-02';

function castBallot(
  socket: ClientSocket,
  electionId: string,
  round: number,
  marks: string[],
  opId: string = randomUUID(),
): Promise<Ack<ElectionCastResult>> {
  return socket.timeout(10000).emitWithAck('election.cast', { electionId, round, marks, opId });
}

/** Resolves when the server disconnects the socket; rejects after 10 s. */
function disconnected(socket: ClientSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the socket was not disconnected within 10 s')), 10000);
    socket.once('disconnect', (why) => {
      clearTimeout(timer);
      resolve(why);
    });
  });
}

/** The lot as anyone can reproduce it from the record: SHA-256 of seed:candidate, ascending. */
const byLot = (seed: string, tied: string[]) =>
  [...tied].sort((a, b) => {
    const ka = createHash('sha256').update(`${seed}:${a}`, 'utf8').digest('hex');
    const kb = createHash('sha256').update(`${seed}:${b}`, 'utf8').digest('hex');
    return ka < kb ? -1 : 1;
  });

describe('elections in rounds with 161 delegations over the socket (DOMAIN.md §8, issue 12)', () => {
  let t: TestApp;
  let secretariat: string;
  let president: string;
  let meetingId: string;
  let all: { id: string; stateIso3: string | null; name: string }[];
  let pads: ClientSocket[];
  let tokens: string[];
  const sockets: ClientSocket[] = [];
  let watcher: ClientSocket;

  const post = (path: string, body: unknown = {}, token = president) =>
    t.http
      .post(path)
      .set(bearer(token))
      .send(body as object);
  const view = async (id: string): Promise<ElectionView> =>
    (await t.http.get(`/api/elections/${id}`).expect(200)).body;

  /** Casts in parallel: ballots[i] is the marks of pads[i] (undefined: that delegation does not vote). */
  async function castAll(electionId: string, round: number, ballots: (string[] | undefined)[]) {
    const acks = await Promise.all(
      ballots.map((marks, i) =>
        marks ? castBallot(pads[i], electionId, round, marks) : Promise.resolve(null),
      ),
    );
    const failed = acks.filter((a) => a && !a.ok);
    expect(failed).toEqual([]);
  }

  /** n ballots of each kind, in order, starting at pad `from`. */
  const spread = (groups: [count: number, marks: string[]][]): string[][] =>
    groups.flatMap(([n, marks]) => Array.from({ length: n }, () => marks));

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date(`${D}T09:00:00Z`)) });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    meetingId = (await setUpMeeting(t, secretariat)).id;
    all = (await delegations(t, meetingId)).filter(
      (d) => (d as { standing: string }).standing === 'participant',
    );
    expect(all).toHaveLength(161);
    tokens = await Promise.all(all.map((d) => signInDelegation(t, secretariat, d.id)));
    pads = await Promise.all(tokens.map((tok) => connect(t, tok)));
    sockets.push(...pads);
    watcher = await connect(t);
    sockets.push(watcher);
    expect((await watch(watcher, meetingId)).ok).toBe(true);
    // 150 checked in; the others register their presence by casting.
    await checkIn(
      t,
      secretariat,
      all.slice(0, 150).map((d) => d.id),
    );
    await post(`/api/meetings/${meetingId}/status`, { action: 'open' }).expect(201);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('elects a President: a free first ballot, a tie at the cut settled by a recorded lot, a restricted ballot won by the majority', async () => {
    const [a, b, c] = [all[10], all[20], all[30]].map((d) => d.stateIso3!);
    const A = `P-${a}`;
    const B = `P-${b}`;
    const C = `P-${c}`;
    const created = await post(`/api/meetings/${meetingId}/elections`, {
      title: 'Election of the President of the Twenty-Third Meeting',
      places: 1,
      candidates: [
        { state: a, person: 'Ambassador Ana Alves' },
        { state: b, person: 'Ambassador Bo Berg' },
        { state: c, person: 'Ambassador Chen Cai' },
      ],
      office: { kind: 'president' },
      termFrom: D,
      termUntil: '2027-01-01',
    }).expect(201);
    const e = created.body as ElectionView;
    expect(e.next).toMatchObject({
      step: 'ballot',
      round: { number: 1, kind: 'first', candidates: [A, B, C] },
    });

    // The President confirms the round the rules call for, and no other.
    expect((await post(`/api/elections/${e.id}/rounds`, { round: 2 }).expect(409)).body).toMatchObject({
      code: 'CONFLICT',
      field: 'round',
    });
    const announced = nextEvent(watcher, 'election.updated', (p) => p.election.openRound === 1);
    await post(`/api/elections/${e.id}/rounds`, { round: 1 }).expect(201);
    expect((await announced).election.rounds[0]).toMatchObject({ status: 'open', eligible: 161, voted: 0 });

    // A name not on the ballot is refused at casting; too many names spoils the ballot (counted invalid).
    const refused = await castBallot(pads[0], e.id, 1, ['ZZZ']);
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_ON_BALLOT', field: 'marks' } });

    // 155 ballots: A 70, B 40, C 40, 3 blank, 2 spoilt. B and C tie at the cut of the restricted list.
    const voted = nextEvent(watcher, 'election.voted', (p) => p.voted === 155);
    await castAll(
      e.id,
      1,
      spread([
        [70, [A]],
        [40, [B]],
        [40, [C]],
        [3, []],
        [2, [A, B]],
      ]),
    );
    await voted;
    const counted = (await post(`/api/elections/${e.id}/count`).expect(200)).body as ElectionView;
    expect(counted.rounds[0].count).toMatchObject({
      cast: 155,
      valid: 153,
      invalid: 2,
      blank: 3,
      presentAndVoting: 150,
      requiredMajority: 76,
      votes: { [A]: 70, [B]: 40, [C]: 40 },
      elected: [],
    });
    expect(counted.next).toMatchObject({
      step: 'lot',
      lot: { purpose: 'restricted-list', afterRound: 1, tied: [B, C], slots: 1 },
    });
    // A ballot after the count is refused; nothing can open before the lot.
    expect(await castBallot(pads[160], e.id, 1, [A])).toMatchObject({
      ok: false,
      error: { code: 'VOTE_CLOSED' },
    });
    expect((await post(`/api/elections/${e.id}/rounds`, { round: 2 }).expect(422)).body.code).toBe(
      'LOT_PENDING',
    );

    const drawn = (await post(`/api/elections/${e.id}/lot`).expect(200)).body as ElectionView;
    const lot = drawn.rounds[0].lot!;
    expect(lot.seed).toMatch(/^[0-9a-f]{64}$/);
    const winner = byLot(lot.seed, [B, C])[0];
    expect(lot.drawn).toEqual([winner]);
    const record = (await t.http.get(`/api/meetings/${meetingId}/record`).expect(200)).body as {
      kind: string;
      data: { seed?: string };
    }[];
    expect(record.find((r) => r.kind === 'election.lot')?.data.seed).toBe(lot.seed);
    expect(drawn.next).toMatchObject({
      step: 'ballot',
      round: { number: 2, kind: 'restricted', candidates: [A, B, C].filter((x) => x === A || x === winner) },
    });

    // Round 2, restricted: A 90, the other 60, 5 blank: A has the majority (76 of 150).
    await post(`/api/elections/${e.id}/rounds`, { round: 2 }).expect(201);
    const loser = [B, C].find((x) => x !== winner)!;
    expect(await castBallot(pads[0], e.id, 2, [loser])).toMatchObject({
      ok: false,
      error: { code: 'NOT_ON_BALLOT' },
    });
    await castAll(
      e.id,
      2,
      spread([
        [90, [A]],
        [60, [winner]],
        [5, []],
      ]),
    );
    const done = (await post(`/api/elections/${e.id}/count`).expect(200)).body as ElectionView;
    expect(done.rounds[1].count).toMatchObject({
      presentAndVoting: 150,
      requiredMajority: 76,
      blank: 5,
      votes: { [A]: 90, [winner]: 60 },
    });
    expect(done).toMatchObject({
      status: 'complete',
      elected: [{ candidateId: A, round: 2, by: 'majority', votes: 90 }],
      next: { step: 'done', unfilled: 0 },
      termsRefusal: null,
    });
    // Nothing more: the election is complete.
    expect((await post(`/api/elections/${e.id}/rounds`, { round: 3 }).expect(422)).body.code).toBe(
      'ELECTION_COMPLETE',
    );

    // The elected feed the register of officeholders.
    const on = (await t.http.get('/api/officeholders').query({ on: D }).expect(200))
      .body as OfficeholdersView;
    expect(on.president).toMatchObject({
      office: { kind: 'president' },
      holder: { state: a, person: 'Ambassador Ana Alves' },
      from: D,
      until: '2027-01-01',
      electionId: e.id,
    });
    // The day before: the President of the last meeting in the seeded history, succeeded on D.
    const before = (await t.http.get('/api/officeholders').query({ on: '2026-03-01' }).expect(200)).body;
    expect(before.president).toMatchObject({ holder: { state: 'JPN' }, from: '2025-12-01', until: D });

    // Counted rounds keep who voted and the round's tally; no key and no sealed ballot remain
    // (ADR 0008), and the database itself refuses any change to a counted round's ballots.
    const rounds = await t.db.dataSource.query<{ id: string }[]>(
      'SELECT id FROM election_rounds WHERE election_id = $1 ORDER BY number',
      [e.id],
    );
    for (const r of rounds) {
      expect(
        await t.db.dataSource.query(
          `SELECT 1 FROM election_round_keys WHERE round_id = $1
           UNION ALL SELECT 1 FROM election_participation WHERE round_id = $1 AND sealed_ballot IS NOT NULL`,
          [r.id],
        ),
      ).toEqual([]);
    }
    await expect(
      t.db.dataSource.query('UPDATE election_participation SET sealed_ballot = $2 WHERE round_id = $1', [
        rounds[0].id,
        Buffer.alloc(93),
      ]),
    ).rejects.toThrow(/counted/);
  });

  it('elects two committee members: one on the first ballot, the second on a restricted ballot; the committee is in the register', async () => {
    const states = [all[40], all[50], all[60], all[70]].map((d) => d.stateIso3!);
    const [s1, s2, s3, s4] = states;
    const e = (
      await post(`/api/meetings/${meetingId}/elections`, {
        title: 'Election of two members of the Committee on Article 5 Implementation',
        places: 2,
        candidates: states.map((state) => ({ state })),
        office: { kind: 'committee-member', committee: 'article-5-implementation' },
        termFrom: D,
      }).expect(201)
    ).body as ElectionView;
    await post(`/api/elections/${e.id}/rounds`, { round: 1 }).expect(201);
    // Ballots name up to two: s1 is on 80 + 20 ballots (100 of 150), s2 on 20 + 20 = 40, s3 20 + 18 = 38, s4 12.
    await castAll(
      e.id,
      1,
      spread([
        [80, [s1]],
        [20, [s1, s2]],
        [20, [s2, s3]],
        [18, [s3]],
        [12, [s4]],
      ]),
    );
    const first = (await post(`/api/elections/${e.id}/count`).expect(200)).body as ElectionView;
    expect(first.rounds[0].count).toMatchObject({
      presentAndVoting: 150,
      requiredMajority: 76,
      votes: { [s1]: 100, [s2]: 40, [s3]: 38, [s4]: 12 },
      elected: [{ candidateId: s1, by: 'majority', votes: 100 }],
    });
    // One place left: restricted to at most twice that, the two best placed.
    expect(first.next).toMatchObject({
      step: 'ballot',
      round: { number: 2, kind: 'restricted', candidates: [s2, s3], placesLeft: 1 },
    });
    await post(`/api/elections/${e.id}/rounds`, { round: 2 }).expect(201);
    await castAll(
      e.id,
      2,
      spread([
        [80, [s2]],
        [70, [s3]],
        [1, [s2, s3]],
      ]),
    );
    const done = (await post(`/api/elections/${e.id}/count`).expect(200)).body as ElectionView;
    expect(done.rounds[1].count).toMatchObject({ presentAndVoting: 150, invalid: 1, requiredMajority: 76 });
    expect(done.elected.map((x) => x.candidateId)).toEqual([s1, s2]);
    const on = (await t.http.get('/api/officeholders').query({ on: D }).expect(200))
      .body as OfficeholdersView;
    const art5 = on.committees.find((c) => c.committee === 'article-5-implementation')!;
    expect(art5.members.map((m) => [m.holder.state, m.until])).toEqual(
      [s1, s2].sort().map((s) => [s, '2028-03-02']),
    );
  });

  it('keeps why the register refused an election’s terms as data: an elected President whose term overlaps one entered meanwhile', async () => {
    const state = all[40].stateIso3!;
    const created = (
      await post(`/api/meetings/${meetingId}/elections`, {
        title: 'Election of the President (acclamation, overlapping term)',
        places: 1,
        candidates: [{ state, person: 'Ambassador Dee Dale' }],
        office: { kind: 'president' },
        termFrom: D,
        termUntil: '2027-01-01',
      }).expect(201)
    ).body as ElectionView;
    // The first test's President already holds the office from D: the register refuses the term.
    const done = (await post(`/api/elections/${created.id}/acclamation`, {}).expect(200))
      .body as ElectionView;
    expect(done.status).toBe('complete');
    expect(done.termsRefusal).toMatchObject({ code: 'TERM_OVERLAP' });
    expect(done.termsRefusal?.message).toMatch(/overlap/i);
    const again = (await t.http.get(`/api/elections/${created.id}`).expect(200)).body as ElectionView;
    expect(again.termsRefusal).toEqual(done.termsRefusal);
  });

  it('counts a ballot once under duplicate operation ids, answers retries after the count, refuses a second ballot', async () => {
    const [x, y] = [all[80], all[90]].map((d) => d.stateIso3!);
    const e = (
      await post(`/api/meetings/${meetingId}/elections`, {
        title: 'Election of a Vice-President',
        places: 1,
        candidates: [{ state: x }, { state: y }],
      }).expect(201)
    ).body as ElectionView;
    await post(`/api/elections/${e.id}/rounds`, { round: 1 }).expect(201);
    const opId = randomUUID();
    // The same op id five times at once from one pad, and once over HTTP.
    const copies = await Promise.all(
      Array.from({ length: 5 }, () => castBallot(pads[3], e.id, 1, [x], opId)),
    );
    expect(copies.every((c) => c.ok)).toBe(true);
    expect(copies.filter((c) => c.ok && !c.data.replayed)).toHaveLength(1);
    // Another op id from the same delegation: a secret ballot is cast once.
    expect(await castBallot(pads[3], e.id, 1, [y])).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_VOTED' },
    });
    // Two op ids racing for one delegation: one applies, the other is refused; never two.
    const race = await Promise.all([castBallot(pads[4], e.id, 1, [x]), castBallot(pads[4], e.id, 1, [y])]);
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(race.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'ALREADY_VOTED' } });
    const counted = (await post(`/api/elections/${e.id}/count`).expect(200)).body as ElectionView;
    expect(counted.rounds[0]).toMatchObject({ voted: 2, count: { presentAndVoting: 2 } });
    expect(counted.rounds[0].count!.votes[x] + counted.rounds[0].count!.votes[y]).toBe(2);
    expect(counted.rounds[0].count!.votes[x]).toBeGreaterThanOrEqual(1);
    // A retry after the count gets its result, and changes nothing.
    expect(await castBallot(pads[3], e.id, 1, [x], opId)).toMatchObject({
      ok: true,
      data: { replayed: true },
    });
    // The op id is the delegation's own: reused by another delegation it is refused.
    expect(await castBallot(pads[5], e.id, 1, [x], opId)).toMatchObject({
      ok: false,
      error: { code: 'OP_ID_REUSED' },
    });
    expect((await view(e.id)).rounds[0]).toMatchObject({ voted: 2, count: { presentAndVoting: 2 } });
  });

  it('refuses observers, and a delegation whose standing is withdrawn mid-election', async () => {
    const [x, y] = [all[100], all[110]].map((d) => d.stateIso3!);
    const e = (
      await post(`/api/meetings/${meetingId}/elections`, {
        title: 'Election of a Vice-President (second)',
        places: 1,
        candidates: [{ state: x }, { state: y }],
      }).expect(201)
    ).body as ElectionView;
    await post(`/api/elections/${e.id}/rounds`, { round: 1 }).expect(201);

    // Staff are not delegations.
    const staff = await connect(t, president);
    sockets.push(staff);
    expect(await castBallot(staff, e.id, 1, [x])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const anonymous = await connect(t);
    sockets.push(anonymous);
    expect(await castBallot(anonymous, e.id, 1, [x])).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    // Credentials withdrawn while the round is open: the pad reconnects as an observer and is refused.
    const k = 120;
    const token = await signInDelegation(t, secretariat, all[k].id);
    const pad = await connect(t, token);
    sockets.push(pad);
    const gone = disconnected(pad);
    await t.http
      .put(`/api/delegations/${all[k].id}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'none' })
      .expect(200);
    expect(await gone).toBe('io server disconnect');
    const asObserver = await connect(t, token);
    sockets.push(asObserver);
    expect(await castBallot(asObserver, e.id, 1, [x])).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Observers do not vote' },
    });
    // Its sign-in revoked: another delegation's pad is refused and disconnected.
    const j = 121;
    const revoked = disconnected(pads[j]);
    await t.http.delete(`/api/delegations/${all[j].id}/sign-in-code`).set(bearer(secretariat)).expect(200);
    await revoked;
    await expect(connect(t, tokens[j])).rejects.toThrow(/UNAUTHENTICATED/);

    // Everyone else votes (x on odd pads, y on even); neither of the two counts.
    await castAll(
      e.id,
      1,
      all.map((_, i) => (i === k || i === j ? undefined : i % 2 ? [x] : [y])),
    );
    const counted = (await post(`/api/elections/${e.id}/count`).expect(200)).body as ElectionView;
    expect(counted.rounds[0]).toMatchObject({ eligible: 161, voted: 159, count: { presentAndVoting: 159 } });
    const ids = await t.db.dataSource.query<{ delegation_id: string }[]>(
      'SELECT delegation_id FROM election_participation WHERE round_id = $1',
      [counted.rounds[0].id],
    );
    expect(ids.map((r) => r.delegation_id)).not.toContain(all[k].id);
    expect(ids.map((r) => r.delegation_id)).not.toContain(all[j].id);
    // x: 80 odd pads less 121; y: 81 even pads less 120. 80 of 159 is the majority.
    expect(counted.rounds[0].count!.votes).toEqual({ [x]: 79, [y]: 80 });
    expect(counted.elected).toMatchObject([{ candidateId: y, votes: 80, by: 'majority' }]);
  });

  it('refuses bad input with clear 4xx', async () => {
    const notParty = (
      (await t.http.get('/api/states').query({ on: D }).expect(200)).body.states as {
        iso3: string;
        status: string;
      }[]
    ).find((s) => s.status !== 'party')!.iso3;
    const bad = await post(`/api/meetings/${meetingId}/elections`, {
      title: 'Election of a Vice-President (third)',
      places: 1,
      candidates: [{ state: notParty }],
    }).expect(422);
    expect(bad.body).toMatchObject({ code: 'NOT_A_PARTY', field: 'candidates.0.state' });
    const twice = await post(`/api/meetings/${meetingId}/elections`, {
      title: 'Election of a Vice-President (third)',
      places: 1,
      candidates: [{ state: all[0].stateIso3 }, { state: all[0].stateIso3 }],
    }).expect(422);
    expect(twice.body.code).toBe('DUPLICATE_CANDIDATE');
    const shape = await post(`/api/meetings/${meetingId}/elections`, { title: 'x', places: 0 }).expect(400);
    expect(shape.body.code).toBe('VALIDATION');
    const overlap = await t.http
      .post('/api/office-terms')
      .set(bearer(secretariat))
      .send({
        terms: [{ office: { kind: 'president' }, holder: { state: all[1].stateIso3 }, from: '2026-06-01' }],
      })
      .expect(422);
    expect(overlap.body.code).toBe('TERM_OVERLAP');
    const vp = await t.http
      .post('/api/office-terms')
      .set(bearer(secretariat))
      .send({
        terms: [
          {
            office: { kind: 'vice-president' },
            holder: { state: all[1].stateIso3 },
            from: D,
            until: '2027-01-01',
          },
          {
            office: { kind: 'vice-president' },
            holder: { state: all[2].stateIso3 },
            from: D,
            until: '2027-01-01',
          },
        ],
      })
      .expect(201);
    expect(vp.body).toHaveLength(2);
    const on = (await t.http.get('/api/officeholders').query({ on: D }).expect(200))
      .body as OfficeholdersView;
    expect(on.vicePresidents.map((v) => v.holder.state).sort()).toEqual(
      [all[1].stateIso3, all[2].stateIso3].sort(),
    );
    await t.http.delete(`/api/office-terms/${vp.body[0].id}`).set(bearer(secretariat)).expect(204);
    expect((await t.http.get('/api/officeholders').query({ on: 'yesterday' }).expect(400)).body.code).toBe(
      'VALIDATION',
    );
  });
});
