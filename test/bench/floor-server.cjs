'use strict';
// The floor: a bare socket.io server, same settings as Plenary's gateway, no framework, no
// database. A driver sends `broadcast`; the server at once emits the given payload to the room.
//
// The ack floor: `vote.cast` is acknowledged at once (no database, no check), and each cast makes
// the server send the payload to the room as Plenary sends tallies: the first at once (leading
// edge), then at most one per interval, in a rolling pass of slices, one per turn of the loop
// (PLENARY_TALLY_INTERVAL_MS, PLENARY_BROADCAST_SLICE, as the server's). Each ack names the
// tally that carries the cast (`carriedBy`), so the bench also times the cast to every watcher on
// this server: the floor of "visible on every watcher" under the same burst. What its acks take at
// W watchers is what sharing one event loop and this machine's cores with that fan-out costs
// before any work of Plenary's own: the floor under Plenary's ack at the same W. A cast to the vote
// `ack-floor-db` is first committed to the bench's PostgreSQL (FLOOR_DATABASE_URL: one INSERT in
// its own transaction, schema bench_floor, a pool of 20 kept open and warm as the server's): the
// least a durable ack costs there, with the same fan-out going on.
const { createServer } = require('node:http');
const { performance } = require('node:perf_hooks');
const { Pool } = require('pg');
const { Server } = require('socket.io');

const port = Number(process.env.PORT);
// As the server under test reads them (run.cjs passes the server's own settings).
const SLICE = Number(process.env.PLENARY_BROADCAST_SLICE);
const INTERVAL_MS = Number(process.env.PLENARY_TALLY_INTERVAL_MS);
if (!Number.isInteger(SLICE) || !Number.isInteger(INTERVAL_MS)) {
  console.error(
    'floor server: PLENARY_BROADCAST_SLICE and PLENARY_TALLY_INTERVAL_MS are required (run.cjs sets them)',
  );
  process.exit(1);
}
const http = createServer();
const io = new Server(http, {
  cors: { origin: true, credentials: true },
  pingInterval: 20000,
  pingTimeout: 20000,
});
let payload = null;
// As the server's pool (server/src/database/data-source.ts): connections stay open once made, and
// all of them are made and used once before the first burst, so no cast waits for one to be made.
const POOL = 20;
const db = process.env.FLOOR_DATABASE_URL
  ? new Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: POOL, idleTimeoutMillis: 0 })
  : null;
const dbReady = db
  ? db
      .query(
        'CREATE SCHEMA IF NOT EXISTS bench_floor; CREATE TABLE IF NOT EXISTS bench_floor.casts (op_id uuid PRIMARY KEY, choice text NOT NULL, at timestamptz NOT NULL DEFAULT now())',
      )
      .then(() => Promise.all(Array.from({ length: POOL }, () => db.connect())))
      .then((clients) =>
        Promise.all(
          clients.map((c) =>
            c
              .query('SELECT count(*) FROM bench_floor.casts WHERE op_id = $1', [
                '00000000-0000-0000-0000-000000000000',
              ])
              .finally(() => c.release()),
          ),
        ),
      )
  : Promise.resolve();

// The ack floor's fan-out, as Plenary sends tallies (tally-broadcaster.ts, realtime.service.ts):
// a cast makes a new tally (the payload with the next seq) at once when none was made within the
// interval, else at the interval's end (leading edge, then at most one per interval); tallies go
// out in a rolling pass, one slice per turn of the loop, each socket written the newest tally at
// its turn, until every socket holds the newest (a socket may skip one, never goes back).
let tallies = 0;
let latest = null;
let rolling = false;
let lastTallyAt = -Infinity;
let timer = null;
/** Per socket id, the seq number last written to it. */
const sent = new Map();
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** The seq number of the tally that will carry a cast answered now. */
const carrier = () => tallies + 1;

function tallyChanged() {
  if (timer) return;
  const wait = lastTallyAt + INTERVAL_MS - performance.now();
  if (wait <= 0) newTally();
  else
    timer = setTimeout(() => {
      timer = null;
      newTally();
    }, wait);
}

function newTally() {
  lastTallyAt = performance.now();
  latest = { n: ++tallies, msg: { ...payload, seq: `ack-floor-${tallies}` } };
  if (!rolling) void roll();
}

async function roll() {
  rolling = true;
  const room = () => [...(io.of('/').adapter.rooms.get('board') ?? [])];
  const lacks = (id, n) => (sent.get(id) ?? 0) < n;
  const step = SLICE > 0 ? SLICE : Infinity;
  let pending = room();
  while (pending.length) {
    for (let i = 0; i < pending.length; i += step) {
      if (SLICE > 0) await nextTurn();
      const t = latest;
      const to = pending.slice(i, i + step).filter((id) => lacks(id, t.n));
      if (!to.length) continue;
      io.local.to(to).emit('vote.tallied', t.msg);
      for (const id of to) sent.set(id, t.n);
    }
    const newest = latest.n;
    pending = room().filter((id) => lacks(id, newest));
  }
  rolling = false;
}

io.on('connection', (socket) => {
  socket.on('join', (_p, ack) => {
    void socket.join('board');
    ack({ ok: true, data: null });
  });
  socket.on('payload', (p, ack) => {
    payload = p;
    ack({ ok: true });
  });
  socket.on('broadcast', ({ seq }, ack) => {
    io.to('board').emit('vote.tallied', { ...payload, seq });
    // Written to every watcher's socket (CLOCK_MONOTONIC ms, the driver's clock).
    ack({ ok: true, writtenAt: Number(process.hrtime.bigint()) / 1e6 });
  });
  socket.on('vote.cast', (p, ack) => {
    const answer = () => {
      ack({ ok: true, data: { replayed: false, revision: 1, carriedBy: carrier() } });
      tallyChanged();
    };
    if (p.voteId !== 'ack-floor-db') return answer();
    if (!db) return ack({ ok: false, error: { code: 'INTERNAL', message: 'no FLOOR_DATABASE_URL' } });
    db.query('INSERT INTO bench_floor.casts (op_id, choice) VALUES ($1, $2) ON CONFLICT (op_id) DO NOTHING', [
      p.opId,
      p.choice,
    ]).then(answer, (e) => ack({ ok: false, error: { code: 'INTERNAL', message: String(e.message) } }));
  });
  socket.on('passes', (_p, ack) => ack({ ok: true, data: { passes: tallies } }));
  socket.on('disconnect', () => sent.delete(socket.id));
});
dbReady.then(
  () => http.listen(port, '127.0.0.1', () => process.send && process.send({ ready: true })),
  (e) => {
    console.error(`floor server: ${e.message}`);
    process.exit(1);
  },
);
process.on('SIGTERM', () => io.close(() => (db ? db.end() : Promise.resolve()).then(() => process.exit(0))));
