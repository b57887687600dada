'use strict';
/*
 * Where a cast's acknowledgement waits, from inside the server: `node test/bench/run.cjs --trace`
 * loads this into the node that takes the casts (`--require`), and it writes to
 * PLENARY_BENCH_TRACE one line per quarter second with the event loop's delay (perf_hooks
 * monitorEventLoopDelay: how late the loop came back to a 1 ms timer) and one line per named
 * (prepared) statement with the time from `pool.query` to its result (a pooled connection, the
 * round trip to PostgreSQL, and the loop's delay in taking the answer). Times are CLOCK_MONOTONIC
 * ms, the clock of the bench's burstWindow; `test/bench/trace-window.cjs` cuts the file to it.
 */
const file = process.env.PLENARY_BENCH_TRACE;
if (file) {
  const { monitorEventLoopDelay } = require('node:perf_hooks');
  const { createWriteStream } = require('node:fs');
  const Module = require('node:module');
  const out = createWriteStream(file);
  const now = () => Number(process.hrtime.bigint()) / 1e6;
  const ms = (ns) => +(ns / 1e6).toFixed(2);
  // Garbage collections of 5 ms or more, as they happen (kind: 1 minor, 2 major, 4 incremental, 8 weak callbacks).
  const { PerformanceObserver, performance } = require('node:perf_hooks');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.duration >= 5)
        out.write(
          `${JSON.stringify({ gc: +(now() - (performance.now() - e.startTime)).toFixed(1), kind: e.detail?.kind, ms: +e.duration.toFixed(2) })}\n`,
        );
  }).observe({ entryTypes: ['gc'] });
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  setInterval(() => {
    if (loop.count)
      out.write(
        `${JSON.stringify({ loop: +now().toFixed(1), p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) })}\n`,
      );
    loop.reset();
  }, 250).unref();
  // The pool the server's DataSource uses is pg's: time the named statements through it.
  const require0 = Module.prototype.require;
  Module.prototype.require = function (id) {
    const m = require0.apply(this, arguments);
    if (id === 'pg' && m && m.Pool && !m.Pool.prototype.__traced) {
      const query = m.Pool.prototype.query;
      m.Pool.prototype.__traced = true;
      m.Pool.prototype.query = function (config) {
        const name = config && typeof config === 'object' ? config.name : undefined;
        const at = now();
        const result = query.apply(this, arguments);
        if (name && result && typeof result.then === 'function')
          result.then(
            () =>
              out.write(
                `${JSON.stringify({ query: name, at: +at.toFixed(1), ms: +(now() - at).toFixed(2) })}\n`,
              ),
            () => undefined,
          );
        return result;
      };
    }
    return m;
  };
}
