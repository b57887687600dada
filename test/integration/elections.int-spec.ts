import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../support/db';

/** The election tables guard the count themselves: these hold even if the service had a bug. */
describe('election rounds in the schema', () => {
  let db: TestDatabase;
  let electionId: string;
  let roundId: string;
  let eligible: string;
  let other: string;
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);

  beforeAll(async () => {
    db = await createTestDatabase();
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
    const [e] = await q(
      `INSERT INTO elections (meeting_id, title, places, election_date, candidates) VALUES ($1, 'Election', 1, '2026-03-02', '[]') RETURNING id`,
      [m.id],
    );
    const [r] = await q(
      `INSERT INTO election_rounds (election_id, number, round, round_date) VALUES ($1, 1, '{}', '2026-03-02') RETURNING id`,
      [e.id],
    );
    await q(`INSERT INTO election_eligibility (round_id, delegation_id, state_iso3) VALUES ($1, $2, 'FRA')`, [
      r.id,
      d1.id,
    ]);
    await q(`INSERT INTO election_round_keys (round_id, wrapped_key) VALUES ($1, '\\x00')`, [r.id]);
    electionId = e.id;
    roundId = r.id;
    eligible = d1.id;
    other = d2.id;
  });
  afterAll(() => db.drop());

  it('takes one ballot per eligible delegation and round, and one open round per election', async () => {
    await expect(
      q('INSERT INTO election_participation (round_id, delegation_id) VALUES ($1, $2)', [roundId, other]),
    ).rejects.toThrow(/foreign key/);
    await q('INSERT INTO election_participation (round_id, delegation_id) VALUES ($1, $2)', [
      roundId,
      eligible,
    ]);
    await expect(
      q('INSERT INTO election_participation (round_id, delegation_id) VALUES ($1, $2)', [roundId, eligible]),
    ).rejects.toThrow(/duplicate key/);
    await expect(
      q(
        `INSERT INTO election_rounds (election_id, number, round, round_date) VALUES ($1, 2, '{}', '2026-03-02')`,
        [electionId],
      ),
    ).rejects.toThrow(/election_rounds_one_open/);
  });

  it('counts a round only once its key and every sealed ballot are erased', async () => {
    await q('UPDATE election_participation SET sealed_ballot = $2 WHERE round_id = $1', [
      roundId,
      Buffer.alloc(93, 1),
    ]);
    const count = () =>
      q(
        `UPDATE election_rounds SET status = 'counted', tally = '{"votes":{},"presentAndVoting":1,"blank":0,"invalid":0}', counted_at = now() WHERE id = $1`,
        [roundId],
      );
    await expect(count()).rejects.toThrow(/still holds its key or a sealed ballot/);
    await q('DELETE FROM election_round_keys WHERE round_id = $1', [roundId]);
    await expect(count()).rejects.toThrow(/still holds its key or a sealed ballot/);
    await q('UPDATE election_participation SET sealed_ballot = NULL WHERE round_id = $1', [roundId]);
  });

  it('fixes a counted round: no ballot, key, sealed value or recount; its lot seed is set once', async () => {
    await q(
      `UPDATE election_rounds SET status = 'counted', tally = '{"votes":{},"presentAndVoting":1,"blank":0,"invalid":0}', counted_at = now() WHERE id = $1`,
      [roundId],
    );
    await expect(
      q('INSERT INTO election_cast_ops (op_id, round_id, delegation_id) VALUES ($1, $2, $3)', [
        randomUUID(),
        roundId,
        eligible,
      ]),
    ).rejects.toThrow(/counted/);
    await expect(
      q(`INSERT INTO election_round_keys (round_id, wrapped_key) VALUES ($1, '\\x00')`, [roundId]),
    ).rejects.toThrow(/counted/);
    await expect(
      q('UPDATE election_participation SET sealed_ballot = $2 WHERE round_id = $1', [
        roundId,
        Buffer.alloc(93, 2),
      ]),
    ).rejects.toThrow(/counted/);
    await expect(q('DELETE FROM election_participation WHERE round_id = $1', [roundId])).rejects.toThrow(
      /counted/,
    );
    await expect(
      q(
        `UPDATE election_rounds SET tally = '{"votes":{},"presentAndVoting":0,"blank":0,"invalid":0}' WHERE id = $1`,
        [roundId],
      ),
    ).rejects.toThrow(/counted/);
    await q(`UPDATE election_rounds SET lot_seed = 'abc' WHERE id = $1`, [roundId]);
    await expect(q(`UPDATE election_rounds SET lot_seed = 'other' WHERE id = $1`, [roundId])).rejects.toThrow(
      /counted/,
    );
    await expect(q('DELETE FROM election_rounds WHERE id = $1', [roundId])).rejects.toThrow(/counted/);
  });

  it('refuses a term without its committee, or ending before it starts', async () => {
    await expect(
      q(
        `INSERT INTO office_terms (office_kind, holder_state, from_date) VALUES ('committee-member', 'FRA', '2026-03-02')`,
      ),
    ).rejects.toThrow(/office_terms_committee_check/);
    await expect(
      q(
        `INSERT INTO office_terms (office_kind, holder_state, from_date, until_date) VALUES ('president', 'FRA', '2026-03-02', '2026-03-01')`,
      ),
    ).rejects.toThrow(/office_terms_dates_check/);
  });
});
