import { createTestDatabase, type TestDatabase } from '../support/db';

// The record is append-only in the schema itself (DOMAIN.md §6), not only in the service layer:
// a script, a psql session or a bug elsewhere cannot rewrite what the meeting decided.
describe('record_entries (PostgreSQL)', () => {
  let db: TestDatabase;
  let entryId: string;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    const [meeting] = await db.dataSource.query<{ id: string }[]>(
      `INSERT INTO meetings (kind, number, code, title, venue, start_date, end_date, rules)
       VALUES ('msp', 23, '23MSP', 'Twenty-Third Meeting of the States Parties', 'Geneva', '2026-03-02', '2026-03-06', '{}')
       RETURNING id`,
    );
    const [entry] = await db.dataSource.query<{ id: string }[]>(
      `INSERT INTO record_entries (meeting_id, kind, summary) VALUES ($1, 'decision.vote', 'Adopted: 99 yes of 148 present and voting') RETURNING id`,
      [meeting.id],
    );
    entryId = entry.id;
  });
  afterAll(() => db.drop());

  it('refuses to update an entry', async () => {
    await expect(
      db.dataSource.query(`UPDATE record_entries SET summary = 'Rejected' WHERE id = $1`, [entryId]),
    ).rejects.toThrow(/append-only: UPDATE is refused/);
  });

  it('refuses to delete an entry', async () => {
    await expect(db.dataSource.query('DELETE FROM record_entries WHERE id = $1', [entryId])).rejects.toThrow(
      /append-only: DELETE is refused/,
    );
  });

  it('refuses to truncate the record', async () => {
    await expect(db.dataSource.query('TRUNCATE record_entries CASCADE')).rejects.toThrow(
      /append-only: TRUNCATE is refused/,
    );
  });

  it('still holds the entry as written, and accepts a correction that references it', async () => {
    const rows = await db.dataSource.query<{ summary: string }[]>(
      'SELECT summary FROM record_entries WHERE id = $1',
      [entryId],
    );
    expect(rows).toEqual([{ summary: 'Adopted: 99 yes of 148 present and voting' }]);
    await db.dataSource.query(
      `INSERT INTO record_entries (meeting_id, kind, summary, corrects_id) SELECT meeting_id, 'correction', 'Correction: 98 yes', id FROM record_entries WHERE id = $1`,
      [entryId],
    );
    const count = await db.dataSource.query<{ n: number }[]>('SELECT COUNT(*)::int AS n FROM record_entries');
    expect(count[0].n).toBe(2);
  });
});
