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
    const physical =
      /\b(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)|clear:\s*(left|right)/;
    const found = css.flatMap(declarations).filter((l) => physical.test(l.text));
    expect(found.map((l) => `${l.at} ${l.text.trim()}`)).toEqual([]);
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
