import { randomUUID } from 'node:crypto';
import { createTestDatabase, insertRecordedVote, type TestDatabase } from '../support/db';

/** The schema itself guards the count: these hold even if the service had a bug. */
describe('ballot integrity in the schema', () => {
  let db: TestDatabase;
  let voteId: string;
  let eligible: string;
  let other: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
    const m = await insertRecordedVote(db.dataSource);
    const [d1] = await q(
      `INSERT INTO delegations (meeting_id, kind, state_iso3, display_name, credentials) VALUES ($1, 'state', 'FRA', 'France', 'accepted') RETURNING id`,
      [m.meetingId],
    );
    const [d2] = await q(
      `INSERT INTO delegations (meeting_id, kind, state_iso3, display_name, credentials) VALUES ($1, 'state', 'DEU', 'Germany', 'accepted') RETURNING id`,
      [m.meetingId],
    );
    voteId = m.voteId;
    await q(
      `INSERT INTO vote_eligibility (vote_id, delegation_id, state_iso3, name) VALUES ($1, $2, 'FRA', 'France')`,
      [voteId, d1.id],
    );
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

  it('keeps secret choices as one box of totals per vote: no row per choice, no delegation, no time', async () => {
    const cols = await db.dataSource.query<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'secret_ballot_boxes' ORDER BY column_name`,
    );
    expect(cols.map((c) => c.column_name)).toEqual(['abstain', 'no', 'vote_id', 'yes']);
    const old = await db.dataSource.query(
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'secret_ballots'`,
    );
    expect(old).toHaveLength(0);
  });

  it('never keeps a sealed choice beside a plaintext one', async () => {
    await expect(
      db.dataSource.query(
        `INSERT INTO ballots (vote_id, delegation_id, choice, sealed_choice) VALUES ($1, $2, 'yes', '\\x01')`,
        [voteId, eligible],
      ),
    ).rejects.toThrow(/ballots_sealed_check/);
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

  describe('a closed vote is fixed in the database itself', () => {
    let closedVote: string;
    let secretVote: string;
    const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);

    beforeAll(async () => {
      const [{ meeting_id: meetingId }] = await q('SELECT meeting_id FROM votes WHERE id = $1', [voteId]);
      const [{ id: delegationId }] = await q(
        `SELECT id FROM delegations WHERE meeting_id = $1 AND state_iso3 = 'DEU'`,
        [meetingId],
      );
      const open = async (method: string) => {
        const [question] = await q(
          `INSERT INTO questions (meeting_id, text, matter, rule) VALUES ($1, $2, 'procedural', 'majority-present-voting') RETURNING id`,
          [meetingId, `Q ${method}`],
        );
        // One open vote per meeting: close the earlier one first (it stays as it is).
        await q(
          `UPDATE votes SET status = 'closed', closed_at = now(), result = '{}' WHERE meeting_id = $1 AND status = 'open'`,
          [meetingId],
        );
        const [v] = await q(
          `INSERT INTO votes (question_id, meeting_id, method, rule, vote_date) VALUES ($1, $2, $3, 'majority-present-voting', '2026-03-02') RETURNING id`,
          [question.id, meetingId, method],
        );
        await q(
          `INSERT INTO vote_eligibility (vote_id, delegation_id, state_iso3, name) VALUES ($1, $2, 'DEU', 'Germany')`,
          [v.id, delegationId],
        );
        return { id: v.id as string, delegationId: delegationId as string };
      };
      const recorded = await open('recorded');
      await q(`INSERT INTO ballots (vote_id, delegation_id, choice) VALUES ($1, $2, 'yes')`, [
        recorded.id,
        recorded.delegationId,
      ]);
      await q(
        `INSERT INTO cast_ops (op_id, vote_id, delegation_id, choice, revision) VALUES ($1, $2, $3, 'yes', 1)`,
        [randomUUID(), recorded.id, recorded.delegationId],
      );
      const secret = await open('secret');
      await q(`INSERT INTO secret_ballot_boxes (vote_id, yes) VALUES ($1, 1)`, [secret.id]);
      await q(`UPDATE votes SET status = 'closed', closed_at = now(), result = '{"yes":1}' WHERE id = $1`, [
        secret.id,
      ]);
      closedVote = recorded.id;
      secretVote = secret.id;
    });

    it.each([
      ['ballots', `UPDATE ballots SET choice = 'no' WHERE vote_id = $1`],
      ['ballots', `DELETE FROM ballots WHERE vote_id = $1`],
      ['cast_ops', `UPDATE cast_ops SET choice = 'no' WHERE vote_id = $1`],
      ['cast_ops', `DELETE FROM cast_ops WHERE vote_id = $1`],
      ['votes', `UPDATE votes SET result = '{"yes":0}' WHERE id = $1`],
      ['votes', `DELETE FROM votes WHERE id = $1`],
      ['vote_eligibility', `DELETE FROM vote_eligibility WHERE vote_id = $1`],
    ])('refuses a change to %s of a closed vote: %s', async (_table, sql) => {
      await expect(q(sql, [closedVote])).rejects.toThrow(/is closed/);
    });

    it('refuses a new ballot in a closed vote', async () => {
      const [{ delegation_id: d }] = await q(
        'SELECT delegation_id FROM vote_eligibility WHERE vote_id = $1',
        [closedVote],
      );
      await expect(
        q(
          `INSERT INTO ballots (vote_id, delegation_id, choice) VALUES ($1, $2, 'no') ON CONFLICT DO NOTHING`,
          [closedVote, d],
        ),
      ).rejects.toThrow(/is closed/);
    });

    it('refuses a change to the ballot box of a closed secret ballot', async () => {
      await expect(
        q(`UPDATE secret_ballot_boxes SET no = no + 1 WHERE vote_id = $1`, [secretVote]),
      ).rejects.toThrow(/is closed/);
      await expect(q(`DELETE FROM secret_ballot_boxes WHERE vote_id = $1`, [secretVote])).rejects.toThrow(
        /is closed/,
      );
      expect(await q('SELECT yes, no FROM secret_ballot_boxes WHERE vote_id = $1', [secretVote])).toEqual([
        { yes: 1, no: 0 },
      ]);
    });

    it('refuses a key for a closed secret ballot (a shredded key cannot come back)', async () => {
      await expect(
        q(`INSERT INTO secret_ballot_keys (vote_id, wrapped_key) VALUES ($1, '\\x00')`, [secretVote]),
      ).rejects.toThrow(/is closed/);
    });

    it('refuses TRUNCATE of the voting tables once a vote has closed', async () => {
      for (const table of ['ballots', 'cast_ops', 'secret_ballot_boxes', 'vote_eligibility', 'votes'])
        await expect(q(`TRUNCATE "${table}" CASCADE`)).rejects.toThrow(/closed votes exist/);
    });
  });
});
