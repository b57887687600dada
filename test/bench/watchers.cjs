'use strict';
// Watchers of the board: public sockets that watch one meeting (or join the floor server's room).
// Per broadcast this process keeps only aggregates (first and last arrival, how many sockets got
// it), so 5,000 sockets cost the bench little beyond what a real client costs: parsing the packet.
// A plenary watcher also keeps what the board keeps to decide whether it is behind (the meeting's
// version, the current vote and its version) and, like the board (client liveState.ts), asks
// again (`meeting.watch`) when `meeting.versions` says it is behind: the storm phase counts those.
const { io } = require('socket.io-client');
const { now, pool, serveRequests } = require('./lib.cjs');

let sockets = [];
// key -> { min, max, n, votes? }
let tallies = new Map();
let closed = null;
let failed = 0;
// Other events, by name and a key (the floor's next speaker): { min, max, n }.
let events = new Map();
let refetches = 0;
let meetingIdWatched = null;

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

/** What the board holds: enough to apply the client's "am I behind?" rule. */
function hold(s, snapshot) {
  s.held = {
    mv: snapshot.meeting.version,
    voteId: snapshot.vote ? snapshot.vote.id : null,
    voteVersion: snapshot.vote ? snapshot.vote.version : null,
  };
}

async function watch(s) {
  const ack = await s.timeout(60000).emitWithAck('meeting.watch', { meetingId: meetingIdWatched });
  if (!ack.ok) throw new Error(`watch refused: ${JSON.stringify(ack.error)}`);
  hold(s, ack.data);
  return ack.data;
}

function attach(s, mode) {
  if (mode === 'floor') {
    s.on('vote.tallied', (p) => {
      const t = now();
      seen(tallies, `floor:${p.seq}`, t, () => ({}));
      // The ack floor's tallies (`ack-floor-N`): per socket, as a board's tallies (reachFloor).
      const m = /^ack-floor-(\d+)$/.exec(String(p.seq));
      if (m) (s.gotFloor ??= []).push(Number(m[1]), t);
    });
    return;
  }
  const bump = (v) => {
    if (s.held && v > s.held.mv) s.held.mv = v;
  };
  s.on('vote.tallied', ({ tally }) => {
    const t = now();
    // Per socket, what it got and when: a socket may skip a tally (the server sends each socket
    // the newest at its turn), so a version reaches every watcher when each holds it or a later one.
    if (!s.got || s.got.voteId !== tally.voteId) s.got = { voteId: tally.voteId, arrivals: [] };
    s.got.arrivals.push(tally.version, t);
    // The first socket to see a version keeps its lights: a version is the same tally for every
    // socket that gets it, so one copy describes them all.
    seen(tallies, `${tally.voteId}:${tally.version}`, t, () => ({
      lights: tally.lights,
      version: tally.version,
      voteId: tally.voteId,
    }));
    if (s.held && s.held.voteId === tally.voteId && tally.version > s.held.voteVersion)
      s.held.voteVersion = tally.version;
  });
  s.on('vote.opened', ({ meetingVersion, vote }) => {
    bump(meetingVersion);
    if (s.held) Object.assign(s.held, { voteId: vote.id, voteVersion: vote.version });
  });
  s.on('vote.closed', ({ meetingVersion, vote }) => {
    const t = now();
    bump(meetingVersion);
    if (s.held) Object.assign(s.held, { voteId: vote.id, voteVersion: vote.version });
    if (!closed || closed.voteId !== vote.id)
      closed = { voteId: vote.id, min: t, max: t, n: 0, counts: vote.counts };
    closed.min = Math.min(closed.min, t);
    closed.max = Math.max(closed.max, t);
    closed.n += 1;
  });
  s.on('meeting.updated', ({ meeting }) => bump(meeting.version));
  s.on('meeting.presenceChanged', ({ meetingVersion }) => bump(meetingVersion));
  s.on('question.put', ({ meetingVersion }) => bump(meetingVersion));
  s.on('question.decided', ({ meetingVersion }) => bump(meetingVersion));
  // The floor (another helper's module): any event named floor.* is timed by name and version.
  s.onAny((name, p) => {
    if (!name.startsWith('floor.')) return;
    const v = p && (p.meetingVersion ?? p.version ?? p.seq);
    seen(events, `${name}:${v}`, now(), () => ({}));
    bump(p && typeof p.meetingVersion === 'number' ? p.meetingVersion : -1);
  });
  s.on('meeting.versions', (p) => {
    const h = s.held;
    if (!h || s.asking) return;
    // Read before a change this screen holds: tells nothing (the board's rule, liveState.ts).
    if (p.meetingVersion < h.mv) return;
    const behindMeeting = p.meetingVersion > h.mv;
    const behindVote =
      p.voteId !== null && p.voteVersion !== null && (h.voteId !== p.voteId || p.voteVersion > h.voteVersion);
    if (!behindMeeting && !behindVote) return;
    refetches += 1;
    s.asking = true;
    watch(s)
      .catch(() => undefined)
      .finally(() => (s.asking = false));
  });
}

/**
 * When the last of this process's sockets held number `n` or a later one (a socket's numbers only
 * grow; `arrivalsOf(s)`: [n, at, n, at, ...] in order), and how many sockets never did.
 */
function lastToHold(n, arrivalsOf) {
  let max = -Infinity;
  let missing = 0;
  for (const s of sockets) {
    const got = arrivalsOf(s);
    let at = null;
    for (let i = 0; i < got.length; i += 2)
      if (got[i] >= n) {
        at = got[i + 1];
        break;
      }
    if (at === null) missing += 1;
    else if (at > max) max = at;
  }
  return { max, missing };
}

/** Per vote and version seen by this process: `lastToHold` of that version, keyed `voteId:version`. */
function reach() {
  const out = [];
  for (const [key, a] of tallies) {
    if (a.voteId === undefined) continue; // the floor's broadcasts
    out.push([key, lastToHold(a.version, (s) => (s.got && s.got.voteId === a.voteId ? s.got.arrivals : []))]);
  }
  return out;
}

/** The ack floor's tallies seen by this process: `lastToHold` of each seq number (as `reach`). */
function reachFloor() {
  const seqs = new Set();
  for (const s of sockets) for (let i = 0; i < (s.gotFloor ?? []).length; i += 2) seqs.add(s.gotFloor[i]);
  return [...seqs].map((n) => [n, lastToHold(n, (s) => s.gotFloor ?? [])]);
}

async function open(url, mode, meetingId) {
  const s = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise((resolve, reject) => {
    s.once('connect', resolve);
    s.once('connect_error', reject);
  });
  s.url = url;
  attach(s, mode);
  if (mode === 'floor') {
    const ack = await s.timeout(60000).emitWithAck('join', { meetingId });
    if (!ack.ok) throw new Error(`join refused: ${JSON.stringify(ack.error)}`);
  } else await watch(s);
  return s;
}

serveRequests({
  async start({ urls, mode, meetingId, count, offset, concurrency }) {
    const t0 = now();
    meetingIdWatched = meetingId;
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
      refetches,
      /** floor.* events received since the last collect, over every socket of this process. */
      floorEvents: [...events.values()].reduce((n, a) => n + a.n, 0),
      meetingVersions: sockets
        .map((s) => (s.held ? s.held.mv : -1))
        .reduce((a, b) => Math.min(a, b), Infinity),
    };
  },
  /**
   * A wave: sockets [from, to) drop their connection and come back at once (a Wi-Fi blip in the
   * hall), each re-watching. Answers, per socket, the time from the drop to holding a snapshot at
   * least as new as `atLeast` (the meeting's current version).
   */
  async reconnect({ from, to, atLeast }) {
    const picked = sockets.slice(from, to);
    const times = [];
    let errors = 0;
    await Promise.all(
      picked.map(async (s, k) => {
        const t0 = now();
        s.disconnect();
        try {
          const fresh = await open(s.url, 'plenary', meetingIdWatched);
          if (fresh.held.mv < atLeast) errors += 1;
          sockets[from + k] = fresh;
          times.push(now() - t0);
        } catch {
          errors += 1;
        }
      }),
    );
    return { times, errors };
  },
  /** floor.* events received since the last collect, and the sockets still connected (cheap: the next-speaker phase polls it). */
  async floorCount() {
    let n = 0;
    for (const a of events.values()) n += a.n;
    let connected = 0;
    for (const s of sockets) if (s.connected) connected += 1;
    return { n, connected };
  },
  /** Hands over and forgets what was recorded. */
  async collect() {
    const out = {
      tallies: [...tallies.entries()],
      reach: reach(),
      floorReach: reachFloor(),
      events: [...events.entries()],
      closed,
      refetches,
      connected: sockets.filter((s) => s.connected).length,
    };
    tallies = new Map();
    events = new Map();
    closed = null;
    for (const s of sockets) {
      s.got = null;
      s.gotFloor = null;
    }
    return out;
  },
  async stop() {
    sockets.forEach((s) => s.disconnect());
    sockets = [];
    return {};
  },
});
