import { RegisterRefusals1796020000001 } from '../../server/src/database/migrations/1796020000001-RegisterRefusals';
import { createTestDatabase, type TestDatabase } from '../support/db';

/**
 * Migration RegisterRefusals: an election's note written before it (an English sentence) becomes
 * a refusal kept as data, its sentence kept as the message; down gives the sentence back.
 */
describe('migration RegisterRefusals', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const run = async (step: 'up' | 'down') => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await new RegisterRefusals1796020000001()[step](runner);
    } finally {
      await runner.release();
    }
  };

  it('keeps an old note as the refusal’s message, and gives it back on the way down', async () => {
    await run('down');
    const [m] = await db.dataSource.query<{ id: string }[]>(
      `INSERT INTO meetings (kind, number, code, title, venue, start_date, end_date, rules)
       VALUES ('msp', 81, '81MSP', 'Meeting of the States Parties', 'Geneva', '2026-03-02', '2026-03-06', '{}')
       RETURNING id`,
    );
    const sentence = 'The term overlaps another term in the same office.';
    const [e] = await db.dataSource.query<{ id: string }[]>(
      `INSERT INTO elections (meeting_id, title, places, election_date, candidates, status, elected, terms_note)
       VALUES ($1, 'Election of the President', 1, '2026-03-02', '[]', 'complete', '[]', $2) RETURNING id`,
      [m.id, `Not entered in the register of officeholders: ${sentence}`],
    );
    await run('up');
    const [after] = await db.dataSource.query<{ terms_refusal: unknown }[]>(
      'SELECT terms_refusal FROM elections WHERE id = $1',
      [e.id],
    );
    expect(after.terms_refusal).toEqual({ code: 'INVALID_TERM', message: sentence });
    await run('down');
    const [back] = await db.dataSource.query<{ terms_note: string }[]>(
      'SELECT terms_note FROM elections WHERE id = $1',
      [e.id],
    );
    expect(back.terms_note).toBe(`Not entered in the register of officeholders: ${sentence}`);
    await run('up');
  });
});
