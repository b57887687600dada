import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/database/data-source';
import { urlFor } from '../../server/src/database/database-roles';
import { ENTITIES } from '../../server/src/database/entities';
import { MIGRATIONS } from '../../server/src/database/migrations';
import { RecordRepository } from '../../server/src/modules/record/record.repository';
import { RecordService } from '../../server/src/modules/record/record.service';
import { createTestDatabase, testOwner, type TestDatabase } from '../support/db';
import { createDatabase, dropDatabase } from '../support/template';
import { until } from '../support/wait';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', 'server', 'bin', 'plenary.js');

let meetingNo = 0;
async function createMeeting(ds: DataSource): Promise<string> {
  meetingNo += 1;
  const [m] = await ds.query<{ id: string }[]>(
    `INSERT INTO meetings (kind, number, code, title, venue, start_date, end_date, rules)
     VALUES ('msp', $1, $2, 'Meeting of the States Parties', 'Geneva', '2026-03-02', '2026-03-06', '{}') RETURNING id`,
    [60 + meetingNo, `${60 + meetingNo}MSP`],
  );
  return m.id;
}

async function asSuperuser<T>(db: TestDatabase, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: db.superuserUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

// The record is append-only and hash-chained in the schema itself (DOMAIN.md §6, ADR 0005): a
// script, a psql session or a bug elsewhere cannot rewrite what the meeting decided unseen.
describe('record_entries (PostgreSQL)', () => {
  let db: TestDatabase;
  let record: RecordService;

  const append = (meetingId: string, i: number, data: Record<string, unknown> = {}) =>
    db.dataSource.transaction((em) =>
      record.append(em, { meetingId, kind: 'decision.vote', summary: `Adopted: ${90 + i} yes`, data }),
    );
  const cli = (...args: string[]) =>
    run(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'warn' },
    });

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 8 });
    record = new RecordService(db.dataSource, new RecordRepository(db.dataSource));
  });
  afterAll(() => db.drop());

  describe('append-only, for the role the app connects as', () => {
    let entryId: number;
    beforeAll(async () => {
      entryId = (await append(await createMeeting(db.dataSource), 9)).id;
    });

    it('is not a superuser', async () => {
      const [me] = await db.dataSource.query<{ rolsuper: boolean }[]>(
        'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
      );
      expect(me.rolsuper).toBe(false);
    });

    it('refuses to update an entry', async () => {
      await expect(
        db.dataSource.query(`UPDATE record_entries SET summary = 'Rejected' WHERE id = $1`, [entryId]),
      ).rejects.toThrow(/append-only: UPDATE is refused/);
    });

    it('refuses to delete an entry', async () => {
      await expect(
        db.dataSource.query('DELETE FROM record_entries WHERE id = $1', [entryId]),
      ).rejects.toThrow(/append-only: DELETE is refused/);
    });

    it('refuses to truncate the record', async () => {
      await expect(db.dataSource.query('TRUNCATE record_entries CASCADE')).rejects.toThrow(
        /append-only: TRUNCATE is refused/,
      );
    });

    it('cannot switch the triggers off with session_replication_role (superusers only)', async () => {
      const runner = db.dataSource.createQueryRunner();
      try {
        await expect(runner.query('SET session_replication_role = replica')).rejects.toMatchObject({
          driverError: { code: '42501' },
        });
        await expect(
          runner.query(`UPDATE record_entries SET summary = 'Rejected' WHERE id = $1`, [entryId]),
        ).rejects.toThrow(/append-only/);
      } finally {
        await runner.release();
      }
    });

    it('refuses an entry that does not extend its chain, and a chain head moved by hand', async () => {
      const [e] = await db.dataSource.query<{ meeting_id: string; hash: string }[]>(
        'SELECT meeting_id, hash FROM record_entries WHERE id = $1',
        [entryId],
      );
      await expect(
        db.dataSource.query(
          `INSERT INTO record_entries (meeting_id, seq, kind, summary, prev_hash, hash) VALUES ($1, 5, 'note', 'skips ahead', $2, $3)`,
          [e.meeting_id, e.hash, 'f'.repeat(64)],
        ),
      ).rejects.toThrow(/does not extend the chain/);
      await expect(
        db.dataSource.query(`UPDATE record_chain_heads SET seq = seq + 1, hash = $2 WHERE meeting_id = $1`, [
          e.meeting_id,
          'f'.repeat(64),
        ]),
      ).rejects.toThrow(/heads move only when an entry is appended/);
      await expect(
        db.dataSource.query(`DELETE FROM record_chain_heads WHERE meeting_id = $1`, [e.meeting_id]),
      ).rejects.toThrow(/heads move only/);
    });

    it('accepts a correction that references an entry, as a new link of the chain', async () => {
      const [{ meeting_id: meetingId }] = await db.dataSource.query<{ meeting_id: string }[]>(
        'SELECT meeting_id FROM record_entries WHERE id = $1',
        [entryId],
      );
      const c = await record.correct(meetingId, entryId, 'Correction: 98 yes', 'secretariat');
      expect(c).toMatchObject({ kind: 'correction', corrects: entryId, seq: 2 });
      const list = await record.list(meetingId);
      expect(list.map((x) => x.summary)).toEqual([
        'Adopted: 99 yes',
        'Correction to entry 1: Correction: 98 yes',
      ]);
      expect(c.prevHash).toBe(list[0].hash);
      expect(await record.head(meetingId)).toMatchObject({ seq: 2, hash: c.hash });
    });
  });

  describe('the hash chain', () => {
    it('links each entry to the one before, and concurrent appends take turns', async () => {
      const meetingId = await createMeeting(db.dataSource);
      await Promise.all(Array.from({ length: 24 }, (_, i) => append(meetingId, i, { i })));
      const entries = await record.list(meetingId);
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      entries.forEach((e, i) => expect(e.prevHash).toBe(i === 0 ? null : entries[i - 1].hash));
      // Times never go backwards along the chain.
      const times = entries.map((e) => e.at);
      expect([...times].sort()).toEqual(times);
      const [check] = await record.verify(meetingId);
      expect(check.check).toEqual({ ok: true, entries: 24, head: { seq: 24, hash: entries[23].hash } });
      expect(await record.head(meetingId)).toEqual({
        meetingId,
        seq: 24,
        hash: entries[23].hash,
        at: entries[23].at,
      });
    });

    it('cannot deadlock an append-then-bump use case against a bump-then-append one', async () => {
      const meetingId = await createMeeting(db.dataSource);
      const bump = (r: { query: (sql: string, p: unknown[]) => Promise<unknown> }) =>
        r.query('UPDATE meetings SET version = version + 1 WHERE id = $1', [meetingId]);
      // B bumps the meeting's version (as opening a vote does) and holds it.
      const b = db.dataSource.createQueryRunner();
      const a = db.dataSource.createQueryRunner();
      try {
        await b.startTransaction();
        await bump(b);
        // A appends and then bumps (as registering a delegation does), and must wait for B.
        await a.startTransaction();
        const [{ pid }] = (await a.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
        const aDone = (async () => {
          await record.append(a.manager, { meetingId, kind: 'delegation.registered', summary: 'A' });
          await bump(a);
          await a.commitTransaction();
        })();
        await until(
          'A to wait for a lock',
          async () => {
            const [w] = await db.dataSource.query<{ waiting: boolean }[]>(
              `SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = $1`,
              [pid],
            );
            return w?.waiting ? true : undefined;
          },
          { timeoutMs: 30_000 },
        );
        // B now appends too. Had A taken the chain head before the meeting row, this would deadlock.
        await record.append(b.manager, { meetingId, kind: 'question.put', summary: 'B' });
        await b.commitTransaction();
        await aDone;
      } finally {
        await a.release();
        await b.release();
      }
      const entries = await record.list(meetingId);
      expect(entries.map((e) => [e.seq, e.summary])).toEqual([
        [1, 'B'],
        [2, 'A'],
      ]);
      expect((await record.verify(meetingId))[0].check.ok).toBe(true);
    });

    it('rolls back with its transaction: no gap, the head stays where it was', async () => {
      const meetingId = await createMeeting(db.dataSource);
      const first = await append(meetingId, 1);
      await expect(
        db.dataSource.transaction(async (em) => {
          await record.append(em, { meetingId, kind: 'note', summary: 'never committed' });
          throw new Error('use case failed after appending');
        }),
      ).rejects.toThrow(/use case failed/);
      const second = await append(meetingId, 2);
      expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
      expect((await record.verify(meetingId))[0].check.ok).toBe(true);
    });
  });

  describe('plenary record verify, after tampering as the superuser', () => {
    /** Five entries, then fn runs as the superuser with the triggers switched off. */
    async function tampered(fn: (c: Client, ids: number[], meetingId: string) => Promise<unknown>) {
      const meetingId = await createMeeting(db.dataSource);
      const ids: number[] = [];
      for (let i = 0; i < 5; i++)
        ids.push((await append(meetingId, i, { ballotsDigest: `${i}`.repeat(64) })).id);
      await asSuperuser(db, async (c) => {
        await c.query('SET session_replication_role = replica');
        await fn(c, ids, meetingId);
      });
      return { meetingId, ids };
    }

    it('verifies an untouched record', async () => {
      const meetingId = await createMeeting(db.dataSource);
      for (let i = 0; i < 3; i++) await append(meetingId, i);
      const { stdout } = await cli('record', 'verify', '--meeting', meetingId);
      expect(stdout).toMatch(/3 entries {2}head no\. 3 [0-9a-f]{64} {2}ok/);
      expect(stdout).toMatch(/verifies/);
    });

    it('names the entry whose summary was rewritten (UPDATE with the trigger bypassed)', async () => {
      const { meetingId, ids } = await tampered((c, ids) =>
        c.query(`UPDATE record_entries SET summary = 'Rejected: 12 yes' WHERE id = $1`, [ids[2]]),
      );
      const failure = await cli('record', 'verify', '--meeting', meetingId).then(
        () => null,
        (e: { code: number; stdout: string }) => e,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stdout).toMatch(
        new RegExp(`NOT VERIFIED: entry ${ids[2]} \\(no\\. 3, decision\\.vote`),
      );
      expect(failure?.stdout).toMatch(/does not match its hash/);
    });

    it('names the entry whose ballots digest was changed', async () => {
      const { meetingId, ids } = await tampered((c, ids) =>
        c.query(
          `UPDATE record_entries SET data = jsonb_set(data, '{ballotsDigest}', to_jsonb($2::text)) WHERE id = $1`,
          [ids[1], 'e'.repeat(64)],
        ),
      );
      const [r] = await record.verify(meetingId);
      expect(r.check).toMatchObject({ ok: false, problem: 'content-altered', entry: { id: ids[1], seq: 2 } });
    });

    it('names the entry after one that was deleted, and a record cut short at its end', async () => {
      const gap = await tampered((c, ids) => c.query('DELETE FROM record_entries WHERE id = $1', [ids[1]]));
      expect((await record.verify(gap.meetingId))[0].check).toMatchObject({
        ok: false,
        problem: 'sequence-gap',
        entry: { id: gap.ids[2] },
      });
      const cut = await tampered((c, ids) => c.query('DELETE FROM record_entries WHERE id = $1', [ids[4]]));
      const { stdout } = await cli('record', 'verify', '--meeting', cut.meetingId, '--json').catch(
        (e: { stdout: string }) => e,
      );
      expect(JSON.parse(stdout)).toMatchObject({
        ok: false,
        meetings: [{ ok: false, problem: 'head-mismatch', entryId: null }],
      });
    });

    it('names the entry after one whose hash was recomputed to cover an edit', async () => {
      const { meetingId, ids } = await tampered(async (c, ids) => {
        const [row] = (await c.query(`SELECT * FROM record_entries WHERE id = $1`, [ids[0]])).rows as {
          hash: string;
        }[];
        await c.query(`UPDATE record_entries SET summary = 'forged', hash = $2 WHERE id = $1`, [
          ids[0],
          row.hash.replace(/^./, (x) => (x === 'a' ? 'b' : 'a')),
        ]);
      });
      expect((await record.verify(meetingId))[0].check).toMatchObject({ ok: false, entry: { id: ids[0] } });
      // Every other meeting still verifies: the report names the tampered ones only.
      const all = await record.verify();
      expect(all.filter((m) => !m.check.ok).map((m) => m.meetingId)).toContain(meetingId);
    });
  });
});

describe('RecordHashChain migration', () => {
  let name: string | undefined;
  afterAll(async () => {
    if (name) await dropDatabase(process.env.PLENARY_TEST_SERVER_URL ?? '', name);
  });

  it('chains the entries written before it, in id order, and the chain verifies', async () => {
    const serverUrl = process.env.PLENARY_TEST_SERVER_URL ?? '';
    name = `plenary_mig_${Date.now().toString(36)}`;
    const url = await createDatabase(serverUrl, name, undefined, testOwner());
    const at = MIGRATIONS.findIndex((m) => m.name === 'RecordHashChain1795850000000');
    const before = new DataSource({
      type: 'postgres',
      url,
      entities: [],
      migrations: MIGRATIONS.slice(0, at),
      migrationsTableName: 'migrations',
      uuidExtension: 'pgcrypto',
    });
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    const [m] = await before.query<{ id: string }[]>(
      `INSERT INTO meetings (kind, number, code, title, venue, start_date, end_date, rules)
       VALUES ('msp', 70, '70MSP', 'Seventieth', 'Geneva', '2026-03-02', '2026-03-06', '{}') RETURNING id`,
    );
    for (let i = 0; i < 4; i++)
      await before.query(
        `INSERT INTO record_entries (meeting_id, kind, summary, data) VALUES ($1, 'note', $2, $3)`,
        [m.id, `Old entry ${i}`, JSON.stringify({ i, nested: { b: 1, a: [1.5, 'x'] } })],
      );
    await before.destroy();

    const after = createDataSource(urlFor(serverUrl, testOwner(), name), { poolSize: 2 });
    expect(ENTITIES.length).toBeGreaterThan(0);
    await after.initialize();
    try {
      await after.runMigrations({ transaction: 'each' });
      const svc = new RecordService(after, new RecordRepository(after));
      const [r] = await svc.verify(m.id);
      expect(r.check).toMatchObject({ ok: true, entries: 4, head: { seq: 4 } });
      const next = await after.transaction((em) =>
        svc.append(em, { meetingId: m.id, kind: 'note', summary: 'new' }),
      );
      expect(next.seq).toBe(5);
      // The append-only trigger is on again after the backfill.
      await expect(after.query(`UPDATE record_entries SET summary = 'x'`)).rejects.toThrow(/append-only/);
    } finally {
      await after.destroy();
    }
  });
});
