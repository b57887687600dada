import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '../support/db';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', 'server', 'bin', 'plenary.js');

describe('plenary CLI', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 1 });
  });
  afterAll(() => db.drop());

  const plenary = (...args: string[]) =>
    run(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'warn' },
    });

  it('prints the States Parties on 20 Feb 2026 as JSON: 161, quorum 81, one-third 54', async () => {
    const { stdout } = await plenary('parties', '--on', '2026-02-20', '--json');
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      date: '2026-02-20',
      count: 161,
      quorumSpecialMeeting: 81,
      oneThirdToConvene: 54,
    });
    expect(out.parties).toHaveLength(161);
    expect(out.parties).not.toContain('POL');
  });

  it('prints a readable list with the arithmetic', async () => {
    const { stdout } = await plenary('parties', '--on', '2026-02-19');
    expect(stdout).toMatch(/States Parties on 2026-02-19: 162/);
    expect(stdout).toMatch(/POL {2}Poland/);
  });

  it('refuses a malformed date', async () => {
    await expect(plenary('parties', '--on', '2026-13-01')).rejects.toMatchObject({ code: 2 });
  });

  it('reports that entities and migrations agree', async () => {
    const { stdout } = await plenary('migration:check');
    expect(stdout).toMatch(/agree/);
  });
});
