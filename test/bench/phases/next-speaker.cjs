'use strict';
/*
 * The floor phase (issue 11, benchmark note): with the bench's delegations connected (161 pads
 * at full size) and W board watchers attached, "next speaker" must reach every watcher in p99
 * under 250 ms. Every delegation asks for the floor from its pad (`floor.request`, the pad's own
 * socket command) so the list holds them all; then the President calls the next speaker over
 * HTTP, ROUNDS times, one call at a time. Per call: the call sent -> its floor event (`floor.patched`, or `floor.changed` when sent whole) received
 * by the LAST watcher (watchers.cjs times every floor.* event by name and meeting version).
 */
const { now, sleep, stats } = require('../lib.cjs');

const ROUNDS = Number(process.env.PLENARY_BENCH_NEXT_SPEAKER_ROUNDS ?? 20);
const FLOOR_PATH = '/api/meetings/{meetingId}/agenda/{agendaItemId}/floor';
/** How long one call may take to reach every watcher before it is counted as not on every one. */
const ROUND_TIMEOUT_MS = 30000;

const floorUrl = (meeting) => `/api/meetings/${meeting.id}/agenda/${meeting.agenda[0].id}/floor`;

/** Total floor.* events the watcher processes received since their last collect, and their sockets still connected. */
async function floorCount(watchers) {
  const st = await Promise.all(watchers.map((w) => w.call('floorCount')));
  return { n: st.reduce((a, x) => a + x.n, 0), connected: st.reduce((a, x) => a + x.connected, 0) };
}
const floorEvents = async (watchers) => (await floorCount(watchers)).n;

/**
 * Waits until the watchers stop receiving floor events (the requests' broadcasts have drained:
 * at W = 5,000 that is 161 floor views to every watcher, so the wait scales with W).
 */
async function quiet(watchers, maxMs, stillMs = 1000) {
  const t0 = now();
  let last = -1;
  while (now() - t0 < maxMs) {
    const n = await floorEvents(watchers);
    if (n === last) return n;
    last = n;
    await sleep(stillMs);
  }
  return last;
}

module.exports = {
  name: 'nextSpeaker',
  async available({ http, base, delegations }) {
    if (!delegations) return { ok: false, reason: 'the bench did not hand the delegations to the phase' };
    const doc = await http(base, 'GET', '/api/docs/openapi.json');
    return doc.paths?.[FLOOR_PATH]?.post
      ? { ok: true }
      : { ok: false, reason: `no POST ${FLOOR_PATH} in this build's OpenAPI document` };
  },
  async run({ W, http, base, meeting, president, watchers, attached, delegations }) {
    const url = floorUrl(meeting);
    // The list opens once per meeting (a later W finds it open); speakers already heard ask again.
    const before = await http(
      base,
      'GET',
      `/api/meetings/${meeting.id}/agenda/${meeting.agenda[0].id}/floor`,
    );
    if (!before || before.state.list.status === 'not-opened')
      await http(base, 'POST', url, { action: 'open-list' }, president);
    const tr = now();
    const requested = await delegations.call('floorRequest', { meetingId: meeting.id });
    const requestWindow = { from: +tr.toFixed(1), to: +now().toFixed(1) };
    const floor = await http(base, 'GET', `/api/meetings/${meeting.id}/floor`);
    const listed = floor.state.list.queue.length;
    if (listed < ROUNDS) throw new Error(`only ${listed} speakers on the list: ${JSON.stringify(requested)}`);
    const tq = now();
    await quiet(watchers, 120000 + 120 * W);
    const drainMs = Math.round(now() - tq);
    await Promise.all(watchers.map((w) => w.call('collect')));

    const lat = [];
    const call = [];
    let notOnEvery = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const t0 = now();
      await http(base, 'POST', url, { action: 'next-speaker' }, president);
      call.push(now() - t0);
      const until = t0 + ROUND_TIMEOUT_MS;
      // Polled every 20 ms: the arrival times are the watchers' own, the polling only decides when to collect.
      // A socket the machine's load dropped (the watchers run at nice 10) never sees it: wait for
      // those still connected, and count the round as not on every watcher.
      for (;;) {
        const c = await floorCount(watchers);
        if (c.n >= c.connected || now() >= until) break;
        await sleep(20);
      }
      const got = await Promise.all(watchers.map((w) => w.call('collect')));
      // One call, one floor event (one meeting version): its last arrival over every process.
      const byKey = new Map();
      for (const g of got)
        for (const [k, a] of g.events) {
          const prev = byKey.get(k);
          byKey.set(k, prev ? { max: Math.max(prev.max, a.max), n: prev.n + a.n } : { max: a.max, n: a.n });
        }
      const events = [...byKey.values()];
      if (events.length !== 1 || events[0].n < attached) notOnEvery += 1;
      if (events.length) lat.push(Math.max(...events.map((e) => e.max)) - t0);
      await sleep(100);
    }
    return {
      rounds: ROUNDS,
      pads: requested.listed + Object.values(requested.refused).reduce((a, b) => a + b, 0),
      listed,
      refused: requested.refused,
      /** floor.request sent -> its ack, over the requests answered within 30 s (a TIMEOUT is not in it). */
      requestAckMs: requested.ackMs,
      /** The requests' window in hrtime ms, to cut a --profile run to it (test/bench/profile-window.cjs). */
      requestWindow,
      requestsDrainedMs: drainMs,
      notOnEvery,
      connectedAtEnd: (await floorCount(watchers)).connected,
      visibleOnEvery: stats(lat),
      callMs: stats(call),
    };
  },
};
