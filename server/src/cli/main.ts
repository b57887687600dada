import 'reflect-metadata';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { countStatesPartiesOn, isIsoDate, minimumCount, statesPartiesOn } from '@plenary/shared';
import { isoDateIn } from '../common/clock';
import { createLogger } from '../common/logger';
import { loadConfig } from '../config/env';
import { openDatabase, type OpenDatabase } from '../database/connect';
import { pendingSchemaChanges, runMigrations } from '../database/migrate';
import { AuthService } from '../modules/auth/auth.service';
import { RecordRepository } from '../modules/record/record.repository';
import { RecordService } from '../modules/record/record.service';
import { RegisterService } from '../modules/register/register.service';
import { seedPastPresidents } from '../modules/office/office-history.seed';
import { seedRegister } from '../modules/register/register.seed';
import { writeMigrationFile } from './generate-migration';

const config = loadConfig();
// The CLI speaks on stdout; its log goes to stderr so `--json` stays machine-readable.
const log = createLogger(process.env.LOG_LEVEL ?? 'warn', 'plenary-cli');

async function withDb<T>(fn: (db: OpenDatabase) => Promise<T>, migrate = true): Promise<T> {
  const db = await openDatabase(config, log, { poolSize: 4 });
  try {
    if (migrate) {
      await runMigrations(db.dataSource);
      // The register is reference data shipped with the product: load what is missing.
      await seedRegister(db.dataSource);
      await seedPastPresidents(db.dataSource);
    }
    return await fn(db);
  } finally {
    await db.close();
  }
}

const program = new Command('plenary')
  .description('Plenary: meetings and voting for the Ottawa Convention')
  .showHelpAfterError();

program
  .command('migrate')
  .description('apply pending database migrations (under an advisory lock)')
  .action(() =>
    withDb(async (db) => {
      const applied = await runMigrations(db.dataSource);
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}`
          : 'Database is up to date.',
      );
    }, false),
  );

program
  .command('seed')
  .description('load the register of States Parties (idempotent)')
  .action(() =>
    withDb(async (db) => {
      const r = await seedRegister(db.dataSource);
      console.log(`Register: ${r.inserted} State(s) added, ${r.skipped} already present.`);
      const p = await seedPastPresidents(db.dataSource);
      console.log(`Past Presidents: ${p.inserted} added, ${p.skipped} already present.`);
    }),
  );

program
  .command('parties')
  .description(
    'the States Parties on a date, with the Special Meeting quorum and the one-third convening threshold',
  )
  .requiredOption('--on <date>', 'calendar date, YYYY-MM-DD', isoDateIn(new Date(), config.PLENARY_TIME_ZONE))
  .option('--json', 'print JSON')
  .action((opts: { on: string; json?: boolean }) => {
    const on: string = opts.on;
    if (!isIsoDate(on)) {
      console.error(`plenary: --on must be a date in the form YYYY-MM-DD (got "${String(on)}")`);
      process.exitCode = 2;
      return;
    }
    return withDb(async (db) => {
      const records = await new RegisterService(db.dataSource).loadRecords();
      const parties = statesPartiesOn(records, opts.on);
      const count = countStatesPartiesOn(records, opts.on);
      // No State was a Party before 1 March 1999: no threshold to compute then.
      const quorum =
        count > 0
          ? minimumCount('majority-of-parties', count)
          : { minimum: 0, explanation: 'no States Parties' };
      const third =
        count > 0
          ? minimumCount('one-third-of-parties', count)
          : { minimum: 0, explanation: 'no States Parties' };
      if (opts.json) {
        const out = {
          date: opts.on,
          count,
          quorumSpecialMeeting: quorum.minimum,
          oneThirdToConvene: third.minimum,
          parties: parties.map((p) => p.iso3),
        };
        console.log(JSON.stringify(out));
        return;
      }
      for (const p of parties) console.log(`${p.iso3}  ${p.name}`);
      console.log(`\nStates Parties on ${opts.on}: ${count}`);
      console.log(`Special Meeting quorum (Art. 8.5): ${quorum.minimum}  (${quorum.explanation})`);
      console.log(`One-third to convene (Art. 8.5): ${third.minimum}  (${third.explanation})`);
    });
  });

const user = program.command('user').description('secretariat and President accounts');
user
  .command('create')
  .description('create a secretariat or President account')
  .requiredOption('--username <name>')
  .addOption(new Option('--role <role>').choices(['secretariat', 'president']).makeOptionMandatory())
  .requiredOption('--password <password>', 'at least 10 characters')
  .option('--display-name <name>')
  .action(
    (o: { username: string; role: 'secretariat' | 'president'; password: string; displayName?: string }) => {
      if (o.password.length < 10) {
        console.error('plenary: --password must have at least 10 characters');
        process.exitCode = 2;
        return;
      }
      return withDb(async (db) => {
        const u = await new AuthService(db.dataSource).createUser({
          username: o.username,
          role: o.role,
          password: o.password,
          displayName: o.displayName ?? o.username,
        });
        console.log(`Created ${u.role} account ${u.username}.`);
      });
    },
  );

const record = program.command('record').description("the meetings' append-only, hash-chained record");
record
  .command('verify')
  .description(
    "recompute every meeting's hash chain from the database and name the first entry that does not verify",
  )
  .option('--meeting <id-or-code>', 'one meeting (its id, or its code such as 23MSP)')
  .option('--json', 'print JSON')
  .action((o: { meeting?: string; json?: boolean }) =>
    withDb(async (db) => {
      const results = await new RecordService(db.dataSource, new RecordRepository(db.dataSource)).verify(
        o.meeting,
      );
      const bad = results.filter((r) => !r.check.ok);
      if (o.json) {
        console.log(
          JSON.stringify({
            ok: bad.length === 0,
            meetings: results.map((r) =>
              r.check.ok
                ? {
                    meetingId: r.meetingId,
                    code: r.code,
                    ok: true,
                    entries: r.check.entries,
                    head: r.check.head,
                  }
                : {
                    meetingId: r.meetingId,
                    code: r.code,
                    ok: false,
                    entries: r.check.entries,
                    problem: r.check.problem,
                    entryId: r.check.entry?.id ?? null,
                    seq: r.check.entry?.seq ?? null,
                    message: r.check.message,
                  },
            ),
          }),
        );
      } else {
        for (const r of results) {
          const c = r.check;
          if (c.ok)
            console.log(`${r.code}  ${c.entries} entries  head no. ${c.head.seq} ${c.head.hash ?? '-'}  ok`);
          else console.log(`${r.code}  NOT VERIFIED: ${c.message}`);
        }
        const entries = results.reduce((n, r) => n + r.check.entries, 0);
        if (bad.length === 0)
          console.log(`\nThe record of ${results.length} meeting(s) verifies (${entries} entries).`);
        else
          console.error(
            `\nThe record does NOT verify for ${bad.length} of ${results.length} meeting(s): ${bad.map((r) => r.code).join(', ')}.`,
          );
      }
      if (bad.length) process.exitCode = 1;
    }),
  );

program
  .command('migration:generate')
  .description('write a migration for the difference between the entities and the database')
  .argument('<name>', 'e.g. AddMeetings')
  .action((name: string) =>
    withDb(async (db) => {
      const { up, down } = await pendingSchemaChanges(db.dataSource);
      if (up.length === 0) return console.log('No changes: entities and migrations agree.');
      const file = writeMigrationFile(
        join(__dirname, '..', '..', 'src', 'database', 'migrations'),
        name,
        up,
        down.reverse(),
        Date.now(),
      );
      console.log(`Wrote ${file}; add it to src/database/migrations/index.ts and review it.`);
    }),
  );

program
  .command('migration:check')
  .description('fail when the entities have drifted from the migrations')
  .action(() =>
    withDb(async (db) => {
      const { up } = await pendingSchemaChanges(db.dataSource);
      if (up.length) {
        console.error(
          `Entities and migrations differ; run \`npm run db:generate -- <Name>\`:\n  ${up.join(';\n  ')}`,
        );
        process.exitCode = 1;
      } else console.log('Entities and migrations agree.');
    }),
  );

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(`plenary: ${(e as Error).message}`);
  process.exit(1);
});
