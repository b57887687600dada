import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../support/db';

/** The schema itself guards the count: these hold even if the service had a bug. */
describe('ballot integrity in the schema', () => {
  let db: TestDatabase;
  let voteId: string;
  let eligible: string;
  let other: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
    const [m] = await q(
      `INSERT INTO meetings (kind, number, code, title, venue, start_date, end_date, rules)
       VALUES ('msp', 23, '23MSP', 'Twenty-Third Meeting', 'Geneva', '2026-03-02', '2026-03-06', '{}') RETURNING id`,
    );
    const [d1] = await q(
      `INSERT INTO delegations (meeting_id, kind, state_iso3, display_name, credentials) VALUES ($1, 'state', 'FRA', 'France', 'accepted') RETURNING id`,
      [m.id],
    );
    const [d2] = await q(
      `INSERT INTO delegations (meeting_id, kind, state_iso3, display_name, credentials) VALUES ($1, 'state', 'DEU', 'Germany', 'accepted') RETURNING id`,
      [m.id],
    );
    const [question] = await q(
      `INSERT INTO questions (meeting_id, text, matter, rule) VALUES ($1, 'Q', 'procedural', 'majority-present-voting') RETURNING id`,
      [m.id],
    );
    const [v] = await q(
      `INSERT INTO votes (question_id, meeting_id, method, rule, vote_date) VALUES ($1, $2, 'recorded', 'majority-present-voting', '2026-03-02') RETURNING id`,
      [question.id, m.id],
    );
    await q(
      `INSERT INTO vote_eligibility (vote_id, delegation_id, state_iso3, name) VALUES ($1, $2, 'FRA', 'France')`,
      [v.id, d1.id],
    );
    voteId = v.id;
    eligible = d1.id;
    other = d2.id;
  });
  afterAll(() => db.drop());

  it('refuses a second ballot row for the same vote and delegation', async () => {
    await db.dataSource.query(`INSERT INTO ballots (vote_id, delegation_id, choice) VALUES ($1, $2, 'yes')`, [
      voteId,
      eligible,
    ]);
    await expect(
      db.dataSource.query(`INSERT INTO ballots (vote_id, delegation_id, choice) VALUES ($1, $2, 'no')`, [
        voteId,
        eligible,
      ]),
    ).rejects.toThrow(/duplicate key/);
  });

  it('refuses a ballot from a delegation that was not eligible when the vote opened', async () => {
    await expect(
      db.dataSource.query(`INSERT INTO ballots (vote_id, delegation_id, choice) VALUES ($1, $2, 'yes')`, [
        voteId,
        other,
      ]),
    ).rejects.toThrow(/foreign key/);
  });

  it('refuses an unknown choice and a closed vote without its result', async () => {
    await expect(
      db.dataSource.query(`UPDATE ballots SET choice = 'maybe' WHERE vote_id = $1`, [voteId]),
    ).rejects.toThrow(/ballots_choice_check/);
    await expect(
      db.dataSource.query(`UPDATE votes SET status = 'closed', closed_at = now() WHERE id = $1`, [voteId]),
    ).rejects.toThrow(/votes_closed_check/);
  });

  it('allows only one open vote per meeting', async () => {
    const [{ meeting_id: meetingId }] = await db.dataSource.query(
      'SELECT meeting_id FROM votes WHERE id = $1',
      [voteId],
    );
    const [q2] = await db.dataSource.query(
      `INSERT INTO questions (meeting_id, text, matter, rule) VALUES ($1, 'Q2', 'procedural', 'majority-present-voting') RETURNING id`,
      [meetingId],
    );
    await expect(
      db.dataSource.query(
        `INSERT INTO votes (question_id, meeting_id, method, rule, vote_date) VALUES ($1, $2, 'recorded', 'majority-present-voting', '2026-03-02')`,
        [q2.id, meetingId],
      ),
    ).rejects.toThrow(/votes_meeting_open_idx/);
  });

  it('keeps secret choices in a table with no delegation and no time', async () => {
    const cols = await db.dataSource.query<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'secret_ballots' ORDER BY column_name`,
    );
    expect(cols.map((c) => c.column_name)).toEqual(['choice', 'id', 'vote_id']);
  });

  it('makes an operation id usable once', async () => {
    const op = randomUUID();
    await db.dataSource.query(
      `INSERT INTO cast_ops (op_id, vote_id, delegation_id, choice, revision) VALUES ($1, $2, $3, 'yes', 1)`,
      [op, voteId, eligible],
    );
    await expect(
      db.dataSource.query(
        `INSERT INTO cast_ops (op_id, vote_id, delegation_id, choice, revision) VALUES ($1, $2, $3, 'no', 2)`,
        [op, voteId, eligible],
      ),
    ).rejects.toThrow(/duplicate key/);
  });
});
