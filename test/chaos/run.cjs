'use strict';
/*
 * `npm run chaos` (after the build): N trials each of kill -9 the server and kill -9 PostgreSQL
 * in the middle of a burst of casts, with the devices retrying; prints the table of trials,
 * acknowledged casts, ballots, lost and duplicated, and exits 1 if any vote was lost or counted
 * twice. Bounded and loopback only. Options: --trials=30 (per fault) --delegations=60
 * --faults=server,postgres --seed=1 --keep (keep the work directory and its server.log).
 */
const { writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { runCampaign, formatTable } = require('./campaign.cjs');

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);

async function main() {
  const trials = Number(args.trials ?? 30);
  const delegations = Number(args.delegations ?? 60);
  if (!(trials >= 1 && trials <= 500) || !(delegations >= 1 && delegations <= 161)) {
    console.error('chaos: --trials must be 1..500 and --delegations 1..161');
    process.exit(2);
  }
  const started = Date.now();
  const result = await runCampaign({
    trials,
    delegations,
    faults: (args.faults ?? 'server,postgres').split(','),
    seed: Number(args.seed ?? 1),
    keep: args.keep === 'true',
    log: (m) => console.log(m),
  });
  const table = formatTable(result);
  const t = result.totals;
  console.log(`\n${table}\n`);
  console.log(
    `PostgreSQL restarts by the server's supervisor: ${t.postgresRestarts}; answers by code during the faults: ${JSON.stringify(t.errorCodes)}; ${Math.round((Date.now() - started) / 1000)} s`,
  );
  if (args.keep === 'true') console.log(`work directory kept: ${result.work}`);
  const dir = join(__dirname, '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'chaos-latest.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(dir, 'chaos-latest.md'), `${table}\n`);
  if (t.lost || t.duplicated || t.unacknowledged) {
    console.error('chaos: FAILED: a vote was lost, counted twice, or never acknowledged');
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
