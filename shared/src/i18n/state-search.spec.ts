import type { Language } from './languages';
import { searchStates, searchWords } from './state-search';

const first = (query: string, lang: Language = 'en') => searchStates(query, lang)[0]?.iso3;

describe('the door’s search: common and former names, abbreviations (issue #14 item 5)', () => {
  it.each([
    ['Turkey', 'TUR'],
    ['turkiye', 'TUR'],
    ['Türkiye', 'TUR'],
    ['UK', 'GBR'],
    ['uk', 'GBR'],
    ['U.K.', 'GBR'],
    ['Britain', 'GBR'],
    ['Great Britain', 'GBR'],
    ['England', 'GBR'],
    ['United Kingdom', 'GBR'],
    ['USA', 'USA'],
    ['US', 'USA'],
    ['U.S.', 'USA'],
    ['America', 'USA'],
    ['United States', 'USA'],
    ['DRC', 'COD'],
    ['DR Congo', 'COD'],
    ['Congo-Kinshasa', 'COD'],
    ['Zaire', 'COD'],
    ['Congo', 'COG'],
    ['Congo-Brazzaville', 'COG'],
    ['Ivory Coast', 'CIV'],
    ["Cote d'Ivoire", 'CIV'],
    ['cote divoire', 'CIV'],
    ['Czech Republic', 'CZE'],
    ['Czechia', 'CZE'],
    ['Swaziland', 'SWZ'],
    ['Eswatini', 'SWZ'],
    ['Macedonia', 'MKD'],
    ['North Macedonia', 'MKD'],
    ['Burma', 'MMR'],
    ['Holland', 'NLD'],
    ['Cape Verde', 'CPV'],
    ['East Timor', 'TLS'],
    ['Vatican', 'VAT'],
    ['South Korea', 'KOR'],
    ['North Korea', 'PRK'],
    ['DPRK', 'PRK'],
    ['Russia', 'RUS'],
    ['Iran', 'IRN'],
    ['Syria', 'SYR'],
    ['Laos', 'LAO'],
    ['Moldova', 'MDA'],
    ['Tanzania', 'TZA'],
    ['Vietnam', 'VNM'],
    ['Viet Nam', 'VNM'],
    ['Bolivia', 'BOL'],
    ['Venezuela', 'VEN'],
    ['Micronesia', 'FSM'],
    ['Palestine', 'PSE'],
    ['UAE', 'ARE'],
    ['CAR', 'CAF'],
    ['St Lucia', 'LCA'],
    ['GBR', 'GBR'],
  ])('"%s" finds %s first', (query, iso3) => {
    expect(first(query)).toBe(iso3);
  });

  it('finds the United Kingdom before Ukraine for "UK", and still lists Ukraine', () => {
    const found = searchStates('UK', 'en').map((m) => m.iso3);
    expect(found[0]).toBe('GBR');
    expect(found).toContain('UKR');
    expect(found.indexOf('UKR')).toBeGreaterThan(found.indexOf('GBR'));
  });

  it('says which name matched, and shows the State’s UN name in the language shown', () => {
    expect(searchStates('Turkey', 'en')[0]).toEqual({
      iso3: 'TUR',
      name: 'Türkiye',
      matched: 'Turkey',
      rank: 0,
    });
    expect(searchStates('Turkey', 'ru')[0]).toMatchObject({ iso3: 'TUR', name: 'Турция' });
    expect(searchStates('UK', 'zh')[0]).toMatchObject({ iso3: 'GBR', name: '大不列颠及北爱尔兰联合王国' });
  });
});

describe('names in every language', () => {
  it.each([
    ['Turquie', 'fr', 'TUR'],
    ['Royaume-Uni', 'fr', 'GBR'],
    ['royaume uni', 'fr', 'GBR'],
    ['Corée du Sud', 'fr', 'KOR'],
    ['coree du nord', 'fr', 'PRK'],
    ['Allemagne', 'fr', 'DEU'],
    ['Etats-Unis', 'fr', 'USA'],
    ['Égypte', 'fr', 'EGY'],
    ['egypte', 'fr', 'EGY'],
    ['Alemania', 'es', 'DEU'],
    ['Costa de Marfil', 'es', 'CIV'],
    ['EEUU', 'es', 'USA'],
    ['Turquía', 'es', 'TUR'],
    ['Турция', 'ru', 'TUR'],
    ['США', 'ru', 'USA'],
    ['Великобритания', 'ru', 'GBR'],
    ['россия', 'ru', 'RUS'],
    ['土耳其', 'zh', 'TUR'],
    ['英国', 'zh', 'GBR'],
    ['美国', 'zh', 'USA'],
    ['韩国', 'zh', 'KOR'],
    ['刚果金', 'zh', 'COD'],
    ['تركيا', 'ar', 'TUR'],
    ['سوريا', 'ar', 'SYR'],
    ['ايران', 'ar', 'IRN'],
    ['إيران', 'ar', 'IRN'],
    ['الأرجنتين', 'ar', 'ARG'],
    ['الارجنتين', 'ar', 'ARG'],
    ['المملكة المتحدة', 'ar', 'GBR'],
  ] as const)('"%s" (%s) finds %s first', (query, lang, iso3) => {
    expect(first(query, lang)).toBe(iso3);
  });

  it('finds a State by any language’s name whatever language is shown', () => {
    expect(first('Турция', 'en')).toBe('TUR');
    expect(first('Turkey', 'ar')).toBe('TUR');
    expect(first('土耳其', 'fr')).toBe('TUR');
  });
});

describe('ranking and matching', () => {
  it('puts exact names first, then names starting with the query, then words, then the rest', () => {
    expect(
      searchStates('Niger', 'en')
        .map((m) => m.iso3)
        .slice(0, 2),
    ).toEqual(['NER', 'NGA']);
    // Equatorial Guinea starts with the query in Spanish ("Guinea Ecuatorial"), so it ranks with Guinea-Bissau.
    expect(searchStates('Guinea', 'en').map((m) => [m.iso3, m.rank])).toEqual([
      ['GIN', 0],
      ['GNQ', 1],
      ['GNB', 1],
      ['PNG', 2],
    ]);
    expect(searchStates('Sudan', 'en').map((m) => m.iso3)).toEqual(['SDN', 'SSD']);
    expect(searchStates('Dominica', 'en').map((m) => m.iso3)).toEqual(['DMA', 'DOM']);
  });

  it('finds a name inside another only after the better matches ("stan")', () => {
    const found = searchStates('stan', 'en');
    expect(found.length).toBeGreaterThan(5);
    expect(found.every((m) => m.rank === 3)).toBe(true);
    expect(found.map((m) => m.iso3)).toEqual(expect.arrayContaining(['AFG', 'KAZ', 'PAK', 'UZB']));
  });

  it('ignores case, accents, punctuation and spacing', () => {
    for (const q of ['COTE D IVOIRE', "côte d'ivoire", 'Côte-d’Ivoire', '  cote   divoire '])
      expect(first(q)).toBe('CIV');
    expect(searchWords("Côte d'Ivoire")).toEqual(['cote', 'divoire']);
  });

  it('searches only the meeting’s delegations when asked, and the register’s own names too', () => {
    expect(searchStates('UK', 'en', { among: ['UKR', 'AFG'] }).map((m) => m.iso3)).toEqual(['UKR']);
    const registerNames = { XKX: 'Kosovo' };
    expect(searchStates('kos', 'en', { among: ['XKX', 'AFG'], registerNames })).toEqual([
      { iso3: 'XKX', name: 'Kosovo', matched: 'Kosovo', rank: 1 },
    ]);
    expect(first('St. Kitts and Nevis')).toBe('KNA');
  });

  it('returns nothing for an empty query and at most `limit` matches', () => {
    expect(searchStates('   ', 'en')).toEqual([]);
    expect(searchStates("'", 'en')).toEqual([]);
    expect(searchStates('a', 'en', { limit: 3 })).toHaveLength(3);
  });
});
