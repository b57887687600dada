'use strict';
/*
 * The storm phase (issue #10): after a closed vote the President puts a question that is not put
 * to a vote, and the W watchers sit through several reconcile ticks, then drop and come back in
 * waves. A board that misreads "the current vote" asks for a snapshot at every tick, for ever: the
 * database's transactions per second (pg_stat_database, xact_commit + xact_rollback: every
 * statement outside an explicit transaction is one) would then grow with W. Reported: queries per
 * second while sitting (before and after the waves), re-fetches asked by the watchers, and each
 * reconnecting watcher's time from the drop to holding the current snapshot.
 */
const { now, sleep, stats } = require('../lib.cjs');

const WAVES = 5;

async function xacts(pg) {
  // Our own backend's counts are flushed before we read the others'.
  const r = await pg.query(
    `SELECT xact_commit + xact_rollback AS x, tup_returned + tup_fetched AS tup
       FROM pg_stat_database WHERE datname = current_database()`,
  );
  return { x: Number(r.rows[0].x), tup: Number(r.rows[0].tup), t: now() };
}

const sum = (xs, f) => xs.reduce((s, x) => s + f(x), 0);

/** Sits still for `ms`; answers queries/s and re-fetches asked by the watchers meanwhile. */
async function sit(ctx, ms) {
  const s0 = await Promise.all(ctx.watchers.map((w) => w.call('status')));
  const q0 = await xacts(ctx.pg);
  await sleep(ms);
  const q1 = await xacts(ctx.pg);
  const s1 = await Promise.all(ctx.watchers.map((w) => w.call('status')));
  const sec = (q1.t - q0.t) / 1000;
  return {
    seconds: +sec.toFixed(2),
    queriesPerSec: +((q1.x - q0.x) / sec).toFixed(1),
    rowsReadPerSec: Math.round((q1.tup - q0.tup) / sec),
    refetches: sum(s1, (s) => s.refetches) - sum(s0, (s) => s.refetches),
  };
}

module.exports = {
  name: 'storm',
  async available() {
    return { ok: true };
  },
  async run(ctx) {
    const { http, base, meeting, president, reconcileMs, perProc } = ctx;
    const q = await http(
      base,
      'POST',
      `/api/meetings/${meeting.id}/questions`,
      { text: `Storm: a question not put to a vote (W = ${ctx.W})`, matter: 'other-substance' },
      president,
    );
    // Long enough that every backend has flushed its statistics (at least once a second when busy).
    const window = Math.max(4 * reconcileMs, 8000);
    await sleep(1000);
    const quiet = await sit(ctx, window);
    const current = (await http(base, 'GET', `/api/meetings/${meeting.id}/live`)).meeting.version;
    const q0 = await xacts(ctx.pg);
    const times = [];
    let errors = 0;
    let reconnected = 0;
    for (let k = 0; k < WAVES; k++) {
      const parts = await Promise.all(
        ctx.watchers.map((w, p) =>
          w.call('reconnect', {
            from: Math.floor((k * perProc[p]) / WAVES),
            to: Math.floor(((k + 1) * perProc[p]) / WAVES),
            atLeast: current,
          }),
        ),
      );
      for (const part of parts) {
        times.push(...part.times);
        errors += part.errors;
        reconnected += part.times.length;
      }
      await sleep(500);
    }
    const q1 = await xacts(ctx.pg);
    const wavesSec = (q1.t - q0.t) / 1000;
    const after = await sit(ctx, window);
    // Then adopted by consensus (the other case the issue names): the next vote may follow.
    await http(base, 'POST', `/api/questions/${q.id}/consensus`, {}, president);
    await sleep(500);
    const afterConsensus = await sit(ctx, window);
    return {
      question: 'no vote, after a closed vote',
      reconcileMs,
      quiet,
      waves: {
        waves: WAVES,
        reconnected,
        errors,
        reconnectToCurrent: stats(times),
        seconds: +wavesSec.toFixed(2),
        queriesPerSec: +((q1.x - q0.x) / wavesSec).toFixed(1),
        queriesPerReconnect: reconnected ? +((q1.x - q0.x) / reconnected).toFixed(2) : null,
      },
      afterWaves: after,
      afterConsensus,
    };
  },
};
