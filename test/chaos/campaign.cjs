'use strict';
/*
 * The fault campaign (issue #9): trials of a live vote in which the server or its PostgreSQL is
 * killed with SIGKILL while delegations are casting, and every delegation's device retries the
 * same operation until it is acknowledged, as the pad does. After each trial the vote is closed
 * and the database is compared with the acknowledgements:
 *   lost        an acknowledged choice that is not the delegation's ballot
 *   duplicated  a ballot counted more than once: more than one ballot row for a delegation, more
 *               votes in the result than ballot rows, or a delegation whose ballot was revised more
 *               often than it sent distinct operations (an operation applied twice)
 * Everything runs on 127.0.0.1, on free ports, in a temporary directory removed at the end.
 * Used by `npm run chaos` (test/chaos/run.cjs) and, one short trial of each fault, by
 * test/e2e/chaos.e2e-spec.ts.
 */
const { spawn, spawnSync } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const { chmodSync, createWriteStream, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { io } = require('socket.io-client');
const { Client } = require('pg');
const { freePort, pool } = require('../bench/lib.cjs');

const ROOT = resolve(__dirname, '..', '..');
const SERVER = join(ROOT, 'server', 'dist', 'main.js');
const CLI = join(ROOT, 'server', 'dist', 'cli', 'main.js');
const PASSWORD = 'chaos-password-not-secret';
/** Codes after which the pad sends the same operation again. */
const RETRYABLE = new Set(['DATABASE_UNAVAILABLE', 'TIMEOUT', 'NETWORK']);
const CHOICES = ['yes', 'no', 'abstain'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A small deterministic generator, so a trial can be replayed from its seed. */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function todayIn(timeZone) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

// ---- the server under test ---------------------------------------------------------------------
class ServerUnderTest {
  constructor(work, log) {
    this.work = work;
    this.log = log;
    this.child = null;
    this.stopped = false;
    this.dataDir = join(work, 'pg');
  }

  async init() {
    this.port = await freePort();
    this.pgPort = await freePort();
    this.base = `http://127.0.0.1:${this.port}`;
    this.env = {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(this.port),
      PLENARY_EMBEDDED_PORT: String(this.pgPort),
      PLENARY_DATA_DIR: this.dataDir,
      PLENARY_DEMO: 'false',
      // Every trial signs every delegation in again from this one address: lift the per-address
      // sign-in limits (the brute-force spec checks them).
      PLENARY_CODE_LIMIT_PER_ADDRESS: '100000',
      PLENARY_PASSWORD_LIMIT_PER_ADDRESS: '100000',
      PLENARY_PASSWORD_LIMIT_PER_ACCOUNT: '100000',
      LOG_LEVEL: 'warn',
    };
    delete this.env.DATABASE_URL;
    this.out = createWriteStream(join(this.work, 'server.log'), { flags: 'a' });
  }

  start() {
    const child = spawn(process.execPath, [SERVER], {
      cwd: ROOT,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(this.out, { end: false });
    child.stderr.pipe(this.out, { end: false });
    this.child = child;
    return this.waitHealthy();
  }

  async waitHealthy(ms = 120000) {
    const deadline = Date.now() + ms;
    const child = this.child;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`server exited (${child.exitCode}); see ${this.work}/server.log`);
      try {
        const r = await fetch(`${this.base}/api/health`);
        if (r.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(50);
    }
    throw new Error(`server at ${this.base} did not become healthy`);
  }

  killServer() {
    const child = this.child;
    return new Promise((done) => {
      child.once('exit', () => done());
      child.kill('SIGKILL');
    });
  }

  postmasterPid() {
    return Number(readFileSync(join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  killPostgres() {
    const pid = this.postmasterPid();
    process.kill(pid, 'SIGKILL');
    return pid;
  }

  /** The owner role's URL, from the credentials the server keeps in its data directory. */
  ownerUrl() {
    const c = JSON.parse(readFileSync(join(this.dataDir, 'plenary-credentials.json'), 'utf8'));
    return `postgres://${encodeURIComponent(c.owner.name)}:${encodeURIComponent(c.owner.password)}@127.0.0.1:${this.pgPort}/${c.database}`;
  }

  /**
   * Stops the server (SIGTERM), which stops the cluster it owns. Returns true when PostgreSQL
   * was still running after the server had exited (then it is stopped here).
   */
  async stop() {
    if (this.stopped) return false;
    this.stopped = true;
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      await new Promise((done) => {
        const hard = setTimeout(() => child.kill('SIGKILL'), 30000);
        child.once('exit', () => (clearTimeout(hard), done()));
        child.kill('SIGTERM');
      });
    }
    let leftRunning = false;
    try {
      const pid = this.postmasterPid();
      process.kill(pid, 0);
      leftRunning = true;
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 300; i++) {
        await sleep(100);
        process.kill(pid, 0);
      }
    } catch {
      // no postmaster.pid, or the process is gone
    }
    await new Promise((done) => this.out.end(done));
    return leftRunning;
  }
}

// ---- HTTP with retries (the secretariat and President also retry through an outage) ---------
async function http(
  base,
  method,
  path,
  body,
  token,
  { retryUntil = Date.now() + 60000, session = false } = {},
) {
  for (;;) {
    let status = 0;
    let text = '';
    try {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      status = res.status;
      text = await res.text();
      if (res.ok && session) {
        // The session token comes only as the HttpOnly cookie.
        const cookie = res.headers.getSetCookie().find((c) => c.startsWith('plenary_session='));
        if (cookie) return decodeURIComponent(cookie.slice('plenary_session='.length).split(';')[0]);
        throw new Error(`${method} ${path}: no session cookie`);
      }
      if (res.ok) return text ? JSON.parse(text) : null;
    } catch (e) {
      text = String(e);
    }
    const retryable = status === 0 || status === 503;
    if (!retryable || Date.now() > retryUntil) throw new Error(`${method} ${path}: ${status} ${text}`);
    await sleep(100);
  }
}

// ---- a delegation's device --------------------------------------------------------------------
class Device {
  constructor(base, token, stats) {
    this.base = base;
    this.token = token;
    this.stats = stats;
    this.socket = null;
  }

  connect() {
    if (this.socket?.connected) return Promise.resolve(this.socket);
    this.drop();
    const s = io(this.base, {
      transports: ['websocket'],
      auth: { token: this.token },
      reconnection: false,
      forceNew: true,
      timeout: 3000,
    });
    this.socket = s;
    return new Promise((done, fail) => {
      s.once('connect', () => done(s));
      s.once('connect_error', (e) => fail(e));
    });
  }

  drop() {
    if (this.socket) this.socket.disconnect();
    this.socket = null;
  }

  /** Sends one operation until it is acknowledged (same opId each time), or the deadline passes. */
  async cast(voteId, choice, opId, deadline) {
    let wait = 50;
    for (;;) {
      if (Date.now() > deadline) return { ok: false, error: 'GAVE_UP' };
      try {
        const s = await this.connect();
        const ack = await s.timeout(5000).emitWithAck('vote.cast', { voteId, choice, opId });
        if (ack.ok) return ack;
        this.stats.errorCodes[ack.error.code] = (this.stats.errorCodes[ack.error.code] ?? 0) + 1;
        if (ack.error.code === 'INTERNAL') this.stats.internal += 1;
        // INTERNAL is retried here too, so the campaign still measures the count; it is reported.
        if (!RETRYABLE.has(ack.error.code) && ack.error.code !== 'INTERNAL') return ack;
      } catch {
        // no answer: the connection or the server went away
        this.stats.noAnswer += 1;
        this.drop();
      }
      this.stats.retries += 1;
      await sleep(wait);
      wait = Math.min(wait * 2, 1000);
    }
  }
}

// ---- the campaign -------------------------------------------------------------------------------
/**
 * opts: { trials (per fault), faults: ['server','postgres'], delegations, seed, log }
 * Returns { rows: [{ fault, trial, acks, ballots, lost, duplicated, ... }], totals }.
 */
async function runCampaign(opts = {}) {
  const trials = opts.trials ?? 30;
  const faults = opts.faults ?? ['server', 'postgres'];
  const n = opts.delegations ?? 60;
  const seed = opts.seed ?? 1;
  const log = opts.log ?? (() => undefined);
  const work = mkdtempSync(join(tmpdir(), 'plenary-chaos-'));
  // As root, PostgreSQL runs as the postgres user, which must enter the data directory's parent.
  chmodSync(work, 0o755);
  const server = new ServerUnderTest(work, log);
  const rows = [];
  const pg = { client: null };
  const devices = [];
  try {
    await server.init();
    await server.start();
    for (const [username, role] of [
      ['chaos-sec', 'secretariat'],
      ['chaos-president', 'president'],
    ]) {
      const r = spawnSync(
        process.execPath,
        [CLI, 'user', 'create', '--username', username, '--role', role, '--password', PASSWORD],
        { cwd: ROOT, env: server.env, encoding: 'utf8' },
      );
      if (r.status !== 0) throw new Error(`user create: ${r.stderr}${r.stdout}`);
    }
    const base = server.base;
    const login = async (username) =>
      await http(base, 'POST', '/api/auth/login', { username, password: PASSWORD }, undefined, {
        session: true,
      });
    const sec = await login('chaos-sec');
    const president = await login('chaos-president');
    const today = todayIn('Europe/Zurich');
    const meeting = await http(
      base,
      'POST',
      '/api/meetings',
      {
        kind: 'msp',
        number: 900,
        title: 'Fault campaign Meeting of the States Parties',
        venue: 'Geneva',
        startDate: today,
        endDate: today,
        agenda: ['Fault campaign'],
      },
      sec,
    );
    await http(
      base,
      'POST',
      `/api/meetings/${meeting.id}/delegations/bulk`,
      { credentials: 'accepted' },
      sec,
    );
    const parties = (await http(base, 'GET', `/api/meetings/${meeting.id}/delegations`)).filter(
      (d) => d.stateIso3 && d.standing === 'participant',
    );
    await pool(parties, 8, (d) =>
      http(base, 'PUT', `/api/delegations/${d.id}/presence`, { present: true }, sec),
    );
    const voters = parties.slice(0, n);
    const tokens = await pool(voters, 8, async (d) => {
      const { code } = await http(base, 'POST', `/api/delegations/${d.id}/sign-in-code`, {}, sec);
      return http(base, 'POST', '/api/auth/code', { code }, undefined, { session: true });
    });
    await http(base, 'POST', `/api/meetings/${meeting.id}/status`, { action: 'open' }, president);
    const stats = { retries: 0, noAnswer: 0, internal: 0, errorCodes: {} };
    for (const token of tokens) devices.push(new Device(base, token, stats));
    log(
      `chaos: ${voters.length} delegations signed in; server ${base}, PostgreSQL 127.0.0.1:${server.pgPort}`,
    );

    const schedule = [];
    for (let t = 0; t < trials; t++) for (const fault of faults) schedule.push(fault);
    for (let i = 0; i < schedule.length; i++) {
      const fault = schedule[i];
      const random = rng(seed * 7919 + i);
      const before = { ...stats, errorCodes: { ...stats.errorCodes } };
      const q = await http(
        base,
        'POST',
        `/api/meetings/${meeting.id}/questions`,
        { text: `Fault trial ${i + 1}: ${fault}`, matter: 'other-substance' },
        president,
      );
      const vote = await http(
        base,
        'POST',
        `/api/questions/${q.id}/votes`,
        { method: 'recorded' },
        president,
      );

      // Every device: sometimes a first choice changed later, always a final choice; both retried
      // until acknowledged. Devices start over 1.5 s, as when a vote opens.
      const plans = devices.map(() => {
        const final = CHOICES[Math.floor(random() * 3)];
        const first = random() < 0.3 ? CHOICES[(CHOICES.indexOf(final) + 1) % 3] : null;
        return { ops: [...(first ? [first] : []), final].map((choice) => ({ choice, opId: randomUUID() })) };
      });
      const expectedAcks = plans.reduce((s, p) => s + p.ops.length, 0);
      const killAt = Math.max(1, Math.floor(expectedAcks * (0.1 + 0.6 * random())));
      let acked = 0;
      let killed = null;
      let restarted = null;
      const kill = async () => {
        if (fault === 'server') {
          await server.killServer();
          killed = Date.now();
          restarted = server.start().then(() => Date.now());
        } else {
          server.killPostgres();
          killed = Date.now();
        }
      };
      const deadline = Date.now() + 180000;
      const t0 = Date.now();
      let killing = null;
      await Promise.all(
        devices.map(async (dev, k) => {
          await sleep((k * 1500) / devices.length);
          for (const op of plans[k].ops) {
            op.ack = await dev.cast(vote.id, op.choice, op.opId, deadline);
            if (op.ack.ok) {
              acked += 1;
              if (acked === killAt && !killing) killing = kill();
            }
          }
        }),
      );
      if (killing) await killing;
      if (restarted) await restarted;
      const burstMs = Date.now() - t0;

      await http(base, 'POST', `/api/votes/${vote.id}/close`, {}, president);
      const snapshot = await http(base, 'GET', `/api/votes/${vote.id}`);

      // The database against the acknowledgements.
      await ensureConnected(pg, server);
      const ballots = (await pg.client.query('SELECT * FROM ballots WHERE vote_id = $1', [vote.id])).rows;
      const byDelegation = new Map();
      for (const b of ballots)
        byDelegation.set(b.delegation_id, [...(byDelegation.get(b.delegation_id) ?? []), b]);
      let lost = 0;
      let duplicated = 0;
      let acks = 0;
      let unacknowledged = 0;
      plans.forEach((p, k) => {
        const last = [...p.ops].reverse().find((o) => o.ack?.ok);
        acks += p.ops.filter((o) => o.ack?.ok).length;
        unacknowledged += p.ops.filter((o) => !o.ack?.ok).length;
        const rowsFor = byDelegation.get(voters[k].id) ?? [];
        if (last && !rowsFor.some((b) => b.choice === last.ack.data.choice)) lost += 1;
        if (rowsFor.length > 1) duplicated += rowsFor.length - 1;
        const distinctOps = p.ops.filter((o) => o.ack?.ok).length;
        // Each distinct operation applied once revises the ballot once (where the schema counts revisions).
        const revision = Number(rowsFor[0]?.revision);
        if (rowsFor.length === 1 && revision > distinctOps) duplicated += revision - distinctOps;
      });
      const result = snapshot.result ?? {};
      const counted = (result.yes ?? 0) + (result.no ?? 0) + (result.abstain ?? 0);
      if (counted > ballots.length) duplicated += counted - ballots.length;
      if (counted < ballots.length) lost += ballots.length - counted;
      const row = {
        fault,
        trial: i + 1,
        killAfterAcks: killAt,
        acks,
        unacknowledged,
        ballots: ballots.length,
        counted,
        lost,
        duplicated,
        retries: stats.retries - before.retries,
        noAnswer: stats.noAnswer - before.noAnswer,
        internal: stats.internal - before.internal,
        recoveryMs: restarted ? (await restarted) - killed : null,
        burstMs,
      };
      rows.push(row);
      log(
        `chaos: trial ${row.trial} (${fault}): acks ${row.acks}, ballots ${row.ballots}, lost ${row.lost}, duplicated ${row.duplicated}, retries ${row.retries}`,
      );
    }
    const totals = {
      trials: {},
      acks: 0,
      ballots: 0,
      lost: 0,
      duplicated: 0,
      unacknowledged: 0,
      internal: 0,
    };
    for (const r of rows) {
      totals.trials[r.fault] = (totals.trials[r.fault] ?? 0) + 1;
      for (const k of ['acks', 'ballots', 'lost', 'duplicated', 'unacknowledged', 'internal'])
        totals[k] += r[k];
    }
    totals.errorCodes = stats.errorCodes;
    totals.postgresRestarts = (
      readFileSync(join(work, 'server.log'), 'utf8').match(/embedded PostgreSQL restarted/g) ?? []
    ).length;
    // The server stops the PostgreSQL it owns, even one it found running after its own crash.
    totals.postgresLeftRunning = await server.stop();
    return { rows, totals, work };
  } finally {
    devices.forEach((d) => d.drop());
    if (pg.client) await pg.client.end().catch(() => undefined);
    await server.stop().catch(() => undefined);
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  }
}

/** One reconnecting client for the checks: the cluster may have been restarted since. */
async function ensureConnected(holder, server) {
  for (let i = 0; ; i++) {
    try {
      if (!holder.client) {
        const c = new Client({ connectionString: server.ownerUrl() });
        c.on('error', () => undefined);
        await c.connect();
        holder.client = c;
      }
      await holder.client.query('SELECT 1');
      return;
    } catch (e) {
      if (holder.client) await holder.client.end().catch(() => undefined);
      holder.client = null;
      if (i > 300) throw e;
      await sleep(100);
    }
  }
}

/** The campaign's table, as printed by `npm run chaos` and quoted in reports. */
function formatTable({ rows, totals }) {
  const byFault = {};
  for (const r of rows) {
    const f = (byFault[r.fault] ??= {
      trials: 0,
      acks: 0,
      ballots: 0,
      lost: 0,
      duplicated: 0,
      unacknowledged: 0,
      internal: 0,
      recovery: [],
    });
    f.trials += 1;
    for (const k of ['acks', 'ballots', 'lost', 'duplicated', 'unacknowledged', 'internal']) f[k] += r[k];
    if (r.recoveryMs !== null) f.recovery.push(r.recoveryMs);
  }
  const lines = [
    '| fault (kill -9) | trials | acks | ballots | lost | duplicated | unacknowledged | INTERNAL answers |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [fault, f] of Object.entries(byFault))
    lines.push(
      `| ${fault === 'server' ? 'server' : 'PostgreSQL'} | ${f.trials} | ${f.acks} | ${f.ballots} | ${f.lost} | ${f.duplicated} | ${f.unacknowledged} | ${f.internal} |`,
    );
  lines.push(
    `| **total** | ${rows.length} | ${totals.acks} | ${totals.ballots} | ${totals.lost} | ${totals.duplicated} | ${totals.unacknowledged} | ${totals.internal} |`,
  );
  return lines.join('\n');
}

module.exports = { runCampaign, formatTable };
