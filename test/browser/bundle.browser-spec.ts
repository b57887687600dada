import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertClientBuilt } from '../support/browser';

/**
 * What each screen downloads first, read from the built client's manifest and source maps: the
 * board and the pad carry no desk, console or procedures code, no zod JSON Schema generator, and
 * none of shared/'s rules they do not use.
 */
const DIST = join(__dirname, '..', '..', 'client', 'dist');

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

describe('the built client, screen by screen', () => {
  let manifest: Record<string, Chunk>;
  beforeAll(() => {
    assertClientBuilt();
    const path = join(DIST, '.vite', 'manifest.json');
    if (!existsSync(path))
      throw new Error('No Vite manifest: build the client with `npm run build -w @plenary/client`.');
    manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Chunk>;
  });

  /** The chunks a screen needs before it shows: the entry, the page, and their static imports. */
  function firstLoad(page: string): string[] {
    const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
    const seen = new Set<string>();
    const walk = (k: string) => {
      if (seen.has(k)) return;
      seen.add(k);
      (manifest[k].imports ?? []).forEach(walk);
    };
    walk(entry);
    walk(page);
    return [...seen].map((k) => manifest[k].file);
  }

  /** Every source file bundled into the given chunks, from their source maps. */
  function sources(files: string[]): string[] {
    return files.flatMap((f) => {
      const map = JSON.parse(readFileSync(join(DIST, `${f}.map`), 'utf8')) as { sources: string[] };
      return map.sources;
    });
  }

  it('loads every screen lazily, each in its own chunk', () => {
    const entry = Object.values(manifest).find((c) => c.isEntry)!;
    const pages = ['Register', 'Desk', 'Console', 'Vote', 'Board', 'Procedures', 'SignIn', 'NotFound'];
    for (const p of pages) expect(entry.dynamicImports ?? []).toContain(`src/pages/${p}Page.tsx`);
    expect(sources([entry.file]).filter((s) => /\/pages\//.test(s))).toEqual([]);
  });

  it('tree-shakes shared/: the shell carries the sign-in contracts, not every screen’s', () => {
    const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
    const shell = sources(firstLoad(entry)).filter((s) => s.includes('shared/src/'));
    expect(shell.some((s) => s.endsWith('contracts/http/auth.contract.ts'))).toBe(true);
    // The shell speaks six languages: the shared translator comes with the date rules it formats
    // ISO dates by (and their error type), and nothing else of domain/.
    expect(
      shell.filter(
        (s) =>
          /contracts\/http\/(plenary|convening|register)\.contract|domain\//.test(s) &&
          !/domain\/(dates\/dates(\.rules)?\.ts|errors\.ts)$/.test(s),
      ),
    ).toEqual([]);
  });

  it.each(['Board', 'Vote'])('gives the %s screen only what it shows', (screen) => {
    const files = sources(firstLoad(`src/pages/${screen}Page.tsx`));
    const foreign = files.filter((s) =>
      /features\/(convening|desk|delegations|record|console|register)\/|pages\/(Desk|Console|Procedures|Register)Page|domain\/convening\/|membership\.validation/.test(
        s,
      ),
    );
    expect(foreign).toEqual([]);
    // What it does show is there: the live reducer and the shared figures.
    expect(files.some((s) => s.endsWith('features/live/liveState.ts'))).toBe(true);
    expect(files.some((s) => s.endsWith('domain/voting/voting.rules.ts'))).toBe(true);
  });

  it('keeps zod’s JSON Schema generator (used only for OpenAPI) out of every chunk', () => {
    const all = Object.values(manifest)
      .map((c) => c.file)
      .filter((f) => f.endsWith('.js'));
    expect(
      sources(all).filter((s) =>
        /zod\/v4\/core\/(json-schema-processors|to-json-schema|json-schema-generator)\.js$/.test(s),
      ),
    ).toEqual([]);
    for (const f of all) expect(readFileSync(join(DIST, f), 'utf8')).not.toContain('draft-2020-12');
  });

  it('splits the styles with the screens: the board’s rules are not in the shell’s stylesheet', () => {
    const entry = Object.values(manifest).find((c) => c.isEntry)!;
    const shellCss = (entry.css ?? []).map((f) => readFileSync(join(DIST, f), 'utf8')).join('');
    expect(shellCss).not.toContain('.board-states');
    expect(shellCss).not.toContain('.proc-layout');
    const board = manifest['src/pages/BoardPage.tsx'];
    const boardCss = firstLoad('src/pages/BoardPage.tsx')
      .map((f) => Object.values(manifest).find((c) => c.file === f)!)
      .flatMap((c) => c.css ?? [])
      .map((f) => readFileSync(join(DIST, f), 'utf8'))
      .join('');
    expect(board).toBeDefined();
    expect(boardCss).toContain('.board-states');
    expect(boardCss).not.toContain('.proc-layout');
    expect(boardCss).not.toContain('.checkin__row');
  });
});
