import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Guards for the stylesheets: per feature, on tokens, ready for right-to-left. */
const SRC = join(__dirname, '..', '..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

const css = files(SRC, /\.css$/);
const code = files(SRC, /\.tsx?$/).filter((f) => !/\.spec\.tsx?$/.test(f));
const rel = (f: string) => relative(SRC, f);
/** The CSS without its comments, line by line with line numbers. */
const declarations = (f: string) =>
  readFileSync(f, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .split('\n')
    .map((text, i) => ({ text, at: `${rel(f)}:${i + 1}` }));

/**
 * Declarations that rightly name a physical side (ends of `file:line declaration`), each with why.
 * None today: the board, the pad and the print view all follow the reading direction.
 */
const TRULY_PHYSICAL: readonly string[] = [];

describe('the stylesheets', () => {
  it('are split by feature: a token file, a base sheet, and one sheet per feature folder', () => {
    expect(css.map(rel).sort()).toEqual(
      expect.arrayContaining(['app/styles/tokens.css', 'app/styles/base.css', 'features/board/board.css']),
    );
    for (const f of css)
      expect(rel(f)).toMatch(/^(app\/styles\/(tokens|base)|features\/[\w-]+\/[\w-]+)\.css$/);
  });

  it('are each imported by the code that uses them (so they split with its lazy chunk)', () => {
    const imports = code.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const f of css) expect(imports).toContain(`/${f.split('/').pop()}'`);
  });

  it('use logical properties only: nothing says left or right', () => {
    // A property naming a side (margin-left, border-top-right-radius, scroll-padding-right, left:),
    // or a value naming one (text-align, float, clear, background-position, transform-origin…).
    const physical = /(^|[\s;{])([\w-]*-)?(left|right)(-[\w-]+)?\s*:|:[^;]*\b(left|right)\b/;
    // A four-value margin/padding/inset/border shorthand whose right and left differ; a border-radius
    // that rounds corners unevenly (its corners are physical).
    const shorthand = /(^|[\s;{])(margin|padding|inset|border-(width|style|color))\s*:\s*([^;]+)/;
    const uneven = (text: string) => {
      const m = shorthand.exec(text);
      if (!m) return false;
      const v = m[4]
        .replace(/\([^)]*\)/g, (f) => f.replace(/\s+/g, ''))
        .trim()
        .split(/\s+/);
      return v.length === 4 && v[1] !== v[3];
    };
    const corners = (text: string) => {
      const m = /(^|[\s;{])border-radius\s*:\s*([^;/]+)/.exec(text);
      return m ? new Set(m[2].trim().split(/\s+/)).size > 1 : false;
    };
    const found = css
      .flatMap(declarations)
      .filter((l) => physical.test(l.text) || uneven(l.text) || corners(l.text))
      .map((l) => `${l.at} ${l.text.trim()}`)
      .filter((l) => !TRULY_PHYSICAL.some((allowed) => l.endsWith(allowed)));
    expect(found).toEqual([]);
  });

  it('say so when a rule is for right to left only, and only to mirror', () => {
    // [dir='rtl'] rules exist only where a logical property cannot say it (a gradient's angle).
    const rtl = css.flatMap(declarations).filter((l) => /\[dir=.?rtl.?\]/.test(l.text));
    for (const l of rtl) expect(`${l.at} ${l.text}`).toMatch(/\[dir='rtl'\]/);
  });

  it('write colours only in the token file', () => {
    const raw =
      /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklch|oklab)\(|\b(white|black|red|green|blue|yellow|gray|grey|orange)\b(?!-)/i;
    const found = css
      .filter((f) => !f.endsWith('tokens.css'))
      .flatMap(declarations)
      .filter((l) => raw.test(l.text));
    expect(found.map((l) => `${l.at} ${l.text.trim()}`)).toEqual([]);
  });

  it('are never CSS in a TypeScript string or an injected <style>', () => {
    const injected = code.filter((f) =>
      /<style[\s>]|precedence=|\bPROCEDURES_CSS\b/.test(readFileSync(f, 'utf8')),
    );
    expect(injected.map(rel)).toEqual([]);
  });
});
