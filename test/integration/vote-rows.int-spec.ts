import { ROWS_SQL } from '../../server/src/modules/vote/vote.snapshot';
import { createTestDatabase, insertRecordedVote, type TestDatabase } from '../support/db';

interface PlanNode {
  'Node Type': string;
  'Parent Relationship'?: string;
  'Subplan Name'?: string;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** The top node of every InitPlan and SubPlan in a plan, with how many times it ran. */
function subplans(node: PlanNode, out: { name: string; loops: number }[] = []) {
  if (node['Parent Relationship'] === 'SubPlan' || node['Parent Relationship'] === 'InitPlan')
    out.push({ name: node['Subplan Name'] ?? node['Node Type'], loops: node['Actual Loops'] });
  for (const child of node.Plans ?? []) subplans(child, out);
  return out;
}

/**
 * The statement behind every tally (vote.snapshot.ts): a burst reads it once per tally interval,
 * up to ten times a second, so what it costs PostgreSQL is paid while casts wait for CPU.
 */
describe('the vote rows statement', () => {
  let db: TestDatabase;
  let voteId: string;
  const STATES = 24;
  const VOTED = 17;

  beforeAll(async () => {
    db = await createTestDatabase();
    const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
    const m = await insertRecordedVote(db.dataSource);
    voteId = m.voteId;
    // States of the register the migrations load.
    const states = await q(`SELECT iso3 FROM states ORDER BY iso3 LIMIT ${STATES}`);
    expect(states).toHaveLength(STATES);
    for (let i = 0; i < STATES; i++) {
      const iso3 = String(states[i].iso3).trim();
      const [d] = await q(
        `INSERT INTO delegations (meeting_id, kind, state_iso3, display_name, credentials, present)
         VALUES ($1, 'state', $2, $3, 'accepted', true) RETURNING id`,
        [m.meetingId, iso3, `State ${iso3}`],
      );
      await q(
        `INSERT INTO vote_eligibility (vote_id, delegation_id, state_iso3, name) VALUES ($1, $2, $3, $4)`,
        [voteId, d.id, iso3, `State ${iso3}`],
      );
      // Some States changed their vote: revision 2.
      if (i < VOTED)
        await q(`INSERT INTO ballots (vote_id, delegation_id, choice, revision) VALUES ($1, $2, 'yes', $3)`, [
          voteId,
          d.id,
          i % 3 === 0 ? 2 : 1,
        ]);
    }
  });
  afterAll(() => db.drop());

  it('answers one row per eligible State, each with the version of the whole vote', async () => {
    const rows = await db.dataSource.query<{ version: number; voted: boolean }[]>(ROWS_SQL, [voteId]);
    const revisions = Array.from({ length: VOTED }, (_, i) => (i % 3 === 0 ? 2 : 1)).reduce(
      (a, b) => a + b,
      0,
    );
    expect(rows).toHaveLength(STATES);
    expect(new Set(rows.map((r) => r.version))).toEqual(new Set([revisions]));
    expect(rows.filter((r) => r.voted)).toHaveLength(VOTED);
  });

  it('works the version out once, not once per eligible State', async () => {
    const [{ 'QUERY PLAN': plan }] = await db.dataSource.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${ROWS_SQL}`,
      [voteId],
    );
    const found = subplans(plan[0].Plan);
    // The ballots' sum and the roll call's calls: each run once for the vote.
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const s of found) expect(s).toEqual({ name: s.name, loops: 1 });
  });
});
