'use strict';
/*
 * The live-vote benchmark: `npm run bench` (W = 0, 1,000, 3,000, 5,000) or `npm run bench -- --quick`
 * (W = 0, 1,000). Options: --sizes=0,1000 --procs=2 (watcher processes) --spread=1000 (ms over which
 * the delegations start casting) --nodes=2 (cluster: two server nodes, PLENARY_CLUSTER=true)
 * --tier=board (two nodes: the delegations on the first, every public watcher on the second, the
 * board tier of ADR 0010) --phases=storm,nextSpeaker (the phases after each vote, from
 * test/bench/phases/; --phases= for none) --out=name (bench/results/name.{json,md}, default latest)
 * --profile (the watchers' node runs with --cpu-prof into bench/profiles/; the bursts' windows are
 * recorded so the profile can be cut to them: test/bench/profile-window.cjs) --trace (the node that
 * takes the casts writes its event loop's delay and each prepared statement's time to
 * bench/profiles/<out>-trace.jsonl: test/bench/trace.cjs, cut to a burst by trace-window.cjs).
 * Starts the built server (embedded PostgreSQL in a temp dir unless DATABASE_URL is set) and a bare
 * socket.io floor server (the floor of a broadcast and, acknowledging casts at once while it fans
 * out as Plenary does, the floor of an ack), drives both from worker processes on 127.0.0.1 only, and writes
 * bench/results/latest.json and latest.md. Each result records the machine's load average.
 */
const { spawn, spawnSync } = require('node:child_process');
const {
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  chmodSync,
} = require('node:fs');
const { tmpdir, cpus, loadavg } = require('node:os');
const { join, resolve } = require('node:path');
const { io } = require('socket.io-client');
const { Client } = require('pg');
const { now, sleep, stats, freePort, pool } = require('./lib.cjs');
// Built by `npm run bench` (it runs the build first): the same encoder the server uses.
const { toTally } = require('../../shared/dist');

const LETTER = { yes: 'Y', no: 'N', abstain: 'A' };

const ROOT = resolve(__dirname, '..', '..');
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const QUICK = args.quick === 'true';
const SIZES = (args.sizes ?? (QUICK ? '0,1000' : '0,1000,3000,5000')).split(',').map(Number);
const PROCS = Number(args.procs ?? 2);
const SPREAD_MS = Number(args.spread ?? 1000);
const TIER = args.tier ?? null;
if (TIER !== null && TIER !== 'board') throw new Error('--tier takes only "board"');
const NODES = TIER === 'board' ? 2 : Number(args.nodes ?? 1);
const PHASES = (args.phases ?? 'storm,nextSpeaker').split(',').filter(Boolean);
const OUT = args.out ?? 'latest';
const PROFILE = args.profile === 'true';
const TRACE = args.trace === 'true';
// Another build of the server (a copy of server/dist from an earlier commit) for before/after runs.
const SERVER_DIST = resolve(args['server-dist'] ?? join(ROOT, 'server', 'dist'));
// The server's settings as the server under test reads them from this environment (its own
// defaults, config/env.ts, unless overridden): the floor server fans out with the same ones.
const SERVER_CONFIG = require(join(SERVER_DIST, 'config', 'env.js')).parseEnv(process.env);
const RECONCILE_MS = SERVER_CONFIG.PLENARY_RECONCILE_MS;
const phaseModules = PHASES.map((name) => {
  const file = { storm: 'storm.cjs', nextSpeaker: 'next-speaker.cjs' }[name] ?? `${name}.cjs`;
  return require(join(__dirname, 'phases', file));
});
const load = () => loadavg().map((x) => +x.toFixed(2));
// Watchers stand for thousands of remote screens: at nice 10 their parsing takes the CPU the
// server, PostgreSQL and the delegations leave over, instead of slowing the server down (--nice=0
// to turn off). The floor's watchers run the same way.
const NICE = Number(args.nice ?? 10);
const FLOOR_BROADCASTS = 30;
const PASSWORD = 'bench-password-not-secret';
const children = new Set();

// ---- processes --------------------------------------------------------------------------------
/** Through bash so the child gets a raised file-descriptor limit (each socket is one). */
function spawnNode(script, nodeArgs, env, ipc = true, nice = 0) {
  const cmd = `ulimit -n 65536 2>/dev/null || ulimit -n $(ulimit -Hn); exec ${nice ? `nice -n ${nice} ` : ''}node ${nodeArgs.join(' ')} ${script}`;
  const child = spawn('bash', ['-c', cmd], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', ...(ipc ? ['ipc'] : [])],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function worker(script, nice = 0) {
  const child = spawnNode(join(__dirname, script), [], {}, true, nice);
  let seq = 0;
  const waiting = new Map();
  child.on('message', (m) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.ok) w.resolve(m.data);
    else w.reject(new Error(`${script}: ${m.error}`));
  });
  child.on('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`${script} exited (${code})`));
    waiting.clear();
  });
  const call = (cmd, payload = {}) =>
    new Promise((res, rej) => {
      const id = ++seq;
      waiting.set(id, { resolve: res, reject: rej });
      child.send({ id, cmd, ...payload });
    });
  return {
    child,
    call,
    stop: () =>
      call('stop')
        .catch(() => undefined)
        .finally(() => child.disconnect?.()),
  };
}

function stopChild(child, signal = 'SIGTERM') {
  return new Promise((res) => {
    if (child.exitCode !== null || child.signalCode !== null) return res();
    const t = setTimeout(() => child.kill('SIGKILL'), 20000);
    child.once('exit', () => (clearTimeout(t), res()));
    child.kill(signal);
  });
}

/** utime + stime of a process, in ms, from /proc/<pid>/stat. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = 100; // USER_HZ on Linux
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
}
function rssKb(pid) {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
}
/** utime + stime in ms of every process on the machine, with its command name: pid -> { comm, ms }. */
function everyProcessCpu() {
  const out = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      out.set(Number(pid), {
        comm: stat.slice(stat.indexOf('(') + 1, close),
        ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / 100,
      });
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/**
 * Where the machine's CPU went between two everyProcessCpu() readings, in ms: the server nodes,
 * the watcher processes, the delegations' process, PostgreSQL (every process named postgres) and
 * the rest (the bench itself, the kernel's threads, other work), against what the cores could give.
 */
function cpuSplit(before, after, wallMs, pids) {
  const split = { server: 0, watchers: 0, delegations: 0, postgres: 0, other: 0 };
  for (const [pid, a] of after) {
    const d = a.ms - (before.get(pid)?.ms ?? 0);
    if (d <= 0) continue;
    if (pids.server.includes(pid)) split.server += d;
    else if (pids.watchers.includes(pid)) split.watchers += d;
    else if (pid === pids.delegations) split.delegations += d;
    else if (a.comm === 'postgres') split.postgres += d;
    else split.other += d;
  }
  const busy = Object.values(split).reduce((x, y) => x + y, 0);
  return {
    ...split,
    busy: Math.round(busy),
    capacity: Math.round(wallMs * cpus().length),
    wallMs: Math.round(wallMs),
  };
}

/** Busy and total jiffies of the whole machine. */
function machineCpu() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + f[4];
  const total = f.reduce((s, x) => s + x, 0);
  return { busy: total - idle, total };
}

/** Checkpoints PostgreSQL has begun so far (17 and later: pg_stat_checkpointer; before: pg_stat_bgwriter). */
async function checkpoints(pg) {
  for (const sql of [
    'SELECT num_timed + num_requested AS n FROM pg_stat_checkpointer',
    'SELECT checkpoints_timed + checkpoints_req AS n FROM pg_stat_bgwriter',
  ]) {
    try {
      return Number((await pg.query(sql)).rows[0].n);
    } catch {
      // The view of the other major version.
    }
  }
  return null;
}

/**
 * The watcher processes' `lastToHold` lists (watchers.cjs `reach`, `reachFloor`) as one: key ->
 * when the last watcher of every process held it (the latest `max`) and how many never did (the
 * summed `missing`). `keyOf` maps a process's key to the merged one, or null to leave it out.
 */
function mergeReach(lists, keyOf = (key) => key) {
  const merged = new Map();
  for (const list of lists)
    for (const [key, a] of list) {
      const k = keyOf(key);
      if (k === null) continue;
      const prev = merged.get(k) ?? { max: -Infinity, missing: 0 };
      merged.set(k, { max: Math.max(prev.max, a.max), missing: prev.missing + a.missing });
    }
  return merged;
}

// ---- HTTP ---------------------------------------------------------------------------------------
/** Where node n's delivery.cjs writes (in the bench's own directory). */
function deliveryFile(work, n) {
  return join(work, `delivery-node${n}.jsonl`);
}

/**
 * From the nodes' delivery files, for one vote: version -> when every board socket of every node
 * held it or a later one (the latest node; null when a node never got there). A node that wrote
 * no tally of the vote at all holds no board socket of it (the casts node of `--tier=board`).
 */
function deliveredBy(files, voteId) {
  const perNode = files
    .map((file) => {
      if (!existsSync(file)) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .filter((d) => d.voteId === voteId);
    })
    .filter((lines) => lines.length);
  return (version) => {
    if (!perNode.length) return null;
    let latest = -Infinity;
    for (const lines of perNode) {
      const done = lines.filter((d) => d.version >= version).map((d) => d.at);
      if (!done.length) return null;
      latest = Math.max(latest, Math.min(...done));
    }
    return latest;
  };
}

async function http(base, method, path, body, token) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Signs in and answers the session token, which the server sends only as the HttpOnly cookie. */
async function signIn(base, path, body) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('plenary_session='));
  if (!cookie) throw new Error(`POST ${path}: no session cookie`);
  return decodeURIComponent(cookie.slice('plenary_session='.length).split(';')[0]);
}

async function waitHealthy(base, ms = 180000) {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`${base} did not become healthy`);
}

const metrics = (base) => http(base, 'GET', '/api/metrics/process?gc=1');

function todayIn(timeZone) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

// ---- the run ------------------------------------------------------------------------------------
async function main() {
  const work = mkdtempSync(join(tmpdir(), 'plenary-bench-'));
  chmodSync(work, 0o755);
  const pgPort = await freePort();
  const baseEnv = {
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PLENARY_DEMO: 'false',
    PLENARY_BENCH_METRICS: 'true',
    // 161 delegations sign in from this one address on every run: no sign-in limit in the way.
    PLENARY_CODE_LIMIT_PER_ADDRESS: '100000',
    PLENARY_PASSWORD_LIMIT_PER_ADDRESS: '100000',
    PLENARY_PASSWORD_LIMIT_PER_ACCOUNT: '100000',
    PLENARY_CLUSTER: NODES > 1 ? 'true' : 'false',
    ...(process.env.DATABASE_URL
      ? {}
      : { PLENARY_DATA_DIR: join(work, 'pg'), PLENARY_EMBEDDED_PORT: String(pgPort) }),
  };
  // The embedded cluster's owner role, from the credentials the server keeps in its data directory.
  const dbUrl = () => {
    if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
    const c = JSON.parse(readFileSync(join(work, 'pg', 'plenary-credentials.json'), 'utf8'));
    return `postgres://${encodeURIComponent(c.owner.name)}:${encodeURIComponent(c.owner.password)}@127.0.0.1:${pgPort}/${c.database}`;
  };
  const nodes = [];
  const profileDir = join(ROOT, 'bench', 'profiles');
  for (let n = 0; n < NODES; n++) {
    const port = await freePort();
    // The node that serves the watchers is the one profiled.
    const profiled = PROFILE && n === NODES - 1;
    // The node that takes the casts is the one traced.
    const traced = TRACE && n === 0;
    if (profiled || traced) mkdirSync(profileDir, { recursive: true });
    // --expose-gc only so the metrics endpoint can collect before measuring the heap.
    const child = spawnNode(
      join(SERVER_DIST, 'main.js'),
      [
        '--expose-gc',
        ...(profiled ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
        ...(traced ? ['--require', join(__dirname, 'trace.cjs')] : []),
        '--require',
        join(__dirname, 'delivery.cjs'),
      ],
      {
        ...baseEnv,
        PORT: String(port),
        PLENARY_BENCH_DELIVERY: deliveryFile(work, n),
        ...(traced ? { PLENARY_BENCH_TRACE: join(profileDir, `${OUT}-trace.jsonl`) } : {}),
      },
      false,
    );
    const base = `http://127.0.0.1:${port}`;
    await waitHealthy(base);
    nodes.push({ child, base, pid: child.pid });
  }
  const base = nodes[0].base;
  const urls = nodes.map((n) => n.base);
  // The board tier: casts on the first node, watchers on the second; otherwise both spread.
  const castUrls = TIER === 'board' ? [urls[0]] : urls;
  const watchUrls = TIER === 'board' ? [urls[1]] : urls;
  console.log(
    `bench: ${NODES} server node(s) at ${urls.join(', ')}, database ${process.env.DATABASE_URL ? 'DATABASE_URL' : `embedded (${work})`}`,
  );

  // Staff accounts through the CLI, on the same database.
  for (const [username, role] of [
    ['bench-sec', 'secretariat'],
    ['bench-president', 'president'],
  ]) {
    const r = spawnSync(
      'node',
      [
        join(SERVER_DIST, 'cli', 'main.js'),
        'user',
        'create',
        '--username',
        username,
        '--role',
        role,
        '--password',
        PASSWORD,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...baseEnv },
        encoding: 'utf8',
      },
    );
    if (r.status !== 0 && !/exists|taken|already/i.test(r.stderr + r.stdout))
      throw new Error(`user create: ${r.stderr}${r.stdout}`);
  }
  const sec = await signIn(base, '/api/auth/login', { username: 'bench-sec', password: PASSWORD });
  const president = await signIn(base, '/api/auth/login', {
    username: 'bench-president',
    password: PASSWORD,
  });

  // A fixed meeting on today's date, every State Party registered with accepted credentials.
  const today = todayIn('Europe/Zurich');
  const meeting = await http(
    base,
    'POST',
    '/api/meetings',
    {
      kind: 'msp',
      number: 100 + Math.floor(Math.random() * 899),
      title: 'Benchmark Meeting of the States Parties',
      venue: 'Geneva',
      startDate: today,
      endDate: today,
      agenda: ['Benchmark'],
    },
    sec,
  );
  await http(base, 'POST', `/api/meetings/${meeting.id}/delegations/bulk`, { credentials: 'accepted' }, sec);
  const parties = (await http(base, 'GET', `/api/meetings/${meeting.id}/delegations`)).filter(
    (d) => d.stateIso3 && d.standing === 'participant',
  );
  const t0 = now();
  const tokens = await pool(parties, 8, async (d) => {
    const { code } = await http(base, 'POST', `/api/delegations/${d.id}/sign-in-code`, {}, sec);
    return signIn(base, '/api/auth/code', { code });
  });
  await pool(parties, 8, (d) =>
    http(base, 'PUT', `/api/delegations/${d.id}/presence`, { present: true }, sec),
  );
  await http(base, 'POST', `/api/meetings/${meeting.id}/status`, { action: 'open' }, president);
  console.log(
    `bench: meeting ${meeting.code ?? meeting.id} on ${today}, ${parties.length} delegations signed in and checked in (${Math.round(now() - t0)} ms)`,
  );

  const pg = new Client({ connectionString: dbUrl() });
  await pg.connect();
  const dele = worker('delegations.cjs');
  await dele.call('start', { urls: castUrls, tokens });

  // Planned choices: 100 yes, the rest no, the last 12 abstain; every 7th first votes the other
  // way then changes; every 5th retries its final cast with the same operation id.
  const n = parties.length;
  const plan = parties.map((_, i) => {
    const final = i < 100 ? 'yes' : i < n - 12 ? 'no' : 'abstain';
    return { final, first: i % 7 === 0 ? (final === 'yes' ? 'no' : 'yes') : undefined, retry: i % 5 === 0 };
  });

  const floorPort = await freePort();
  const floor = spawnNode(join(__dirname, 'floor-server.cjs'), [], {
    PORT: String(floorPort),
    FLOOR_DATABASE_URL: dbUrl(),
    PLENARY_TALLY_INTERVAL_MS: String(SERVER_CONFIG.PLENARY_TALLY_INTERVAL_MS),
    PLENARY_BROADCAST_SLICE: String(SERVER_CONFIG.PLENARY_BROADCAST_SLICE),
  });
  await new Promise((r) => floor.once('message', r));
  const floorUrl = `http://127.0.0.1:${floorPort}`;
  let floorPayload = null;

  const results = [];
  for (const W of SIZES) {
    console.log(`bench: W = ${W} …`);
    const row = { watchers: W, watcherProcs: W ? PROCS : 0, loadAvgAtStart: load() };
    const before = await Promise.all(
      nodes.map((nd) => metrics(nd.base).then((m) => ({ ...m, rssKb: rssKb(nd.pid) }))),
    );

    // Watchers attach (spread over the nodes in a cluster), then the memory is measured again.
    const watchers = [];
    if (W) {
      const ta = now();
      const per = Math.ceil(W / PROCS);
      for (let p = 0; p < PROCS; p++) watchers.push(worker('watchers.cjs', NICE));
      const started = await Promise.all(
        watchers.map((w, p) =>
          w.call('start', {
            urls: watchUrls,
            mode: 'plenary',
            meetingId: meeting.id,
            count: Math.min(per, W - p * per),
            offset: p * per,
            concurrency: 50,
          }),
        ),
      );
      row.attached = started.reduce((s, x) => s + x.connected, 0);
      row.attachFailed = started.reduce((s, x) => s + x.failed, 0);
      row.attachMs = Math.round(now() - ta);
    }
    const after = await Promise.all(
      nodes.map((nd) => metrics(nd.base).then((m) => ({ ...m, rssKb: rssKb(nd.pid) }))),
    );
    if (W) {
      const heap = after.reduce((s, m) => s + m.heapUsed, 0) - before.reduce((s, m) => s + m.heapUsed, 0);
      const rss = after.reduce((s, m) => s + m.rssKb, 0) - before.reduce((s, m) => s + m.rssKb, 0);
      row.heapPerWatcherKB = +(heap / 1024 / W).toFixed(2);
      row.rssPerWatcherKB = +(rss / W).toFixed(2);
    }
    row.serverHeapUsedMB = +(after.reduce((s, m) => s + m.heapUsed, 0) / 1048576).toFixed(1);
    row.serverRssMB = +(after.reduce((s, m) => s + m.rssKb, 0) / 1024).toFixed(1);

    // A vote opens; the delegations cast in a burst.
    const q = await http(
      base,
      'POST',
      `/api/meetings/${meeting.id}/questions`,
      { text: `Benchmark question with ${W} watchers`, matter: 'other-substance' },
      president,
    );
    const vote = await http(base, 'POST', `/api/questions/${q.id}/votes`, { method: 'recorded' }, president);
    await sleep(500);
    const cpu0 = nodes.map((nd) => cpuMs(nd.pid));
    const m0 = machineCpu();
    // Re-fetches (meeting.watch asked again by a watcher told it is behind) during the vote.
    const refetched = async () =>
      (await Promise.all(watchers.map((w) => w.call('status')))).reduce((s, x) => s + x.refetches, 0);
    const refetches0 = await refetched();
    row.loadAvgAtBurst = load();
    const checkpoints0 = await checkpoints(pg);
    const procs0 = everyProcessCpu();
    const tb = now();
    const burst = await dele.call('burst', { voteId: vote.id, plan, spreadMs: SPREAD_MS });
    row.burstWindow = { from: +tb.toFixed(1), to: +now().toFixed(1) };
    row.cpuInBurst = cpuSplit(procs0, everyProcessCpu(), now() - tb, {
      server: nodes.map((nd) => nd.pid),
      watchers: watchers.map((w) => w.child.pid),
      delegations: dele.child.pid,
    });
    // Let the last coalesced tallies reach every watcher.
    await sleep(1500);
    const snapshot = await http(base, 'GET', `/api/votes/${vote.id}`);
    // Lights are in the order of the snapshot's eligible States.
    const lightIndex = new Map(snapshot.eligible.map((e, i) => [e.iso3, i]));
    if (!floorPayload) floorPayload = { tally: toTally(snapshot) };

    const tClose = now();
    await http(base, 'POST', `/api/votes/${vote.id}/close`, {}, president);
    const tClosed = now();
    if (W) {
      for (let k = 0; k < 200; k++) {
        const st = await Promise.all(watchers.map((w) => w.call('status')));
        if (st.reduce((s, x) => s + (x.closedVote === vote.id ? x.closedN : 0), 0) >= row.attached) break;
        await sleep(50);
      }
    }
    const wall = now() - tb;
    const checkpoints1 = await checkpoints(pg);
    row.checkpointsDuringVote =
      checkpoints0 === null || checkpoints1 === null ? null : checkpoints1 - checkpoints0;
    const cpu1 = nodes.map((nd) => cpuMs(nd.pid));
    const m1 = machineCpu();
    row.serverCpuPct = +(
      ((cpu1.reduce((s, x) => s + x, 0) - cpu0.reduce((s, x) => s + x, 0)) / wall) *
      100
    ).toFixed(1);
    row.machineCpuPct = +(((m1.busy - m0.busy) / (m1.total - m0.total)) * 100).toFixed(1);
    // CPU time is what a loaded machine stretches least: the server's own work for this burst.
    row.serverCpuMs = Math.round(cpu1.reduce((s, x) => s + x, 0) - cpu0.reduce((s, x) => s + x, 0));
    row.serverCpuMsByNode = cpu1.map((c, k) => Math.round(c - cpu0[k]));
    row.windowMs = Math.round(wall);

    // Acknowledgements.
    const recs = burst.records;
    const okRecs = recs.filter((r) => r.ok);
    row.casts = recs.length;
    row.castErrors = recs.length - okRecs.length;
    row.ack = stats(okRecs.map((r) => r.tAck - r.tSend));
    row.closeRequestMs = +(tClosed - tClose).toFixed(1);

    // Visibility: a cast (State S, choice C) is visible on a watcher when a vote.tallied arrives
    // whose light for S shows C (the plan never returns to an earlier choice, and a retry
    // writes nothing). Latency = the cast's send -> the moment the last watcher holds that tally
    // or a later one (a watcher may skip a tally: the server sends each socket the newest at its
    // turn).
    if (W) {
      row.refetchesDuringVote = (await refetched()) - refetches0;
      const collected = await Promise.all(watchers.map((w) => w.call('collect')));
      const byVersion = new Map();
      for (const c of collected) {
        for (const [key, a] of c.tallies) {
          if (!key.startsWith(`${vote.id}:`)) continue;
          const prev = byVersion.get(a.version);
          if (!prev) byVersion.set(a.version, { ...a });
          else {
            prev.max = Math.max(prev.max, a.max);
            prev.min = Math.min(prev.min, a.min);
            prev.n += a.n;
          }
        }
      }
      const versions = [...byVersion.values()].sort((x, y) => x.version - y.version);
      // version -> when the last watcher of every process held it or a later one, and how many never did.
      const reached = mergeReach(
        collected.map((c) => c.reach),
        (key) => (key.startsWith(`${vote.id}:`) ? Number(key.slice(vote.id.length + 1)) : null),
      );
      const iso = parties.map((d) => d.stateIso3.trim());
      const visible = [];
      const visibleAsBefore = [];
      const visibleFirst = [];
      // The server's side (delivery.cjs): when every board socket of every node was written the
      // version, or a later one; the watchers' side is the rest.
      const writtenAt = deliveredBy(
        nodes.map((_, k) => deliveryFile(work, k)),
        vote.id,
      );
      const written = [];
      const readByWatchers = [];
      let superseded = 0;
      let partial = 0;
      for (const r of okRecs.filter((x) => !x.replayed)) {
        const first = versions.find(
          (v) => v.lights && v.lights[lightIndex.get(iso[r.i])] === LETTER[r.choice],
        );
        if (!first) {
          superseded += 1;
          continue;
        }
        visibleAsBefore.push(first.max - r.tSend);
        visibleFirst.push(first.min - r.tSend);
        const every = reached.get(first.version);
        if (!every || every.missing > 0) {
          partial += 1;
          continue;
        }
        visible.push(every.max - r.tSend);
        const at = writtenAt(first.version);
        if (at !== null) {
          written.push(at - r.tSend);
          readByWatchers.push(every.max - at);
        }
      }
      row.tallies = versions.length;
      // How many tallies a watcher read for the vote, on average: the delivery work of the vote.
      row.talliesPerWatcher = +(versions.reduce((n, v) => n + v.n, 0) / Math.max(1, row.attached)).toFixed(2);
      row.visibleOnEvery = stats(visible);
      row.visibleOnFirst = stats(visibleFirst);
      row.visibleOnEveryAsBefore = stats(visibleAsBefore);
      row.writtenToEvery = stats(written);
      row.readByWatchers = stats(readByWatchers);
      row.castsSupersededBeforeAnyTally = superseded;
      row.castsNotSeenByEveryWatcher = partial;
      const closedAll = collected.map((c) => c.closed).filter((c) => c && c.voteId === vote.id);
      const closedN = closedAll.reduce((s, c) => s + c.n, 0);
      row.closeOnEvery = closedN ? +(Math.max(...closedAll.map((c) => c.max)) - tClose).toFixed(1) : null;
      row.closeSeenBy = closedN;

      // The phases after the vote, with the same watchers still attached.
      const per = Math.ceil(W / PROCS);
      const ctx = {
        W,
        http,
        base,
        meeting,
        president,
        pg,
        watchers,
        delegations: dele,
        attached: row.attached,
        reconcileMs: RECONCILE_MS,
        perProc: watchers.map((_, p) => Math.min(per, W - p * per)),
      };
      for (const phase of phaseModules) {
        const can = await phase.available(ctx);
        if (!can.ok) {
          row[phase.name] = { skipped: can.reason };
          continue;
        }
        console.log(`bench: W = ${W}: phase ${phase.name} …`);
        const l = load();
        row[phase.name] = { ...(await phase.run(ctx)), loadAvgAtStart: l };
      }
      await Promise.all(watchers.map((w) => w.stop()));
    }

    // Exactly once: the database against the acknowledgements. A cast whose ack timed out may
    // still have committed (the device would retry it with the same opId): it is neither lost nor
    // a duplicate, so it is judged by the database, not by the missing ack.
    const expected = new Map();
    const ops = new Set();
    const lastSent = new Map();
    for (const r of recs) lastSent.set(r.i, r);
    for (const r of okRecs) {
      expected.set(r.i, r.choice);
      ops.add(r.opId);
    }
    const rows = (
      await pg.query('SELECT delegation_id, choice, revision FROM ballots WHERE vote_id = $1', [vote.id])
    ).rows;
    const applied = new Set(
      (await pg.query('SELECT op_id FROM cast_ops WHERE vote_id = $1', [vote.id])).rows.map((r) => r.op_id),
    );
    const inDb = new Map(rows.map((r) => [r.delegation_id, r.choice]));
    // Lost: an acknowledged operation the database does not hold, or a delegation whose last
    // cast was acknowledged and whose ballot shows something else.
    const lostOps = [...ops].filter((op) => !applied.has(op)).length;
    const lostChoice = parties.filter((d, i) => {
      const last = lastSent.get(i);
      return last && last.ok && inDb.get(d.id) !== last.choice;
    }).length;
    const revisions = rows.reduce((s, r) => s + r.revision, 0);
    const castOps = applied.size;
    const sentOps = new Set(recs.map((r) => r.opId));
    // Each applied operation adds exactly one revision and one cast_ops row, and every row is one we sent.
    row.ballots = {
      rows: rows.length,
      acknowledgedDelegations: expected.size,
      lost: lostOps + lostChoice,
      duplicated: Math.max(0, revisions - castOps) + [...applied].filter((op) => !sentOps.has(op)).length,
      distinctOps: ops.size,
      unacknowledgedButApplied: [...applied].filter((op) => !ops.has(op)).length,
      revisions,
      castOps,
    };

    // The floor: the same payload to the same number of watchers from a bare socket.io server.
    const fw = [];
    let driver = null;
    if (W) {
      const per = Math.ceil(W / PROCS);
      for (let p = 0; p < PROCS; p++) fw.push(worker('watchers.cjs', NICE));
      await Promise.all(
        fw.map((w, p) =>
          w.call('start', {
            urls: [floorUrl],
            mode: 'floor',
            meetingId: meeting.id,
            count: Math.min(per, W - p * per),
            offset: 0,
            concurrency: 50,
          }),
        ),
      );
      driver = io(floorUrl, { transports: ['websocket'], forceNew: true });
      await new Promise((r) => driver.once('connect', r));
      await driver.emitWithAck('payload', floorPayload);
      const sent = [];
      const floorWritten = [];
      for (let s = 0; s < FLOOR_BROADCASTS; s++) {
        sent[s] = now();
        const done = await driver.emitWithAck('broadcast', { seq: s });
        floorWritten.push(done.writtenAt - sent[s]);
        await sleep(100);
      }
      row.floorWritten = stats(floorWritten);
      await sleep(1500);
      const got = await Promise.all(fw.map((w) => w.call('collect')));
      const lat = [];
      for (let s = 0; s < FLOOR_BROADCASTS; s++) {
        const parts = got.map((g) => new Map(g.tallies).get(`floor:${s}`)).filter(Boolean);
        if (parts.reduce((x, a) => x + a.n, 0) < W) continue;
        lat.push(Math.max(...parts.map((a) => a.max)) - sent[s]);
      }
      row.floor = stats(lat);
      row.ratioP50 = row.floor.p50 ? +(row.visibleOnEvery.p50 / row.floor.p50).toFixed(2) : null;
      row.ratioP99 = row.floor.p99 ? +(row.visibleOnEvery.p99 / row.floor.p99).toFixed(2) : null;
    }
    // The ack floor: the same burst against the floor server, which acknowledges each cast at once
    // and fans the payload out to the same W watchers as Plenary sends tallies (floor-server.cjs).
    // Then again with each cast committed to PostgreSQL first (one INSERT): the durable ack floor.
    row.ackFloorErrors = 0;
    for (const [key, durable] of [
      ['ackFloor', false],
      ['ackFloorDurable', true],
    ]) {
      const fb = await dele.call('floorBurst', { url: floorUrl, plan, spreadMs: SPREAD_MS, durable });
      const fbOk = fb.records.filter((r) => r.ok);
      row[key] = stats(fbOk.map((r) => r.tAck - r.tSend));
      row.ackFloorErrors += fb.records.length - fbOk.length;
      await sleep(1500);
      if (fw.length) {
        // Each cast -> the last watcher holding the floor server's tally that carries it, or a later one.
        const got = await Promise.all(fw.map((w) => w.call('collect')));
        const reached = mergeReach(got.map((g) => g.floorReach));
        const visible = [];
        let partial = 0;
        for (const r of fbOk) {
          const every = reached.get(r.carriedBy);
          if (!every || every.missing > 0) partial += 1;
          else visible.push(every.max - r.tSend);
        }
        row[`${key}Visible`] = stats(visible);
        row[`${key}NotOnEvery`] = partial;
      }
    }
    if (driver) {
      row.ackFloorPasses = (await driver.emitWithAck('passes', {})).data.passes;
      driver.disconnect();
    }
    await Promise.all(fw.map((w) => w.stop()));
    await sleep(1000);
    console.log(`bench: W = ${W}: ${JSON.stringify(row)}`);
    results.push(row);
  }

  await dele.stop();
  await pg.end();
  await stopChild(floor);
  for (const nd of [...nodes].reverse()) await stopChild(nd.child);
  if (!process.env.DATABASE_URL) rmSync(work, { recursive: true, force: true });

  const out = {
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAvgAtEnd: load() },
    setup: {
      serverNodes: NODES,
      serverDist: SERVER_DIST.replace(ROOT, '.'),
      tier: TIER ?? (NODES > 1 ? 'cluster (watchers and delegations spread over the nodes)' : 'one node'),
      phases: PHASES,
      profile: PROFILE ? "bench/profiles (the watchers' node, --cpu-prof; burstWindow in hrtime ms)" : null,
      trace: TRACE ? `bench/profiles/${OUT}-trace.jsonl (the casts node; test/bench/trace-window.cjs)` : null,
      delegations: n,
      burstSpreadMs: SPREAD_MS,
      tallyIntervalMs: SERVER_CONFIG.PLENARY_TALLY_INTERVAL_MS,
      broadcastSlice: SERVER_CONFIG.PLENARY_BROADCAST_SLICE,
      watcherProcesses: PROCS,
      watcherNice: NICE,
      floorBroadcasts: FLOOR_BROADCASTS,
      plan: `${n} delegations (every State Party registered by POST /delegations/bulk on ${today}); 100 yes, ${n - 112} no, 12 abstain; every 7th casts the other choice first then changes; every 5th retries its final cast with the same opId`,
    },
    definitions: {
      ack: 'vote.cast sent -> its acknowledgement received, over every cast, change and retry (ms)',
      visibleOnEvery:
        'per applied cast (State S, choice C): the cast sent -> the LAST watcher holds the first vote.tallied whose light for S shows C, or a later one (a watcher may skip a tally: the server writes each socket the newest at its turn) (ms)',
      visibleOnEveryAsBefore:
        'the measure of visibleOnEvery until 2026-12-01 (bench/results/s21-split-r*): the last arrival of the first tally showing the cast among the watchers that received that very tally; since the rolling pass it leaves out the watchers that got a later tally instead, so it reads low (ms)',
      cpuInBurst:
        "CPU time (ms, utime+stime from /proc) from the burst's first cast to its last acknowledgement: the server nodes, the watcher processes, the delegations' process, PostgreSQL (every process named postgres), the rest; busy = their sum, capacity = the window times the machine's cores",
      castsNotSeenByEveryWatcher:
        'applied casts whose tally (or a later one) some watcher never received: left out of visibleOnEvery',
      closeOnEvery: 'POST /api/votes/:id/close sent -> vote.closed received by the last watcher (ms)',
      floor:
        'bare socket.io server: driver emits -> the same vote.tallied payload received by the last watcher (ms), one broadcast every 100 ms',
      writtenToEvery:
        "per applied cast, as visibleOnEvery but on the server's side: the cast sent -> the server has written that tally (or a later one) to every board socket of every node (test/bench/delivery.cjs, loaded into each node; ms)",
      readByWatchers:
        'per applied cast: visibleOnEvery - writtenToEvery, the time the watcher processes (same cores, nice 10) took to read what had been written to them (ms)',
      floorWritten:
        "the floor's broadcast on the floor server's side: driver emits -> the server has written it to every watcher (ms)",
      ackFloorPasses: "the floor server's tallies (each sent in a rolling pass) over both ack-floor bursts",
      ackFloorVisible:
        "the ack floor's casts (no database) -> the last watcher holding the floor server's tally that carries the cast, or a later one: visible on every watcher for a server that does nothing but answer and fan out as Plenary does, under the same burst (ms)",
      ackFloorDurableVisible:
        'the same for the durable ack floor (each cast committed to PostgreSQL first): the floor of visibleOnEvery with a durable ack, on this machine at this W (ms)',
      ackFloorDurable:
        'the ack floor again, each cast first committed to the same PostgreSQL (one INSERT in its own transaction) before its acknowledgement: the least a durable ack costs with the same fan-out going on (ms)',
      ackFloor:
        "the same burst (same plan, same spread) against the floor server with the same W watchers joined: it acknowledges each vote.cast at once (no database) and sends the payload to the watchers as Plenary sends tallies (leading edge, at most one tally per interval, each in a rolling pass of slices, one slice per turn of the loop); vote.cast sent -> its acknowledgement (ms): what sharing the loop and the machine with that fan-out costs an ack before any work of Plenary's own",
      heapPerWatcherKB: 'server heapUsed after attaching W watchers - before (both after a forced GC), / W',
      serverCpuPct:
        'server process CPU (utime+stime from /proc) over the burst-to-outcome window, % of one core',
      refetchesDuringVote:
        "meeting.watch asked again by watchers (which apply the board's rule: meeting.versions ahead of what they hold) from the burst to the outcome on every watcher",
      talliesPerWatcher:
        'vote.tallied messages the watchers received for the vote, divided by W: the writes (server) and reads (watchers) one vote costs per board',
      checkpointsDuringVote:
        'checkpoints PostgreSQL began from the burst to the outcome on every watcher (pg_stat_checkpointer, or pg_stat_bgwriter before PostgreSQL 17): a checkpoint flushes and syncs, and commits wait longer meanwhile',
      loadAvg:
        'os.loadavg() (1, 5, 15 min) of the machine, shared with other work: at the row start and at the burst',
      storm:
        'a question without a vote after a closed one: quiet = W watchers sit (queries/s = pg_stat_database xact_commit+xact_rollback per second; refetches = meeting.watch asked again by watchers told they are behind), waves = 5 waves of W/5 watchers drop and reconnect (reconnectToCurrent: drop -> current snapshot held, ms), afterWaves = sitting again',
      nextSpeaker:
        "the floor: every delegation asks for the floor from its pad (floor.request), so the list holds them all; then the President calls the next speaker (POST /api/meetings/:id/agenda/:item/floor {action: 'next-speaker'}) one call at a time; per call: the call sent -> its floor event (floor.patched; floor.changed when sent whole) received by the LAST watcher (ms)",
    },
    targets: {
      ackP50: 3,
      ackP99AtW3000: 20,
      visibleP99AtW5000: 250,
      visibleVsFloor: 1.5,
      heapPerWatcherKB: 15,
    },
    results,
  };
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', `${OUT}.json`), JSON.stringify(out, null, 2) + '\n');
  writeFileSync(join(ROOT, 'bench', 'results', `${OUT}.md`), markdown(out));
  console.log(markdown(out));
}

function markdown(out) {
  const f = (x) =>
    x === null || x === undefined
      ? '–'
      : typeof x === 'number'
        ? Number.isInteger(x)
          ? String(x)
          : x.toFixed(1)
        : String(x);
  const s3 = (s) => (s ? `${f(s.p50)} / ${f(s.p95)} / ${f(s.p99)}` : '–');
  const lines = [
    `# Plenary live-vote benchmark`,
    '',
    `${out.at} · ${out.machine.cpus} CPU (${out.machine.model}) · node ${out.machine.node} · ${out.setup.serverNodes} server node(s) (${out.setup.tier}) · ${out.setup.delegations} delegations, burst spread over ${out.setup.burstSpreadMs} ms · tally interval ${out.setup.tallyIntervalMs} ms, slices of ${out.setup.broadcastSlice} sockets · watchers in ${out.setup.watcherProcesses} client processes at nice ${out.setup.watcherNice} on the same machine (they compete with the server for CPU)`,
    '',
    '| W | ack p50 / p95 / p99 | ack floor p50 / p95 / p99 | durable ack floor p50 / p95 / p99 | visible on every watcher p50 / p95 / p99 | floor p50 / p95 / p99 | ratio p50 / p99 | close → outcome on every | server CPU % | machine CPU % | heap / watcher KB | RSS / watcher KB | lost / duplicated | load avg (start / burst) |',
    '|---:|---|---|---|---|---|---|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const r of out.results) {
    lines.push(
      `| ${r.watchers} | ${s3(r.ack)} | ${s3(r.ackFloor)} | ${s3(r.ackFloorDurable)} | ${s3(r.visibleOnEvery)} | ${s3(r.floor)} | ${r.ratioP50 ?? '–'} / ${r.ratioP99 ?? '–'} | ${f(r.closeOnEvery)} | ${f(r.serverCpuPct)} | ${f(r.machineCpuPct)} | ${f(r.heapPerWatcherKB)} | ${f(r.rssPerWatcherKB)} | ${r.ballots.lost} / ${r.ballots.duplicated} | ${r.loadAvgAtStart?.[0] ?? '–'} / ${r.loadAvgAtBurst?.[0] ?? '–'} |`,
    );
  }
  const splitRows = out.results.filter((r) => r.writtenToEvery);
  if (splitRows.length) {
    lines.push(
      '',
      '**Where the visible time goes** (the server: written to every board socket; the watchers: reading what was written to them):',
      '',
      '| W | visible on every watcher p50 / p95 / p99 | written to every socket p50 / p95 / p99 | read by the watchers p50 / p95 / p99 | floor p50 / p95 / p99 | floor written p50 / p95 / p99 | CPU in the burst, ms: server / watchers / delegations / PostgreSQL / rest = busy of capacity |',
      '|---:|---|---|---|---|---|---|',
    );
    const cpu = (c) =>
      c
        ? `${Math.round(c.server)} / ${Math.round(c.watchers)} / ${Math.round(c.delegations)} / ${Math.round(c.postgres)} / ${Math.round(c.other)} = ${c.busy} of ${c.capacity}`
        : '–';
    for (const r of splitRows)
      lines.push(
        `| ${r.watchers} | ${s3(r.visibleOnEvery)} | ${s3(r.writtenToEvery)} | ${s3(r.readByWatchers)} | ${s3(r.floor)} | ${s3(r.floorWritten)} | ${cpu(r.cpuInBurst)} |`,
      );
  }
  const underBurst = out.results.filter((r) => r.ackFloorDurableVisible);
  if (underBurst.length) {
    const ratio = (a, b) => (a && b && b.p99 ? (a.p99 / b.p99).toFixed(2) : '–');
    lines.push(
      '',
      '**The floor under the same burst** (the floor server answering the same casts and fanning out as Plenary does: leading edge, one tally per interval, a rolling pass of slices; cast → on every watcher):',
      '',
      '| W | Plenary p50 / p95 / p99 | ack floor (no database) p50 / p95 / p99 | durable ack floor (one INSERT per cast) p50 / p95 / p99 | the floor (one broadcast, no burst) p50 / p95 / p99 | Plenary / durable floor under the burst, p99 | durable floor under the burst / the floor, p99 | tallies read per watcher |',
      '|---:|---|---|---|---|---:|---:|---:|',
    );
    for (const r of underBurst)
      lines.push(
        `| ${r.watchers} | ${s3(r.visibleOnEvery)} | ${s3(r.ackFloorVisible)} | ${s3(r.ackFloorDurableVisible)} | ${s3(r.floor)} | ${ratio(r.visibleOnEvery, r.ackFloorDurableVisible)} | ${ratio(r.ackFloorDurableVisible, r.floor)} | ${f(r.talliesPerWatcher)} |`,
      );
  }
  const stormRows = out.results.filter((r) => r.storm && !r.storm.skipped);
  if (stormRows.length) {
    lines.push(
      '',
      '**Storm** (a question without a vote after a closed one; queries/s from pg_stat_database):',
      '',
      '| W | sitting: queries/s / re-fetches | waves: reconnected / errors | reconnect → current p50 / p95 / p99 | waves: queries/s / per reconnect | after the waves: queries/s / re-fetches | adopted by consensus: queries/s / re-fetches |',
      '|---:|---|---|---|---|---|---|',
    );
    for (const r of stormRows) {
      const s = r.storm;
      lines.push(
        `| ${r.watchers} | ${f(s.quiet.queriesPerSec)} / ${s.quiet.refetches} | ${s.waves.reconnected} / ${s.waves.errors} | ${s3(s.waves.reconnectToCurrent)} | ${f(s.waves.queriesPerSec)} / ${f(s.waves.queriesPerReconnect)} | ${f(s.afterWaves.queriesPerSec)} / ${s.afterWaves.refetches} | ${f(s.afterConsensus.queriesPerSec)} / ${s.afterConsensus.refetches} |`,
      );
    }
  }
  for (const r of out.results.filter((x) => x.nextSpeaker)) {
    const n = r.nextSpeaker;
    lines.push(
      '',
      n.skipped
        ? `**Next speaker** (W = ${r.watchers}): skipped (${n.skipped}).`
        : `**Next speaker** (W = ${r.watchers}, ${n.listed} speakers listed from ${n.pads} pads): visible on every watcher ${s3(n.visibleOnEvery)} ms over ${n.rounds} calls (${n.notOnEvery} not on every watcher; ${n.connectedAtEnd} of ${r.attached} watchers still connected at the end); the call's own response ${s3(n.callMs)} ms.`,
    );
  }
  lines.push('', 'All times in ms. Definitions:', '');
  for (const [k, v] of Object.entries(out.definitions)) lines.push(`- **${k}**: ${v}`);
  lines.push(
    '',
    `Targets (printed, not asserted): ack p50 ≤ 3 ms and p99 ≤ 20 ms at W = 3,000; visible p99 ≤ 250 ms at W = 5,000 and ≤ 1.5× the floor; ≤ 15 KB heap per watcher.`,
    '',
  );
  return lines.join('\n') + '\n';
}

let exiting = false;
function cleanup() {
  if (exiting) return;
  exiting = true;
  for (const c of children) c.kill('SIGTERM');
}
process.on('SIGINT', () => (cleanup(), process.exit(130)));
main().catch((e) => {
  console.error(e);
  cleanup();
  setTimeout(() => process.exit(1), 3000);
});
