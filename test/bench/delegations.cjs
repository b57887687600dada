'use strict';
// The delegations' devices: one socket per delegation, all in this process.
const { randomUUID } = require('node:crypto');
const { io } = require('socket.io-client');
const { now, sleep, pool, serveRequests, stats } = require('./lib.cjs');

let sockets = [];

function connect(url, token) {
  const s = io(url, { transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

async function cast(s, voteId, choice, opId, records, i, kind) {
  const rec = {
    i,
    kind,
    choice,
    opId,
    tSend: now(),
    tAck: null,
    ok: false,
    replayed: null,
    revision: null,
    /** The floor server's tally that carries the cast (its ack floor only). */
    carriedBy: null,
    error: null,
  };
  records.push(rec);
  try {
    const ack = await s.timeout(10000).emitWithAck('vote.cast', { voteId, choice, opId });
    rec.tAck = now();
    rec.ok = ack.ok;
    if (ack.ok) {
      rec.replayed = ack.data.replayed;
      rec.revision = ack.data.revision;
      rec.carriedBy = ack.data.carriedBy ?? null;
    } else rec.error = ack.error.code;
  } catch (e) {
    rec.error = String(e.message || e);
  }
  return rec;
}

/**
 * plan[i] = { first?, final, retry }: an optional first choice changed to the final one, and
 * an optional retry of the final cast with the same operation id (a lost acknowledgement).
 * Delegation i starts at i * spreadMs / n: the burst of a real vote being opened.
 */
async function burstOn(socketsOf, voteId, plan, spreadMs) {
  const records = [];
  const t0 = now();
  await Promise.all(
    plan.map(async (p, i) => {
      const at = (i * spreadMs) / plan.length;
      const wait = t0 + at - now();
      if (wait > 0) await sleep(wait);
      const s = socketsOf[i];
      if (p.first) await cast(s, voteId, p.first, randomUUID(), records, i, 'first');
      const opId = randomUUID();
      await cast(s, voteId, p.final, opId, records, i, 'final');
      if (p.retry) await cast(s, voteId, p.final, opId, records, i, 'retry');
    }),
  );
  return { records, wallMs: now() - t0 };
}

serveRequests({
  async start({ urls, tokens }) {
    // Delegation i connects to node i % urls.length (the load balancer's spread).
    sockets = await pool(tokens, 20, (token, i) => connect(urls[i % urls.length], token));
    return { connected: sockets.length };
  },
  /** The vote's burst on Plenary, from the signed-in sockets (burstOn). */
  async burst({ voteId, plan, spreadMs }) {
    return burstOn(sockets, voteId, plan, spreadMs);
  },
  /**
   * The same burst against the floor server's ack floor (floor-server.cjs), from as many
   * sockets of its own: the acks of a server that does nothing but answer (after one INSERT when
   * durable) and fan out.
   */
  async floorBurst({ url, plan, spreadMs, durable }) {
    const own = await pool(plan, 20, () => connect(url, undefined));
    try {
      return await burstOn(own, durable ? 'ack-floor-db' : 'ack-floor', plan, spreadMs);
    } finally {
      own.forEach((s) => s.disconnect());
    }
  },
  /**
   * Every delegation asks for the floor from its pad (`floor.request`, the pad's own command), 20
   * at a time. Answers how many were put on the list, each refusal's code, and the acks' times (those answered).
   */
  async floorRequest({ meetingId }) {
    const refused = {};
    let listed = 0;
    const ackMs = [];
    await pool(sockets, 20, async (s) => {
      const t0 = now();
      try {
        const ack = await s.timeout(30000).emitWithAck('floor.request', { meetingId, queue: 'speakers' });
        ackMs.push(now() - t0);
        if (ack.ok) listed += 1;
        else refused[ack.error.code] = (refused[ack.error.code] ?? 0) + 1;
      } catch (e) {
        refused.TIMEOUT = (refused.TIMEOUT ?? 0) + 1;
      }
    });
    return { listed, refused, ackMs: stats(ackMs) };
  },
  async stop() {
    sockets.forEach((s) => s.disconnect());
    sockets = [];
    return {};
  },
});
