import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatTable, runCampaign } from '../chaos/campaign.cjs';

// One short trial of each fault from `npm run chaos` (test/chaos/): the built server and its
// embedded PostgreSQL in a temporary directory, each killed with SIGKILL mid-burst while the
// devices retry. Not one acknowledged vote may be lost or counted twice.
describe('fault campaign (one trial of each fault)', () => {
  beforeAll(() => {
    if (!existsSync(join(__dirname, '..', '..', 'server', 'dist', 'main.js')))
      throw new Error('The server is not built: run `npm run build` first (`npm test` does).');
  });

  it('loses and duplicates nothing when PostgreSQL, then the server, is killed mid-burst', async () => {
    const result = await runCampaign({ trials: 1, delegations: 12, faults: ['postgres', 'server'], seed: 7 });
    const table = formatTable(result);
    expect(result.rows.map((r) => r.fault)).toEqual(['postgres', 'server']);
    for (const r of result.rows) {
      expect({
        fault: r.fault,
        lost: r.lost,
        duplicated: r.duplicated,
        unacknowledged: r.unacknowledged,
      }).toEqual({
        fault: r.fault,
        lost: 0,
        duplicated: 0,
        unacknowledged: 0,
      });
      // Every device's final choice is a ballot, and the result counts each ballot once.
      expect(r.ballots).toBe(12);
      expect(r.counted).toBe(12);
      expect(r.acks).toBeGreaterThanOrEqual(12);
      // A dropped connection is never an internal error: casts get a retryable code or no answer.
      expect(r.internal).toBe(0);
    }
    // The server restarted the PostgreSQL it owns after it was killed.
    expect(result.totals.postgresRestarts).toBeGreaterThanOrEqual(1);
    // Stopped with SIGTERM, the restarted server stopped the PostgreSQL it found running.
    expect(result.totals.postgresLeftRunning).toBe(false);
    expect(table).toMatch(/\| \*\*total\*\* \| 2 \|/);
  }, 600_000);
});
