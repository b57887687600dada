'use strict';
// Shared by the bench processes. Times are CLOCK_MONOTONIC milliseconds (process.hrtime), which
// every process on one Linux machine reads from the same clock, so a send time in one process
// and a receive time in another can be subtracted.
const { createServer } = require('node:net');

const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function pct(xs, p) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function stats(xs) {
  return {
    n: xs.length,
    p50: pct(xs, 50),
    p95: pct(xs, 95),
    p99: pct(xs, 99),
    max: xs.length ? Math.max(...xs) : null,
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Runs fn over items with at most `limit` in flight. */
async function pool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

/** A child answers each request { id, cmd, ... } with { id, ok, data | error }. */
function serveRequests(handlers) {
  process.on('message', async (msg) => {
    const handler = handlers[msg.cmd];
    try {
      if (!handler) throw new Error(`unknown command ${msg.cmd}`);
      process.send({ id: msg.id, ok: true, data: await handler(msg) });
    } catch (e) {
      process.send({ id: msg.id, ok: false, error: String(e && e.stack ? e.stack : e) });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

module.exports = { now, sleep, pct, stats, freePort, pool, serveRequests };
