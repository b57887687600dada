'use strict';
/*
 * Where a server's time went during a window: `node test/bench/profile-window.cjs <x.cpuprofile>
 * <from-ms> <to-ms> [top]` with the window in CLOCK_MONOTONIC ms (the bench's burstWindow: V8's
 * profile clock is the same clock, in µs). Prints self time by function and by package/file.
 */
const { readFileSync } = require('node:fs');

const [file, fromMs, toMs, topArg] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const from = Number(fromMs) * 1000;
const to = Number(toMs) * 1000;
const top = Number(topArg ?? 25);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
let t = prof.startTime;
let total = 0;
for (let i = 0; i < prof.samples.length; i++) {
  t += prof.timeDeltas[i];
  if (t < from || t > to) continue;
  const dt = prof.timeDeltas[i + 1] ?? 0;
  total += dt;
  self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + dt);
}
const where = (url) => {
  if (!url) return '(native/V8)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return url;
  const d = /\/dist\/(.*)$/.exec(url);
  return d ? `plenary ${d[1]}` : url;
};
const fn = new Map();
const pkg = new Map();
for (const [id, us] of self) {
  const n = byId.get(id);
  const cf = n.callFrame;
  const name = `${cf.functionName || '(anonymous)'} ${where(cf.url)}:${cf.lineNumber + 1}`;
  fn.set(name, (fn.get(name) ?? 0) + us);
  const p = cf.url ? where(cf.url) : cf.functionName || '(native)';
  pkg.set(p, (pkg.get(p) ?? 0) + us);
}
const pct = (us) => `${((us / total) * 100).toFixed(1)} %`.padStart(8);
console.log(`window ${((to - from) / 1000).toFixed(0)} ms, sampled ${(total / 1000).toFixed(0)} ms`);
console.log('\nby package / file (self time):');
for (const [k, us] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${pct(us)} ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
console.log('\nby function (self time):');
for (const [k, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${pct(us)} ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
