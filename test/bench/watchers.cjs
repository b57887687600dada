'use strict';
// Watchers of the board: public sockets that watch one meeting (or join the floor server's room).
// Per broadcast this process keeps only aggregates (first and last arrival, how many sockets got
// it), so 5,000 sockets cost the bench little beyond what a real client costs: parsing the packet.
const { io } = require('socket.io-client');
const { now, pool, serveRequests } = require('./lib.cjs');

let sockets = [];
// key -> { min, max, n, votes? }
let tallies = new Map();
let closed = null;
let failed = 0;

function seen(map, key, t, extra) {
  let a = map.get(key);
  if (!a) {
    a = { min: t, max: t, n: 0, ...extra() };
    map.set(key, a);
  }
  if (t < a.min) a.min = t;
  if (t > a.max) a.max = t;
  a.n += 1;
}

function attach(s, mode) {
  if (mode === 'floor') {
    s.on('vote.tallied', (p) => seen(tallies, `floor:${p.seq}`, now(), () => ({})));
    return;
  }
  s.on('vote.tallied', ({ tally }) => {
    // The first socket to see a version keeps its lights: every socket in the room receives the
    // same sequence of broadcasts, so one copy describes them all.
    seen(tallies, `${tally.voteId}:${tally.version}`, now(), () => ({
      lights: tally.lights,
      version: tally.version,
      voteId: tally.voteId,
    }));
  });
  s.on('vote.closed', ({ vote }) => {
    const t = now();
    if (!closed || closed.voteId !== vote.id)
      closed = { voteId: vote.id, min: t, max: t, n: 0, counts: vote.counts };
    closed.min = Math.min(closed.min, t);
    closed.max = Math.max(closed.max, t);
    closed.n += 1;
  });
}

async function open(url, mode, meetingId) {
  const s = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise((resolve, reject) => {
    s.once('connect', resolve);
    s.once('connect_error', reject);
  });
  attach(s, mode);
  const ack = await s.timeout(60000).emitWithAck(mode === 'floor' ? 'join' : 'meeting.watch', { meetingId });
  if (!ack.ok) throw new Error(`watch refused: ${JSON.stringify(ack.error)}`);
  return s;
}

serveRequests({
  async start({ urls, mode, meetingId, count, offset, concurrency }) {
    const t0 = now();
    const opened = await pool(
      Array.from({ length: count }, (_, i) => i),
      concurrency,
      (i) =>
        open(urls[(offset + i) % urls.length], mode, meetingId).catch(() => {
          failed += 1;
          return null;
        }),
    );
    sockets = opened.filter(Boolean);
    return { connected: sockets.length, failed, ms: now() - t0 };
  },
  async status() {
    return {
      connected: sockets.filter((s) => s.connected).length,
      closedN: closed ? closed.n : 0,
      closedVote: closed ? closed.voteId : null,
    };
  },
  /** Hands over and forgets what was recorded. */
  async collect() {
    const out = {
      tallies: [...tallies.entries()],
      closed,
      connected: sockets.filter((s) => s.connected).length,
    };
    tallies = new Map();
    closed = null;
    return out;
  },
  async stop() {
    sockets.forEach((s) => s.disconnect());
    sockets = [];
    return {};
  },
});
