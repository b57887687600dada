'use strict';
/*
 * The floor phase: "next speaker" to W watchers, when the floor exists (another branch builds it
 * in server/src/modules/floor). Pluggable: `available` looks for the floor's API in the server's
 * own OpenAPI document and the phase is reported as skipped, with the reason, until it is there.
 * When it is, `run` calls the next-speaker operation the document names and times the first
 * `floor.*` event on every watcher (test/bench/watchers.cjs records any floor.* event).
 */
const { now, sleep, stats } = require('../lib.cjs');

const ROUNDS = 20;

async function floorOperation(http, base) {
  const doc = await http(base, 'GET', '/api/docs/openapi.json');
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    if (!/floor|speaker/i.test(path) || !ops.post) continue;
    if (/next/i.test(path) || /next/i.test(ops.post.summary ?? '')) return { path, op: ops.post };
  }
  return null;
}

module.exports = {
  name: 'nextSpeaker',
  async available({ http, base }) {
    const found = await floorOperation(http, base);
    return found
      ? { ok: true, path: found.path }
      : {
          ok: false,
          reason:
            'no floor (next speaker) operation in this build: server/src/modules/floor is not on main yet',
        };
  },
  async run(ctx) {
    const { http, base, meeting, president, watchers, attached } = ctx;
    const { path } = await floorOperation(http, base);
    const url = path.replace(/\{[^}]+\}/, meeting.id);
    const sent = [];
    for (let s = 0; s < ROUNDS; s++) {
      sent.push(now());
      await http(base, 'POST', url, {}, president);
      await sleep(200);
    }
    await sleep(1000);
    const got = await Promise.all(watchers.map((w) => w.call('collect')));
    const byKey = new Map();
    for (const g of got)
      for (const [k, a] of g.events) {
        const prev = byKey.get(k);
        byKey.set(
          k,
          prev ? { min: Math.min(prev.min, a.min), max: Math.max(prev.max, a.max), n: prev.n + a.n } : a,
        );
      }
    const arrivals = [...byKey.values()].sort((a, b) => a.min - b.min);
    const lat = [];
    let partial = 0;
    arrivals.slice(0, ROUNDS).forEach((a, i) => {
      if (a.n < attached) partial += 1;
      lat.push(a.max - sent[i]);
    });
    return { path, rounds: ROUNDS, events: arrivals.length, notOnEvery: partial, visibleOnEvery: stats(lat) };
  },
};
