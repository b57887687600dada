import { randomUUID } from 'node:crypto';
import type { ElectionView } from '@plenary/shared';
import { ElectionBallotBox } from '../../server/src/modules/election/election-ballot-box';
import { SEALED_BYTES } from '../../server/src/modules/vote/ballot-sealer';
import { FixedClock, staffToken, startTestApp, type TestApp } from '../support/app';
import { bearer, checkInAndOpen, delegations, setUpMeeting, signInDelegation } from '../support/plenary';
import { type Diff, TableReader, hex } from '../support/table-reader';

/**
 * ADR 0008 for elections: a reader polling every table during a round learns who has voted,
 * never how; the count opens and erases every sealed ballot; nothing links a State to its marks
 * after; every acknowledged ballot is counted once.
 */
describe('an election round is unreadable in the database while open, unrecoverable after, counted once', () => {
  let t: TestApp;
  let reader: TableReader;
  let president: string;
  let e: ElectionView;
  let roundId: string;
  let cands: string[];
  /** What each voter marked, by delegation id. */
  const cast = new Map<string, string[]>();
  /** The reader's round in which each State's participation first appeared, when alone in it. */
  const alone = new Map<string, Diff>();
  let sealedDuringRound: { delegationId: string; sealed: Buffer }[] = [];
  let wrappedDuringRound: Buffer[] = [];
  let firstOpId = '';
  let firstToken: string;

  /** Ballots of every kind: one or two names (valid), none (blank), three (spoilt: two places). */
  const marksOf = (i: number): string[] => {
    const [a, b, c, d] = cands;
    return [[a], [b], [a, b], [c], [], [a, b, c], [d], [b, d], [a]][i % 9];
  };

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    const secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    const meetingId = (await setUpMeeting(t, secretariat)).id;
    const all = (await delegations(t, meetingId)).filter((d) => d.standing === 'participant');
    await checkInAndOpen(
      t,
      { secretariat, president },
      meetingId,
      all.slice(0, 100).map((d) => d.id),
    );
    // The candidates are States that do not vote here: a voter's own row never names one.
    cands = all.slice(150, 154).map((d) => d.stateIso3!);
    e = (
      await t.http
        .post(`/api/meetings/${meetingId}/elections`)
        .set(bearer(president))
        .send({
          title: 'Election of two members of the Committee on Victim Assistance',
          places: 2,
          candidates: cands.map((state) => ({ state })),
        })
        .expect(201)
    ).body;
    // 30 ballots, 5 of them from States not checked in (their ballot registers presence).
    const voters = [...all.slice(0, 25), ...all.slice(130, 135)];
    const tokens = await Promise.all(voters.map((d) => signInDelegation(t, secretariat, d.id)));
    reader = new TableReader(t.db.superuserUrl);
    await reader.start();
    const opened = (
      await t.http.post(`/api/elections/${e.id}/rounds`).set(bearer(president)).send({ round: 1 }).expect(201)
    ).body as ElectionView;
    roundId = opened.rounds[0].id;
    const send = (i: number, opId: string = randomUUID()) =>
      t.http
        .post(`/api/elections/${e.id}/ballots`)
        .set(bearer(tokens[i]))
        .send({ round: 1, marks: marksOf(i), opId })
        .expect(200)
        .then((r) => {
          if (!r.body.replayed) cast.set(voters[i].id, marksOf(i));
          return r.body as { replayed: boolean };
        });
    // The first 15 one at a time, the reader completing whole rounds between two ballots (the
    // best case for linking by difference); then 15 at once.
    await reader.wholeRoundAfter('the opening');
    firstOpId = randomUUID();
    firstToken = tokens[0];
    for (let i = 0; i < 15; i++) {
      await send(i, i === 0 ? firstOpId : undefined);
      // After the acknowledgement (wholeRoundAfter): counted from before the send, a slow send let
      // the next ballot share the round that first saw this one.
      await reader.wholeRoundAfter('the ballot');
    }
    await Promise.all(voters.slice(15).map((_, k) => send(15 + k)));
    // A retry of an acknowledged ballot while the round is open: answered, not counted again.
    expect(await send(0, firstOpId)).toMatchObject({ replayed: true });
    await reader.wholeRoundAfter('the last ballot');
    for (const d of reader.diffs) {
      const mine = d.added.filter((a) => a.table === 'election_participation' && a.row.round_id === roundId);
      if (mine.length === 1) alone.set(mine[0].row.delegation_id!, d);
    }
    sealedDuringRound = reader
      .rows('election_participation')
      .filter((p) => p.round_id === roundId)
      .map((p) => ({ delegationId: p.delegation_id!, sealed: hex(p.sealed_ballot!) }));
    wrappedDuringRound = reader
      .rows('election_round_keys')
      .filter((k) => k.round_id === roundId)
      .map((k) => hex(k.wrapped_key!));
  });
  afterAll(async () => {
    await reader?.stop();
    await t?.close();
  });

  it('saw each of the first 15 ballots alone in a round of its own', () => {
    expect(reader.rounds).toBeGreaterThan(30);
    expect(cast.size).toBe(30);
    expect(alone.size).toBeGreaterThanOrEqual(15);
  });

  it('read nothing that moves with the marks: only participation changes when a State votes', () => {
    // No box of totals exists any more.
    expect(reader.seen.has('election_boxes.#xmin')).toBe(false);
    const changed = new Set<string>();
    const named: string[] = [];
    for (const [delegationId, d] of alone)
      for (const { table, row } of [...d.added, ...d.removed]) {
        changed.add(table);
        // No value written with a ballot names a candidate (the candidates do not vote here).
        for (const [col, v] of Object.entries(row))
          if (v !== null && cands.some((c) => v.includes(c))) named.push(`${delegationId}: ${table}.${col}`);
      }
    const participation = ['election_participation', 'election_cast_ops', 'delegations', 'meetings'];
    expect([...changed].filter((x) => !participation.includes(x))).toEqual([]);
    expect(named).toEqual([]);
    // The round's key row was written once, by the opening, and never since; the round row
    // itself did not move during the round either.
    expect(reader.seen.get('election_round_keys.#xmin')?.size).toBe(1);
    const roundVersions = new Set(
      reader.diffs.flatMap((d) =>
        d.added
          .filter((a) => a.table === 'election_rounds' && a.row.id === roundId)
          .map((a) => a.row['#xmin']),
      ),
    );
    expect(roundVersions.size).toBe(1);
  });

  it('links no State to its marks by transaction id', () => {
    const xmins = new Map(
      reader
        .rows('election_participation')
        .filter((p) => p.round_id === roundId)
        .map((p) => [p['#xmin'], p.delegation_id]),
    );
    const pairs: string[] = [];
    for (const table of ['election_round_keys', 'election_rounds', 'elections'])
      for (const row of reader.rows(table))
        if (xmins.has(row['#xmin'])) pairs.push(`${xmins.get(row['#xmin'])} by xmin in ${table}`);
    expect(pairs).toEqual([]);
  });

  it('holds each ballot sealed: one length, all different, and no bytes in the database open them', () => {
    expect(sealedDuringRound).toHaveLength(30);
    expect(new Set(sealedDuringRound.map((b) => b.sealed.length))).toEqual(new Set([SEALED_BYTES]));
    expect(new Set(sealedDuringRound.map((b) => b.sealed.toString('hex'))).size).toBe(30);
    expect(wrappedDuringRound).toHaveLength(1);
    // Every 32 bytes the reader ever saw (any bytea, every slice of it, any text decoding to 32
    // bytes) tried as the round's key: none opens a ballot.
    const keys: Buffer[] = [];
    for (const values of reader.seen.values())
      for (const v of values) {
        if (v.startsWith('\\x')) {
          const raw = hex(v);
          for (let k = 0; k + 32 <= raw.length; k++) keys.push(raw.subarray(k, k + 32));
        }
        for (const raw of [Buffer.from(v, 'base64'), Buffer.from(v, 'hex'), Buffer.from(v, 'utf8')])
          if (raw.length === 32) keys.push(raw);
      }
    const box = t.app.get(ElectionBallotBox);
    const round = e.next.step === 'ballot' ? e.next.round : null;
    const b = sealedDuringRound[0];
    const opened = keys.filter((key) => {
      try {
        box.openBallot(key, round!, roundId, b.delegationId, b.sealed);
        return true;
      } catch {
        return false;
      }
    });
    expect(keys.length).toBeGreaterThan(1000);
    expect(opened).toEqual([]);
  });

  it('counts every acknowledged ballot once, then keeps no key and no sealed value: nothing links after', async () => {
    const counted = (await t.http.post(`/api/elections/${e.id}/count`).set(bearer(president)).expect(200))
      .body as ElectionView;
    // What was cast, counted by hand: two places, so three names spoil a ballot.
    const votes = Object.fromEntries(cands.map((c) => [c, 0]));
    let blank = 0;
    let invalid = 0;
    let presentAndVoting = 0;
    for (const marks of cast.values()) {
      if (marks.length === 0) blank++;
      else if (marks.length > 2) invalid++;
      else {
        presentAndVoting++;
        for (const m of marks) votes[m]++;
      }
    }
    expect(counted.rounds[0]).toMatchObject({
      voted: 30,
      count: { cast: 30, blank, invalid, presentAndVoting, votes },
    });
    expect(blank).toBeGreaterThan(0);
    expect(invalid).toBeGreaterThan(0);
    const q = <R>(sql: string) => t.db.dataSource.query<R[]>(sql, [roundId]);
    expect(await q('SELECT 1 FROM election_round_keys WHERE round_id = $1')).toEqual([]);
    expect(
      await q('SELECT 1 FROM election_participation WHERE round_id = $1 AND sealed_ballot IS NOT NULL'),
    ).toEqual([]);
    // No bytes of the key or of any sealed ballot remain readable anywhere in the tables.
    await reader.wholeRoundAfter('the count');
    const now = new Set<string>();
    for (const table of new Set([...reader.seen.keys()].map((k) => k.split('.')[0])))
      for (const row of reader.rows(table)) for (const v of Object.values(row)) if (v) now.add(v);
    for (const b of [...sealedDuringRound.map((s) => s.sealed), ...wrappedDuringRound])
      expect(now.has(`\\x${b.toString('hex')}`)).toBe(false);
    // The server itself can no longer obtain the key (a counted round is given none).
    expect(await t.app.get(ElectionBallotBox).keyFor(roundId)).toBeNull();
    // What remains per State: who voted, and the operation ids, with nothing else in their rows.
    const participation = await q<Record<string, unknown>>(
      'SELECT * FROM election_participation WHERE round_id = $1',
    );
    expect(participation).toHaveLength(30);
    for (const p of participation)
      expect(p).toEqual({ round_id: roundId, delegation_id: expect.any(String), sealed_ballot: null });
    const ops = await q<Record<string, unknown>>('SELECT * FROM election_cast_ops WHERE round_id = $1');
    expect(ops).toHaveLength(30);
    expect(Object.keys(ops[0]).sort()).toEqual(['delegation_id', 'op_id', 'round_id']);
    // The only count is the round's whole tally, on the round's row, written by the count's
    // transaction, which also erased every sealed value: every State's row carries that same
    // transaction id, so neither xmin nor order pairs a State with anything narrower than the tally.
    const xmins = await q<{ round: string; participation: string[] }>(
      `SELECT r.xmin::text AS round, array_agg(DISTINCT p.xmin::text) AS participation
         FROM election_rounds r JOIN election_participation p ON p.round_id = r.id
        WHERE r.id = $1 GROUP BY r.xmin::text`,
    );
    expect(xmins).toEqual([{ round: xmins[0].round, participation: [xmins[0].round] }]);
    // A retry after the count gets its answer and changes nothing.
    const retry = await t.http
      .post(`/api/elections/${e.id}/ballots`)
      .set(bearer(firstToken))
      .send({ round: 1, marks: marksOf(0), opId: firstOpId })
      .expect(200);
    expect(retry.body).toMatchObject({ replayed: true });
    const record = (
      await t.http.get(`/api/meetings/${e.meetingId}/record?kind=election.round.counted`).expect(200)
    ).body as { data: Record<string, unknown> }[];
    expect(record).toHaveLength(1);
    // The record keeps the totals, never a State beside its marks.
    for (const id of cast.keys()) expect(JSON.stringify(record[0].data)).not.toContain(id);
  });
});
