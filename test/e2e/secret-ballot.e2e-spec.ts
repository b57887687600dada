import { createHash, randomUUID } from 'node:crypto';
import type { Ack, CastResult, Choice } from '@plenary/shared';
import { FixedClock, staffToken, startTestApp, type TestApp } from '../support/app';
import { startTestNode } from '../support/cluster';
import { createTestDatabase, type TestDatabase } from '../support/db';
import {
  bearer,
  checkIn,
  connect,
  delegations,
  setUpMeeting,
  signInDelegation,
  type ClientSocket,
} from '../support/plenary';
import { until } from '../support/wait';

const CHOICES: Choice[] = ['yes', 'no', 'abstain'];
const choiceOf = (i: number): Choice => CHOICES[(i * 7 + (i >> 2)) % 3];
/** What the record's ballotsDigest covers for a secret ballot: the sorted choices, nothing else. */
const secretDigest = (choices: Choice[]) =>
  createHash('sha256')
    .update([...choices].sort().join('\n'), 'utf8')
    .digest('hex');

interface Linked {
  delegation_id: string;
  yes: number;
  no: number;
  abstain: number;
}

/**
 * The linking queries of issue 9, run as a reader of the tables would run them. Each returns the
 * State and whatever choice storage it manages to pair it with; "unlinkable" means no pairing
 * narrows a State down to less than the whole box.
 */
const LINKING: Record<string, string> = {
  'same transaction id (xmin) as the participation': `
    SELECT b.delegation_id, x.yes, x.no, x.abstain FROM ballots b
      JOIN secret_ballot_boxes x ON x.vote_id = b.vote_id AND x.xmin = b.xmin WHERE b.vote_id = $1`,
  'same transaction id (xmin) as the operation id': `
    SELECT o.delegation_id, x.yes, x.no, x.abstain FROM cast_ops o
      JOIN secret_ballot_boxes x ON x.vote_id = o.vote_id AND x.xmin = o.xmin WHERE o.vote_id = $1`,
  'nearest transaction id': `
    SELECT DISTINCT ON (x.vote_id) b.delegation_id, x.yes, x.no, x.abstain FROM ballots b
      JOIN secret_ballot_boxes x ON x.vote_id = b.vote_id WHERE b.vote_id = $1
     ORDER BY x.vote_id, abs(x.xmin::text::bigint - b.xmin::text::bigint)`,
  'physical order (ctid), k-th participation with k-th choice row': `
    SELECT b.delegation_id, x.yes, x.no, x.abstain
      FROM (SELECT delegation_id, row_number() OVER (ORDER BY ctid) AS k FROM ballots WHERE vote_id = $1) b
      JOIN (SELECT yes, no, abstain, row_number() OVER (ORDER BY ctid) AS k FROM secret_ballot_boxes WHERE vote_id = $1) x
        USING (k)`,
  'revision of the participation': `
    SELECT b.delegation_id, x.yes, x.no, x.abstain FROM ballots b
      JOIN secret_ballot_boxes x ON x.vote_id = b.vote_id
     WHERE b.vote_id = $1 AND b.revision <> 1`,
  'a choice stored beside the State (ballots, cast_ops)': `
    SELECT delegation_id, (choice = 'yes')::int AS yes, (choice = 'no')::int AS no, (choice = 'abstain')::int AS abstain
      FROM ballots WHERE vote_id = $1 AND choice IS NOT NULL
    UNION ALL
    SELECT delegation_id, (choice = 'yes')::int, (choice = 'no')::int, (choice = 'abstain')::int
      FROM cast_ops WHERE vote_id = $1 AND choice IS NOT NULL`,
};

describe('a secret ballot is unlinkable in the database, and counts once across a crash', () => {
  describe('the linking queries', () => {
    let t: TestApp;
    let voteId: string;
    let president: string;
    const cast: { delegationId: string; choice: Choice }[] = [];

    const run = async (sql: string) => t.db.dataSource.query<Linked[]>(sql, [voteId]);
    /** Each pairing a query found, reduced to what it says about the State's choice. */
    async function linkingResults(): Promise<Record<string, string[]>> {
      const out: Record<string, string[]> = {};
      for (const [name, sql] of Object.entries(LINKING)) {
        const rows = await run(sql);
        // A pairing with the whole box says nothing about one State; anything narrower would.
        out[name] = rows
          .filter((r) => r.yes + r.no + r.abstain < cast.length)
          .map((r) => `${r.delegation_id}: yes ${r.yes} no ${r.no} abstain ${r.abstain}`);
      }
      return out;
    }
    const nothingFound = () => Object.fromEntries(Object.keys(LINKING).map((k) => [k, []]));

    beforeAll(async () => {
      t = await startTestApp({ clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
      const secretariat = await staffToken(t, 'secretariat');
      president = await staffToken(t, 'president');
      const meetingId = (await setUpMeeting(t, secretariat)).id;
      const all = (await delegations(t, meetingId)).filter((d) => d.stateIso3);
      await checkIn(
        t,
        secretariat,
        all.slice(0, 100).map((d) => d.id),
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
          .send({ text: 'Elect the President of the Meeting', matter: 'election' })
          .expect(201)
      ).body;
      voteId = (
        await t.http
          .post(`/api/questions/${q.id}/votes`)
          .set(bearer(president))
          .send({ method: 'secret' })
          .expect(201)
      ).body.id;
      // 30 ballots, the first 15 one after another, the other 15 at once; 5 of them from States
      // that were not checked in (their cast registers presence in the same transaction).
      const voters = [...all.slice(0, 25), ...all.slice(130, 135)];
      const tokens = await Promise.all(voters.map((d) => signInDelegation(t, secretariat, d.id)));
      const send = (i: number) =>
        t.http
          .post(`/api/votes/${voteId}/ballots`)
          .set(bearer(tokens[i]))
          .send({ choice: choiceOf(i), opId: randomUUID() })
          .expect(200)
          .then(() => cast.push({ delegationId: voters[i].id, choice: choiceOf(i) }));
      for (let i = 0; i < 15; i++) await send(i);
      await Promise.all(voters.slice(15).map((_, k) => send(15 + k)));
    });
    afterAll(() => t.close());

    it('keeps no choice beside a State, no time, no sequence and no revision that could order them', async () => {
      const tables = ['ballots', 'cast_ops', 'secret_ballot_boxes', 'vote_eligibility'];
      const timeOrSequence = await t.db.dataSource.query<{ table_name: string; column_name: string }[]>(
        `SELECT table_name, column_name FROM information_schema.columns
          WHERE table_name = ANY($1::text[])
            AND (data_type LIKE 'timestamp%' OR data_type = 'date' OR column_default LIKE 'nextval%')`,
        [tables],
      );
      expect(timeOrSequence).toEqual([]);
      const boxes = await t.db.dataSource.query('SELECT * FROM secret_ballot_boxes WHERE vote_id = $1', [
        voteId,
      ]);
      expect(boxes).toHaveLength(1);
      const revisions = await t.db.dataSource.query<{ revision: number }[]>(
        'SELECT DISTINCT revision FROM ballots WHERE vote_id = $1',
        [voteId],
      );
      expect(revisions).toEqual([{ revision: 1 }]);
    });

    it('finds nothing while the vote is open (once the box is rewritten after the last cast)', async () => {
      // The box is rewritten by a transaction of its own right after each cast commits.
      await until('the ballot box rewritten after the last cast', async () => {
        const rows = await run(LINKING['same transaction id (xmin) as the participation']);
        return rows.length === 0;
      });
      expect(await linkingResults()).toEqual(nothingFound());
    });

    it('finds nothing once it is closed, and the record digests the choices only', async () => {
      const closed = (
        await t.http.post(`/api/votes/${voteId}/close`).set(bearer(president)).send({}).expect(200)
      ).body;
      const expected = { yes: 0, no: 0, abstain: 0 };
      for (const c of cast) expected[c.choice] += 1;
      expect(closed.vote.result).toMatchObject(expected);
      expect(closed.vote.votes).toBeNull();
      expect(closed.vote.voted).toHaveLength(cast.length);
      expect(await linkingResults()).toEqual(nothingFound());
      const [entry] = (
        await t.http.get(`/api/meetings/${closed.vote.meetingId}/record?kind=decision.vote`).expect(200)
      ).body;
      expect(entry.data.ballotsDigest).toBe(secretDigest(cast.map((c) => c.choice)));
      expect(JSON.stringify(entry.data)).not.toMatch(
        /"(yes|no|abstain)"\s*:\s*"[A-Z]{3}"|"[A-Z]{3}"\s*:\s*"(yes|no|abstain)"/,
      );
    });
  });

  describe('a server killed mid-burst', () => {
    let db: TestDatabase;
    const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));
    const sockets: ClientSocket[] = [];
    afterAll(async () => {
      sockets.forEach((s) => s.disconnect());
      await db?.drop();
    });

    async function castFast(s: ClientSocket, voteId: string, choice: Choice, opId: string) {
      if (!s.connected) return null;
      try {
        return (await s.timeout(5000).emitWithAck('vote.cast', { voteId, choice, opId })) as Ack<CastResult>;
      } catch {
        return null;
      }
    }

    it('neither loses nor doubles an acknowledged secret ballot', async () => {
      db = await createTestDatabase({ poolSize: 4 });
      const env = { PLENARY_CLUSTER: 'false' };
      const a = await startTestNode(db, { clock, name: 'a', env });
      const secretariat = await staffToken(a, 'secretariat');
      const president = await staffToken(a, 'president');
      const meetingId = (await setUpMeeting(a, secretariat)).id;
      const all = (await delegations(a, meetingId)).filter((d) => d.stateIso3);
      await checkIn(
        a,
        secretariat,
        all.slice(0, 100).map((d) => d.id),
      );
      await a.http
        .post(`/api/meetings/${meetingId}/status`)
        .set(bearer(president))
        .send({ action: 'open' })
        .expect(201);
      const q = (
        await a.http
          .post(`/api/meetings/${meetingId}/questions`)
          .set(bearer(president))
          .send({ text: 'Elect the Vice-Presidents', matter: 'election' })
          .expect(201)
      ).body;
      const voteId = (
        await a.http
          .post(`/api/questions/${q.id}/votes`)
          .set(bearer(president))
          .send({ method: 'secret' })
          .expect(201)
      ).body.id as string;
      const voters = all.slice(0, 80);
      const tokens = await Promise.all(voters.map((d) => signInDelegation(a, secretariat, d.id)));
      const clients = await Promise.all(tokens.map((tok) => connect(a, tok)));
      sockets.push(...clients);

      // Half the delegations cast and are acknowledged. The other half cast while their
      // transactions are held at the vote row (a lock the test takes), and node A is killed
      // then: its connections to PostgreSQL cut, the process stopped, casts in flight.
      const ops = voters.map(() => randomUUID());
      const acked = new Set<number>();
      const cast = async (i: number) => {
        const ack = await castFast(clients[i], voteId, choiceOf(i), ops[i]);
        if (ack?.ok) acked.add(i);
      };
      await Promise.all(voters.slice(0, 40).map((_, i) => cast(i)));
      expect(acked.size).toBe(40);
      const hold = db.dataSource.createQueryRunner();
      await hold.connect();
      await hold.startTransaction();
      await hold.query('SELECT 1 FROM votes WHERE id = $1 FOR UPDATE', [voteId]);
      const inFlight = Promise.all(voters.slice(40).map((_, k) => cast(40 + k)));
      await until('casts of node A waiting at the vote row', async () => {
        const [w] = await db.dataSource.query<{ n: number }[]>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'plenary-a' AND wait_event_type = 'Lock'",
        );
        return w.n >= 10;
      });
      await db.dataSource.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'plenary-a' AND datname = current_database()",
      );
      await a.close();
      await hold.rollbackTransaction();
      await hold.release();
      await inFlight;
      const unacked = voters.map((_, i) => i).filter((i) => !acked.has(i));
      expect(unacked.length).toBe(40);

      // Node B on the same database: the pads reconnect and send the same operations again;
      // some acknowledged ones are retried too (their ack could have been lost).
      const b = await startTestNode(db, { clock, name: 'b', env });
      try {
        const again = [...unacked, ...[...acked].slice(0, 10)];
        const answers = await Promise.all(
          again.map(async (i) => {
            const s = await connect(b, tokens[i]);
            sockets.push(s);
            return { i, ack: await castFast(s, voteId, choiceOf(i), ops[i]) };
          }),
        );
        for (const { i, ack } of answers) {
          expect(ack).toMatchObject({ ok: true });
          acked.add(i);
        }
        const replayed = answers.filter((x) => x.ack?.ok && x.ack.data.replayed).length;
        const closed = (
          await b.http.post(`/api/votes/${voteId}/close`).set(bearer(president)).send({}).expect(200)
        ).body;
        const expected = { yes: 0, no: 0, abstain: 0 };
        for (const i of acked) expected[choiceOf(i)] += 1;
        expect(closed.vote.result).toMatchObject(expected);
        expect(closed.vote.result.yes + closed.vote.result.no + closed.vote.result.abstain).toBe(acked.size);
        expect([...closed.vote.voted].sort()).toEqual([...acked].map((i) => voters[i].stateIso3).sort());
        const [rows] = await db.dataSource.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM ballots WHERE vote_id = $1',
          [voteId],
        );
        expect(rows.n).toBe(acked.size);
        console.log(
          `secret ballot crash: ${voters.length} cast, node killed with ${unacked.length} in flight, resent to node B with 10 acknowledged ones (${replayed} answered as replays); counted ${acked.size}, lost 0, doubled 0`,
        );
      } finally {
        await b.close();
      }
    });
  });
});
