import {
  buildOfficialRecord,
  CATALOGUES,
  isLanguage,
  SUPPORTED_LANGUAGES,
  type Language,
  type OfficialRecordSource,
  type Principal,
} from '@plenary/shared';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { UI_CATALOGUES } from '../i18n/catalogue';
import { LANGUAGE_STORAGE_KEY } from '../lib/locale/LocaleProvider';
import { LOCALES } from '../lib/locale/locales';
import { ELECTION } from '../testing/electionFixtures';
import { FakeSocket } from '../testing/fakeSocket';
import { STATES, SUMMARY } from '../testing/fixtures';
import { liveSnapshot, MEETING } from '../testing/liveFixtures';
import { mockFetch, unauthenticated, type MockRoutes } from '../testing/mockFetch';
import { renderApp } from '../testing/renderApp';

/**
 * The route walk (issue #16, "done when"): every route of app/router.tsx in each of the six
 * languages, as the principal that can see it, fails on
 *  (a) a message that is missing or cannot be formatted (translate.ts reports it on the console),
 *  (b) a visible text (or a label a screen reader reads: aria-label, title, placeholder, alt, the
 *      document title) equal to an English catalogue message that this language words differently,
 *      i.e. English left hard-coded on the page,
 *  (c) `lang` and `dir` on the document other than the language's.
 * Every offender of every route and language is listed in one failure, so one run shows all.
 */

/** A text equal to an English message that is rightly shown as is (a proper name, a symbol). */
const ALLOWED_TEXTS: ReadonlySet<string> = new Set(['Plenary']);

const principal = (over: Partial<Principal>): Principal => ({
  role: 'secretariat',
  displayName: 'A. Secretary', // a name, not a catalogue's term
  userId: 'u1',
  delegationId: null,
  meetingId: null,
  stateIso3: null,
  ...over,
});
const SECRETARIAT = principal({});
const PRESIDENT = principal({ role: 'president', displayName: 'The President', userId: 'u2' });
const NORWAY = principal({
  role: 'delegation',
  displayName: 'Norway',
  userId: null,
  delegationId: 'd1',
  meetingId: 'm1',
  stateIso3: 'NOR',
});

const TIME = { body: { today: '2026-03-02', now: '2026-03-02T09:00:00.000Z' } };
const RECORD: OfficialRecordSource = {
  meeting: {
    id: 'm1',
    code: '23MSP',
    kind: 'msp',
    title: 'Twenty-Third Meeting of the States Parties',
    venue: 'Geneva',
    startDate: '2026-11-30',
    endDate: '2026-12-04',
    timeZone: 'Europe/Zurich',
  },
  agenda: [],
  questions: [],
  entries: [],
  head: { seq: 0, hash: null, at: null },
};

/** What every screen reads, answered as a running meeting would answer it. */
const DATA: MockRoutes = {
  'GET /api/time': () => TIME,
  'GET /api/states': () => ({ body: STATES }),
  'GET /api/register/summary': () => ({ body: SUMMARY }),
  'GET /api/meetings': () => ({ body: [MEETING] }),
  'GET /api/meetings/m1/live': () => ({ body: liveSnapshot() }),
  'GET /api/meetings/m1/delegations': () => ({ body: [] }),
  // An election in its second ballot: the console's panel, the board's results and the pad's ballot.
  'GET /api/meetings/m1/elections': () => ({ body: [ELECTION] }),
  'GET /api/convening/special-meetings': () => ({ body: [] }),
  'GET /api/convening/clarifications': () => ({ body: [] }),
  'GET /api/meetings/m1/record/official': (call) => {
    const asked = call.query.get('lang');
    return { body: buildOfficialRecord(RECORD, isLanguage(asked) ? asked : 'en') };
  },
};

interface Walk {
  /** The route as router.tsx names it (one line per <Route>). */
  route: string;
  url: string;
  as: Principal | null;
  /** A part the walk must see rendered before it reads the page (so its words are checked too). */
  shows?: string;
}

const ROUTES: readonly Walk[] = [
  { route: 'register', url: '/', as: null },
  { route: 'desk', url: '/desk?meeting=m1', as: SECRETARIAT },
  { route: 'console', url: '/console?meeting=m1', as: PRESIDENT, shows: 'election-card' },
  { route: 'officeholders', url: '/officeholders', as: null },
  { route: 'vote', url: '/vote', as: NORWAY, shows: 'election-ballot' },
  { route: 'board', url: '/board?meeting=m1', as: null, shows: 'election-board' },
  { route: 'procedures', url: '/procedures', as: SECRETARIAT },
  { route: 'signin', url: '/signin', as: null },
  { route: 'record', url: '/record/m1/print', as: null },
  { route: 'notFound', url: '/no/such/page', as: null },
];

/** Every plain English message (no argument), with its keys, from the screens' and the shared catalogues. */
function englishMessages(): Map<string, { lang: (l: Language) => string[] }> {
  const byText = new Map<string, { keys: { key: string; in: Record<Language, Record<string, string>> }[] }>();
  const add = (cats: Record<Language, Record<string, string>>) => {
    for (const [key, text] of Object.entries(cats.en)) {
      if (text.includes('{')) continue;
      const entry = byText.get(text) ?? { keys: [] };
      entry.keys.push({ key, in: cats });
      byText.set(text, entry);
    }
  };
  add(UI_CATALOGUES);
  add(CATALOGUES);
  return new Map(
    [...byText].map(([text, { keys }]) => [
      text,
      // The keys whose message in `l` differs from English: English shown there is left untranslated.
      { lang: (l: Language) => keys.filter((k) => k.in[l][k.key] !== text).map((k) => k.key) },
    ]),
  );
}
const ENGLISH = englishMessages();

/** What the reader sees or hears: text nodes outside script/style, labels, and the title. */
function shownTexts(): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, template, [hidden]')) continue;
    const text = (n.textContent ?? '').trim();
    if (text) out.push(text);
  }
  for (const el of Array.from(document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')))
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(a)?.trim();
      if (v) out.push(v);
    }
  for (const title of Array.from(document.querySelectorAll('title')))
    out.push((title.textContent ?? '').trim());
  return out;
}

let fetchMock: ReturnType<typeof mockFetch> | null = null;
afterEach(() => {
  cleanup();
  fetchMock?.restore();
  window.localStorage.clear();
});

/** Opens `walk` in `lang` and returns everything wrong there, one line each. */
async function walk(
  w: Walk,
  lang: Language,
): Promise<{ broken: string[]; english: string[]; dir: string[] }> {
  window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  fetchMock = mockFetch({
    ...DATA,
    'GET /api/auth/me': w.as ? () => ({ body: { ...w.as, language: lang } }) : unauthenticated,
  });
  const errors: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  });
  try {
    renderApp(w.url, { socket: new FakeSocket() });
    // The screen's chunk has arrived and the session is known (the header shows sign-in or who).
    await waitFor(() => expect(screen.queryByTestId('screen-loading')).toBeNull(), { timeout: 10_000 });
    await waitFor(
      () => expect(document.body.querySelector('main h1, main h2, main [role=alert]')).not.toBeNull(),
      {
        timeout: 10_000,
      },
    );
    const shows = w.shows;
    if (shows) await waitFor(() => expect(screen.queryByTestId(shows)).not.toBeNull(), { timeout: 10_000 });
    // Every request the screen made has been answered and rendered.
    await waitFor(
      () => expect(screen.queryAllByRole('status').filter((s) => s.querySelector('.spinner'))).toEqual([]),
      {
        timeout: 10_000,
      },
    );
  } finally {
    spy.mockRestore();
  }
  const where = `${lang} ${w.route}`;
  const broken = errors.filter((e) => /Missing or broken message/.test(e)).map((e) => `${where}: ${e}`);
  const english = [...new Set(shownTexts())]
    .filter((text) => !ALLOWED_TEXTS.has(text))
    .flatMap((text) => {
      const keys = ENGLISH.get(text)?.lang(lang) ?? [];
      return keys.length > 0 ? [`${where}: "${text}" (${keys.slice(0, 3).join(', ')})`] : [];
    });
  const root = document.documentElement;
  const wanted = { lang: LOCALES[lang].tag.replace(/-u-.*$/, ''), dir: LOCALES[lang].dir };
  const dir =
    w.route === 'record' || (root.lang === wanted.lang && root.dir === wanted.dir)
      ? []
      : [`${where}: lang="${root.lang}" dir="${root.dir}", not lang="${wanted.lang}" dir="${wanted.dir}"`];
  return { broken, english: lang === 'en' ? [] : english, dir };
}

describe('every route in every language', () => {
  jest.setTimeout(600_000);

  it('shows no broken message and no English the language translates, with its lang and dir', async () => {
    const failures: string[] = [];
    for (const w of ROUTES) {
      for (const lang of SUPPORTED_LANGUAGES) {
        const found = await walk(w, lang);
        failures.push(...found.broken, ...found.dir, ...found.english);
        cleanup();
        fetchMock?.restore();
        fetchMock = null;
      }
    }
    expect(failures).toEqual([]);
  });
});
