import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ack, CastResult, Choice } from '@plenary/shared';
import { BallotSealer, SEALED_BYTES } from '../../server/src/modules/vote/ballot-sealer';
import { FixedClock, staffToken, startTestApp, type TestApp } from '../support/app';
import { startTestNode } from '../support/cluster';
import { createTestDatabase, type TestDatabase } from '../support/db';
import {
  bearer,
  checkIn,
  connect,
  openMeetingWithParties,
  delegations,
  setUpMeeting,
  signInDelegation,
  type ClientSocket,
} from '../support/plenary';
import { type Diff, TableReader, hex } from '../support/table-reader';
import { until } from '../support/wait';

const CHOICES: Choice[] = ['yes', 'no', 'abstain'];
const choiceOf = (i: number): Choice => CHOICES[(i * 7 + (i >> 2)) % 3];
/** What the record's ballotsDigest covers for a secret ballot: the sorted choices, nothing else. */
const secretDigest = (choices: Choice[]) =>
  createHash('sha256')
    .update([...choices].sort().join('\n'), 'utf8')
    .digest('hex');

const isChoice = (v: string | null) => v !== null && /^"?(yes|no|abstain)"?$/i.test(v);

/**
 * The linking queries of issue 9, run on the closed vote as a reader of the tables would run
 * them. Each pairs a State with whatever choice storage it finds; "unlinkable" means no pairing
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

describe('a secret ballot is unreadable in the database during the vote, unrecoverable after, and counts once across a crash', () => {
  describe('a reader polling every table while 30 States vote', () => {
    let t: TestApp;
    let reader: TableReader;
    let voteId: string;
    let president: string;
    const cast: { delegationId: string; choice: Choice }[] = [];
    /** The round in which each State's participation first appeared, when it was alone in it. */
    const alone = new Map<string, Diff>();
    let sealedDuringVote: Buffer[] = [];
    let wrappedDuringVote: Buffer[] = [];

    beforeAll(async () => {
      t = await startTestApp({ clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
      const meeting = await openMeetingWithParties(t);
      const { secretariat, meetingId, parties: all } = meeting;
      president = meeting.president;
      const q = (
        await t.http
          .post(`/api/meetings/${meetingId}/questions`)
          .set(bearer(president))
          .send({ text: 'Elect the President of the Meeting', matter: 'election' })
          .expect(201)
      ).body;
      // 30 ballots, 5 of them from States that were not checked in (their cast registers presence).
      const voters = [...all.slice(0, 25), ...all.slice(130, 135)];
      const tokens = await Promise.all(voters.map((d) => signInDelegation(t, secretariat, d.id)));
      reader = new TableReader(t.db.superuserUrl);
      await reader.start();
      voteId = (
        await t.http
          .post(`/api/questions/${q.id}/votes`)
          .set(bearer(president))
          .send({ method: 'secret' })
          .expect(201)
      ).body.id;
      const send = (i: number) =>
        t.http
          .post(`/api/votes/${voteId}/ballots`)
          .set(bearer(tokens[i]))
          .send({ choice: choiceOf(i), opId: randomUUID() })
          .expect(200)
          .then(() => cast.push({ delegationId: voters[i].id, choice: choiceOf(i) }));
      // The first 15 one at a time, the reader completing a whole round between two casts (the
      // best case for linking by difference), and after the opening; then 15 at once.
      await reader.wholeRoundAfter('the opening');
      for (let i = 0; i < 15; i++) {
        await send(i);
        // After the acknowledgement (wholeRoundAfter): counted from before the send, a slow cast let
        // the next cast share the round that first saw it.
        await reader.wholeRoundAfter('the cast');
      }
      await Promise.all(voters.slice(15).map((_, k) => send(15 + k)));
      await reader.wholeRoundAfter('the last cast');
      for (const d of reader.diffs) {
        const mine = d.added.filter((a) => a.table === 'ballots' && a.row.vote_id === voteId);
        if (mine.length === 1) alone.set(mine[0].row.delegation_id!, d);
      }
      sealedDuringVote = reader
        .rows('ballots')
        .filter((b) => b.vote_id === voteId)
        .map((b) => hex(b.sealed_choice!));
      wrappedDuringVote = reader
        .rows('secret_ballot_keys')
        .filter((k) => k.vote_id === voteId)
        .map((k) => hex(k.wrapped_key!));
    });
    afterAll(async () => {
      await reader?.stop();
      await t?.close();
    });

    it('saw each of the first 15 casts alone in a round of its own', () => {
      expect(reader.rounds).toBeGreaterThan(30);
      expect(alone.size).toBeGreaterThanOrEqual(15);
    });

    it('never read a choice, in any table or column, while the vote was open', () => {
      const found: string[] = [];
      for (const d of reader.diffs)
        for (const { table, row } of d.added)
          for (const [col, v] of Object.entries(row)) if (isChoice(v)) found.push(`${table}.${col} = ${v}`);
      expect(found).toEqual([]);
    });

    it('never read a count per choice: no ballot box exists until the close, nothing moves but participation', () => {
      expect(reader.rows('secret_ballot_boxes').filter((x) => x.vote_id === voteId)).toEqual([]);
      // In each round where one State's participation appeared, what else changed: only that
      // State's own rows (its operation id, its presence) and the meeting's version.
      const changed = new Set<string>();
      for (const d of alone.values()) for (const { table } of [...d.added, ...d.removed]) changed.add(table);
      const participation = ['ballots', 'cast_ops', 'delegations', 'meetings'];
      expect([...changed].filter((x) => !participation.includes(x))).toEqual([]);
      // The vote's key row was written once, when the vote opened, and never since.
      expect(reader.seen.get('secret_ballot_keys.#xmin')?.size).toBe(1);
    });

    it('links no State to a choice by difference, transaction id or order', () => {
      const pairs: string[] = [];
      for (const [delegationId, d] of alone) {
        // Difference: anything in the same round that depends on the choice would pair with it.
        for (const { table, row } of d.added)
          if (table === 'secret_ballot_boxes' || Object.values(row).some(isChoice))
            pairs.push(`${delegationId} by diff`);
      }
      // Transaction id: the participation's xmin shared by any row that is not participation.
      const xmins = new Map(
        reader
          .rows('ballots')
          .filter((b) => b.vote_id === voteId)
          .map((b) => [b['#xmin'], b.delegation_id]),
      );
      for (const table of ['secret_ballot_boxes', 'secret_ballot_keys'])
        for (const row of reader.rows(table))
          if (xmins.has(row['#xmin'])) pairs.push(`${xmins.get(row['#xmin'])} by xmin in ${table}`);
      expect(pairs).toEqual([]);
    });

    it('holds each choice sealed: one length, all different, and no bytes in the database open them', () => {
      expect(sealedDuringVote).toHaveLength(cast.length);
      expect(new Set(sealedDuringVote.map((b) => b.length))).toEqual(new Set([SEALED_BYTES]));
      expect(new Set(sealedDuringVote.map((b) => b.toString('hex'))).size).toBe(cast.length);
      expect(wrappedDuringVote).toHaveLength(1);
      // Every 32 bytes the reader ever saw (any bytea, any text that decodes to 32 bytes, and
      // every slice of the wrapped key) tried as the vote's key: none opens a single ballot.
      const candidates: Buffer[] = [];
      for (const values of reader.seen.values())
        for (const v of values) {
          if (v.startsWith('\\x')) {
            const raw = hex(v);
            for (let k = 0; k + 32 <= raw.length; k++) candidates.push(raw.subarray(k, k + 32));
          }
          for (const raw of [Buffer.from(v, 'base64'), Buffer.from(v, 'hex'), Buffer.from(v, 'utf8')])
            if (raw.length === 32) candidates.push(raw);
        }
      const sealer = t.app.get(BallotSealer);
      const b = reader.rows('ballots').find((x) => x.vote_id === voteId)!;
      const opened = candidates.filter((key) => {
        try {
          sealer.openChoice(key, voteId, b.delegation_id!, hex(b.sealed_choice!));
          return true;
        } catch {
          return false;
        }
      });
      expect(candidates.length).toBeGreaterThan(1000);
      expect(opened).toEqual([]);
    });

    it('counts at the close, then keeps no key and no sealed choice: the linking queries find nothing', async () => {
      const closed = (
        await t.http.post(`/api/votes/${voteId}/close`).set(bearer(president)).send({}).expect(200)
      ).body;
      const expected = { yes: 0, no: 0, abstain: 0 };
      for (const c of cast) expected[c.choice] += 1;
      expect(closed.vote.result).toMatchObject(expected);
      expect(closed.vote.votes).toBeNull();
      expect(closed.vote.voted).toHaveLength(cast.length);
      const q = <R>(sql: string) => t.db.dataSource.query<R[]>(sql, [voteId]);
      expect(await q('SELECT 1 FROM secret_ballot_keys WHERE vote_id = $1')).toEqual([]);
      expect(
        await q(
          'SELECT 1 FROM ballots WHERE vote_id = $1 AND (sealed_choice IS NOT NULL OR choice IS NOT NULL)',
        ),
      ).toEqual([]);
      expect(await q('SELECT yes, no, abstain FROM secret_ballot_boxes WHERE vote_id = $1')).toEqual([
        expected,
      ]);
      // No bytes of any key or sealed ballot remain readable anywhere in the tables.
      await reader.wholeRoundAfter('the close');
      const everywhere: string[] = [];
      for (const table of reader.seen.keys()) everywhere.push(table);
      const now = new Set<string>();
      for (const table of new Set([...everywhere].map((k) => k.split('.')[0])))
        for (const row of reader.rows(table)) for (const v of Object.values(row)) if (v) now.add(v);
      for (const b of [...sealedDuringVote, ...wrappedDuringVote])
        expect(now.has(`\\x${b.toString('hex')}`)).toBe(false);
      // The server itself can no longer open them: the vote's key is gone.
      expect(await t.app.get(BallotSealer).keyFor(voteId)).toBeNull();
      for (const [name, sql] of Object.entries(LINKING)) {
        const rows = await q<{ delegation_id: string; yes: number; no: number; abstain: number }>(sql);
        const narrower = rows.filter((x) => x.yes + x.no + x.abstain < cast.length);
        expect({ [name]: narrower }).toEqual({ [name]: [] });
      }
      const [entry] = (
        await t.http.get(`/api/meetings/${closed.vote.meetingId}/record?kind=decision.vote`).expect(200)
      ).body;
      expect(entry.data.ballotsDigest).toBe(secretDigest(cast.map((c) => c.choice)));
      expect(JSON.stringify(entry.data)).not.toMatch(
        /"(yes|no|abstain)"\s*:\s*"[A-Z]{3}"|"[A-Z]{3}"\s*:\s*"(yes|no|abstain)"/,
      );
    });
  });

  describe('the ballot master key file', () => {
    let db: TestDatabase;
    let dir: string;
    const env = (file: string) => ({ env: { PLENARY_CLUSTER: 'false', PLENARY_BALLOT_KEY_FILE: file } });
    beforeAll(async () => {
      db = await createTestDatabase({ poolSize: 2 });
      dir = mkdtempSync(join(tmpdir(), 'plenary-key-'));
    });
    afterAll(async () => {
      await db?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('is created on first start (mode 0600) and its fingerprint kept; the same file starts again', async () => {
      const file = join(dir, 'first', 'plenary-ballot.key');
      const a = await startTestNode(db, env(file));
      await a.close();
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
      const [row] = await db.dataSource.query<{ fingerprint: string }[]>(
        'SELECT fingerprint FROM ballot_key_fingerprint',
      );
      expect(row.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(readFileSync(file, 'utf8')).not.toContain(row.fingerprint);
      const again = await startTestNode(db, env(file));
      await again.close();
    });

    it('refuses to start with another key, naming the file and the setting', async () => {
      const other = join(dir, 'other.key');
      writeFileSync(other, `${Buffer.alloc(32, 7).toString('base64')}\n`, { mode: 0o600 });
      await expect(startTestNode(db, env(other))).rejects.toThrow(
        new RegExp(
          `ballot master key in ${other} .* is not the key this database's secret ballots are sealed under.*PLENARY_BALLOT_KEY_FILE`,
        ),
      );
    });

    it('refuses to start when the file is missing on a database that has a key (and does not create one)', async () => {
      const missing = join(dir, 'missing.key');
      await expect(startTestNode(db, env(missing))).rejects.toThrow(
        /does not exist, but this database's secret ballots are sealed/,
      );
      expect(() => statSync(missing)).toThrow();
    });

    it('refuses a file others can read, and one that holds no key', async () => {
      const open = join(dir, 'open.key');
      writeFileSync(open, `${Buffer.alloc(32, 7).toString('base64')}\n`);
      chmodSync(open, 0o644);
      await expect(startTestNode(db, env(open))).rejects.toThrow(
        /open to other users \(mode 644\).*chmod 600/,
      );
      const junk = join(dir, 'junk.key');
      writeFileSync(junk, 'not a key\n', { mode: 0o600 });
      await expect(startTestNode(db, env(junk))).rejects.toThrow(/does not hold a key/);
    });
  });

  describe('a server killed mid-burst', () => {
    let db: TestDatabase;
    const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));
    const sockets: ClientSocket[] = [];
    /** Stopped here too if the test fails half-way: a node left running outlives its database. */
    const nodes: TestApp[] = [];
    afterAll(async () => {
      sockets.forEach((s) => s.disconnect());
      for (const n of nodes) await n.close().catch(() => undefined);
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

    // The setting (a meeting, 100 check-ins one after another, 80 sign-ins, 80 sockets) is most of
    // the work and grows with the machine's load; it is made once here, so the test's time is the
    // crash itself (a few seconds) however slow the setting was.
    let a: TestApp;
    let president: string;
    let voteId: string;
    let voters: { id: string; stateIso3: string | null }[];
    let tokens: string[];
    let clients: ClientSocket[];
    const env = { PLENARY_CLUSTER: 'false' };
    beforeAll(async () => {
      db = await createTestDatabase({ poolSize: 4 });
      a = await startTestNode(db, { clock, name: 'a', env });
      nodes.push(a);
      const secretariat = await staffToken(a, 'secretariat');
      president = await staffToken(a, 'president');
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
      voteId = (
        await a.http
          .post(`/api/questions/${q.id}/votes`)
          .set(bearer(president))
          .send({ method: 'secret' })
          .expect(201)
      ).body.id as string;
      voters = all.slice(0, 80);
      tokens = await Promise.all(voters.map((d) => signInDelegation(a, secretariat, d.id)));
      clients = await Promise.all(tokens.map((tok) => connect(a, tok)));
      sockets.push(...clients);
    });

    it('neither loses nor doubles an acknowledged secret ballot', async () => {
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
      // Node A dies as a killed process does: every connection it holds, and every one it opens
      // from now until it has stopped, is cut. (Cut once only, a connection node A's pool was
      // still opening could take a queued cast and wait at the test's lock, and node A's close
      // waits for every connection of its pool: the close and the lock would wait on each other.)
      let stopped = false;
      const stopping = a.close().then(() => {
        stopped = true;
      });
      await until(
        'node A stopped, every connection it opened cut',
        async () => {
          await db.dataSource.query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'plenary-a' AND datname = current_database()",
          );
          return stopped;
        },
        { timeoutMs: 30_000 },
      );
      await stopping;
      await hold.rollbackTransaction();
      await hold.release();
      await inFlight;
      const unacked = voters.map((_, i) => i).filter((i) => !acked.has(i));
      expect(unacked.length).toBe(40);

      // Node B on the same database: the pads reconnect and send the same operations again;
      // some acknowledged ones are retried too (their ack could have been lost).
      const b = await startTestNode(db, { clock, name: 'b', env });
      nodes.push(b);
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
