// The names file is data, so this spec reads it from disk; the functions it checks do no I/O.
import { parse } from 'csv-parse/sync';
// eslint-disable-next-line no-restricted-imports -- test fixture loading, not rule code
import { existsSync, readFileSync } from 'fs';
// eslint-disable-next-line no-restricted-imports -- test fixture loading, not rule code
import { join } from 'path';
import { SUPPORTED_LANGUAGES } from './languages';
import {
  compareEnglishNames,
  compareStateNames,
  englishAlphabeticalOrder,
  hasStateName,
  inEnglishOrder,
  reportMissingOnce,
  stateName,
  STATE_NAME_CODES,
} from './state-names';
import { STATE_NAMES } from './state-names.generated';

const repoRoot = join(__dirname, '..', '..', '..');
const csvPath = join(repoRoot, 'shared', 'data', 'state-names.csv');
const readCsv = (path: string) =>
  parse<Record<string, string>>(readFileSync(path, 'utf8'), { columns: true, trim: true });

describe('the UN names file and its generated module', () => {
  const rows = readCsv(csvPath);

  it('generates one entry per row of shared/data/state-names.csv, name for name', () => {
    expect(STATE_NAME_CODES.length).toBe(rows.length);
    for (const r of rows) {
      expect(STATE_NAMES[r.iso3]).toEqual({
        unStatus: r.un_status,
        short: SUPPORTED_LANGUAGES.map((l) => r[`short_${l}`]),
        formal: SUPPORTED_LANGUAGES.map((l) => r[`formal_${l}`]),
      });
    }
  });

  const upstream = join(repoRoot, '..', 'shared', 'data', 'state-names.csv');
  (existsSync(upstream) ? it : it.skip)(
    'is the same file as ../shared/data/state-names.csv where that exists',
    () => {
      expect(readFileSync(csvPath, 'utf8')).toBe(readFileSync(upstream, 'utf8'));
    },
  );

  it('names every State in the shipped register in all six languages', () => {
    const register = readCsv(join(repoRoot, 'server', 'seed', 'states-parties.csv'));
    expect(register.length).toBeGreaterThan(160);
    expect(register.filter((s) => !hasStateName(s.iso3)).map((s) => s.iso3)).toEqual([]);
  });
});

describe('stateName', () => {
  it.each([
    ['en', 'Türkiye', 'the Republic of Türkiye'],
    ['fr', 'Türkiye', 'la République de Türkiye'],
    ['es', 'Türkiye', 'la República de Türkiye'],
    ['ru', 'Турция', 'Турецкая Республика'],
    ['zh', '土耳其', '土耳其共和国'],
    ['ar', 'تركيا', 'جمهورية تركيا'],
  ] as const)('writes Türkiye in %s as the UN does: %s / %s', (lang, short, formal) => {
    expect(stateName('TUR', lang)).toBe(short);
    expect(stateName('TUR', lang, 'formal')).toBe(formal);
  });

  it('uses the UN short name, not the depositary’s ("Czechia", not "Czech Republic")', () => {
    expect(stateName('CZE', 'en')).toBe('Czechia');
    expect(stateName('NLD', 'en')).toBe('Netherlands');
    expect(stateName('BHS', 'en')).toBe('Bahamas');
  });

  it('falls back to the register’s name for a State missing from the file, and says so', () => {
    const missing: string[] = [];
    const name = stateName('XKX', 'fr', 'short', {
      registerName: 'Kosovo',
      onMissing: (c) => missing.push(c),
    });
    expect(name).toBe('Kosovo');
    expect(missing).toEqual(['XKX']);
    expect(stateName('XKX', 'fr')).toBe('XKX');
  });

  it('reports each missing State once, however often it is shown', () => {
    const logged: string[] = [];
    const onMissing = reportMissingOnce((iso3) => logged.push(iso3));
    for (let i = 0; i < 5; i++) {
      stateName('XKX', 'en', 'short', { registerName: 'Kosovo', onMissing });
      stateName('XYZ', 'ar', 'short', { onMissing });
      stateName('TUR', 'ar', 'short', { onMissing });
    }
    expect(logged).toEqual(['XKX', 'XYZ']);
  });
});

describe('sorting in the collation of the language shown', () => {
  const sortIn = (lang: (typeof SUPPORTED_LANGUAGES)[number], codes: string[]) =>
    [...codes].sort(compareStateNames(lang)).map((c) => stateName(c, lang));

  it('sorts accented names where the language puts them (French: Égypte among the E)', () => {
    expect(sortIn('fr', ['EST', 'EGY', 'DNK', 'ESP', 'ZWE'])).toEqual([
      'Danemark',
      'Égypte',
      'Espagne',
      'Estonie',
      'Zimbabwe',
    ]);
  });

  it('sorts Spanish with its own names', () => {
    expect(sortIn('es', ['DEU', 'AFG', 'ARG', 'HUN'])).toEqual([
      'Afganistán',
      'Alemania',
      'Argentina',
      'Hungría',
    ]);
  });

  it('sorts Russian in Cyrillic order and Chinese by pinyin', () => {
    expect(sortIn('ru', ['BRA', 'AUT', 'JPN', 'ARG'])).toEqual([
      'Австрия',
      'Аргентина',
      'Бразилия',
      'Япония',
    ]);
    expect(sortIn('zh', ['CHN', 'BRA', 'AFG'])).toEqual(['阿富汗', '巴西', '中国']);
  });

  it('sorts Arabic as UN Arabic lists do, without the article', () => {
    const codes = [
      'ARE',
      'DEU',
      'ALB',
      'ECU',
      'AFG',
      'ISR',
      'EST',
      'AUS',
      'ESP',
      'ERI',
      'ARM',
      'JOR',
      'ARG',
      'AZE',
      'ETH',
      'RUS',
    ];
    expect(sortIn('ar', codes)).toEqual([
      'الاتحاد الروسي',
      'إثيوبيا',
      'أذربيجان',
      'الأرجنتين',
      'الأردن',
      'أرمينيا',
      'إريتريا',
      'إسبانيا',
      'أستراليا',
      'إستونيا',
      'إسرائيل',
      'أفغانستان',
      'إكوادور',
      'ألبانيا',
      'ألمانيا',
      'الإمارات العربية المتحدة',
    ]);
    expect(sortIn('ar', ['BRA', 'BHR', 'PLW'])).toEqual(['بالاو', 'البحرين', 'البرازيل']);
  });
});

describe('UN English alphabetical order (roll-call, recorded-vote lists)', () => {
  it.each([
    [
      ['TKM', 'TUV', 'TUR', 'TUN'],
      ['Tunisia', 'Türkiye', 'Turkmenistan', 'Tuvalu'],
    ],
    [
      ['HRV', 'CIV', 'CRI'],
      ['Costa Rica', "Côte d'Ivoire", 'Croatia'],
    ],
    [
      ['DNK', 'COD', 'PRK'],
      ["Democratic People's Republic of Korea", 'Democratic Republic of the Congo', 'Denmark'],
    ],
    [
      ['GBR', 'UKR', 'ARE', 'USA'],
      [
        'Ukraine',
        'United Arab Emirates',
        'United Kingdom of Great Britain and Northern Ireland',
        'United States of America',
      ],
    ],
  ])('orders %j', (codes, names) => {
    expect(inEnglishOrder(codes).map((c) => stateName(c, 'en'))).toEqual(names);
  });

  it('is the same order whatever language the names are then shown in', () => {
    const codes = ['TUR', 'AFG', 'CIV', 'ZWE', 'DEU'];
    expect(inEnglishOrder(codes)).toEqual(['AFG', 'CIV', 'DEU', 'TUR', 'ZWE']);
    expect([...codes].sort(englishAlphabeticalOrder)).toEqual(inEnglishOrder(codes));
  });

  it('compares English names a caller already holds the same way', () => {
    expect(['Türkiye', 'Turkmenistan', 'Tunisia'].sort(compareEnglishNames)).toEqual([
      'Tunisia',
      'Türkiye',
      'Turkmenistan',
    ]);
  });
});
