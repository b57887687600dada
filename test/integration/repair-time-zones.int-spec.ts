import { RepairTimeZones1795855000000 } from '../../server/src/database/migrations/1795855000000-RepairTimeZones';
import { createTestDatabase, type TestDatabase } from '../support/db';

describe('migration RepairTimeZones', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const meeting = async (number: number, zone: string) => {
    const [m] = await db.dataSource.query<{ id: string }[]>(
      `INSERT INTO meetings (kind, number, code, title, venue, start_date, end_date, rules, time_zone)
       VALUES ('msp', $1, $2, 'Meeting of the States Parties', 'Geneva', '2026-03-02', '2026-03-06', '{}', $3)
       RETURNING id`,
      [number, `${number}MSP`, zone],
    );
    return m.id;
  };
  const row = async (id: string) =>
    (
      await db.dataSource.query<{ time_zone: string; version: number }[]>(
        `SELECT time_zone, version FROM meetings WHERE id = $1`,
        [id],
      )
    )[0];

  it('sets a zone PostgreSQL does not know to Geneva and bumps that meeting only', async () => {
    const bad = await meeting(71, 'Mars/Olympus_Mons');
    const good = await meeting(72, 'America/Bogota');
    const [badBefore, goodBefore] = [await row(bad), await row(good)];

    const runner = db.dataSource.createQueryRunner();
    try {
      await new RepairTimeZones1795855000000().up(runner);
    } finally {
      await runner.release();
    }

    expect(await row(bad)).toEqual({ time_zone: 'Europe/Zurich', version: badBefore.version + 1 });
    expect(await row(good)).toEqual(goodBefore);
  });
});
