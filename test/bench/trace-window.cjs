'use strict';
/*
 * `node test/bench/trace-window.cjs <trace.jsonl> <from-ms> <to-ms>`: a server trace
 * (test/bench/trace.cjs) cut to a window in CLOCK_MONOTONIC ms (the bench's burstWindow): the
 * event loop's delay quarter second by quarter second, and each named statement's time from
 * `pool.query` to its result (p50 / p90 / p99 / max).
 */
const { readFileSync } = require('node:fs');

const [file, fromArg, toArg] = process.argv.slice(2);
const from = Number(fromArg);
const to = Number(toArg);
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
console.log(`window ${(to - from).toFixed(0)} ms`);
console.log('event loop delay, per quarter second (ms from the window start: p50 / p99 / max ms)');
// A quarter-second line covers the 250 ms before its time: keep those that overlap the window.
for (const l of lines.filter((x) => x.loop !== undefined && x.loop > from && x.loop - 250 < to))
  console.log(`  +${(l.loop - from).toFixed(0).padStart(5)}  ${l.p50} / ${l.p99} / ${l.max}`);
const byName = new Map();
for (const l of lines.filter((x) => x.query !== undefined && x.at >= from && x.at <= to)) {
  if (!byName.has(l.query)) byName.set(l.query, []);
  byName.get(l.query).push(l.ms);
}
const gcs = lines.filter((x) => x.gc !== undefined && x.gc + x.ms >= from && x.gc <= to);
console.log(`garbage collections of 5 ms or more: ${gcs.length}`);
for (const g of gcs) console.log(`  +${(g.gc - from).toFixed(0).padStart(5)}  kind ${g.kind}  ${g.ms} ms`);
console.log('named statements, pool.query -> result (n: p50 / p90 / p99 / max ms)');
for (const [name, xs] of byName) {
  xs.sort((a, b) => a - b);
  console.log(
    `  ${name.padEnd(16)} ${xs.length}: ${pct(xs, 50)} / ${pct(xs, 90)} / ${pct(xs, 99)} / ${xs.at(-1)}`,
  );
}
