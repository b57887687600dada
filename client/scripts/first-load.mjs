// What each screen downloads before it shows, from the built client's Vite manifest: the entry,
// the page's chunk, and every chunk they import statically, JS and CSS, raw and gzipped.
// Usage: npm run build -w @plenary/client && node client/scripts/first-load.mjs
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const kb = (n) => (n / 1000).toFixed(1);
const size = (file) => {
  const bytes = readFileSync(join(dist, file));
  return [bytes.length, gzipSync(bytes, { level: 9 }).length];
};
const add = (a, b) => [a[0] + b[0], a[1] + b[1]];

function firstLoad(keys) {
  const seen = new Set();
  const js = new Set();
  const css = new Set();
  const walk = (k) => {
    if (seen.has(k)) return;
    seen.add(k);
    js.add(manifest[k].file);
    (manifest[k].css ?? []).forEach((c) => css.add(c));
    (manifest[k].imports ?? []).forEach(walk);
  };
  keys.forEach(walk);
  return { js: [...js], css: [...css] };
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const pages = Object.keys(manifest).filter((k) => /pages\/\w+Page\.tsx$/.test(k));
const rows = [[entry], ...pages.map((p) => [entry, p])].map((keys) => {
  const { js, css } = firstLoad(keys);
  const [jr, jg] = js.map(size).reduce(add, [0, 0]);
  const [cr, cg] = css.map(size).reduce(add, [0, 0]);
  const name = keys.length === 1 ? '(shell)' : basename(keys[1], '.tsx');
  return {
    screen: name,
    'JS kB': kb(jr),
    'JS gzip': kb(jg),
    'CSS kB': kb(cr),
    'CSS gzip': kb(cg),
    'total gzip': kb(jg + cg),
  };
});
console.table(rows);
