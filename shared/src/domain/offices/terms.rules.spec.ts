import type { Term } from './offices';
import { designate, member, president, REGISTER, SLATE_2025, Y2024, Y2025, Y2026 } from './offices.fixtures';
import {
  chairOn,
  committeeTermUntil,
  coordinatingCommitteeOn,
  inForce,
  isSecondYearMember,
  officeholdersOn,
  sameSeat,
  successions,
  termsOverlap,
} from './terms.rules';

const t = (from: string, until: string | null): Term => president('AAA', 'P', from, until);

describe('terms in force: from inclusive, until exclusive', () => {
  it.each([
    ['2025-01-01', '2026-01-01', '2024-12-31', false],
    ['2025-01-01', '2026-01-01', '2025-01-01', true],
    ['2025-01-01', '2026-01-01', '2025-12-31', true],
    ['2025-01-01', '2026-01-01', '2026-01-01', false],
    ['2025-01-01', null, '2099-01-01', true],
  ])('%s to %s, on %s: %s', (from, until, on, expected) => {
    expect(inForce(t(from, until), on)).toBe(expected);
  });
});

describe('termsOverlap', () => {
  it.each([
    ['disjoint', t('2020-01-01', '2021-01-01'), t('2022-01-01', '2023-01-01'), false],
    [
      'one ends the day the other starts',
      t('2020-01-01', '2021-01-01'),
      t('2021-01-01', '2022-01-01'),
      false,
    ],
    ['one day shared', t('2020-01-01', '2021-01-02'), t('2021-01-01', '2022-01-01'), true],
    ['nested', t('2020-01-01', '2030-01-01'), t('2021-01-01', '2022-01-01'), true],
    ['open-ended and later', t('2020-01-01', null), t('2040-01-01', '2041-01-01'), true],
    ['open-ended after', t('2020-01-01', '2021-01-01'), t('2021-01-01', null), false],
  ])('%s', (_what, a, b, expected) => {
    expect(termsOverlap(a, b)).toBe(expected);
    expect(termsOverlap(b, a)).toBe(expected);
  });
});

describe('sameSeat', () => {
  it('is the same single-holder office, or the same State on the same committee', () => {
    expect(sameSeat(t('2020-01-01', null), president('BBB', 'Q', '2020-01-01', null))).toBe(true);
    const a5 = member('article-5-implementation', 'AAA', '2020-01-01');
    expect(sameSeat(a5, member('article-5-implementation', 'BBB', '2020-01-01'))).toBe(false);
    expect(sameSeat(a5, member('article-5-implementation', 'AAA', '2021-01-01'))).toBe(true);
    expect(sameSeat(a5, member('victim-assistance', 'AAA', '2020-01-01'))).toBe(false);
  });
});

describe('committeeTermUntil', () => {
  it.each([
    ['2024-11-29', '2026-11-29'],
    ['2024-02-29', '2026-02-28'],
  ])('a term from %s runs until %s', (from, until) => {
    expect(committeeTermUntil(from)).toBe(until);
  });
});

describe('officeholdersOn', () => {
  const all = [...REGISTER, ...SLATE_2025];
  const members = (on: string) =>
    officeholdersOn(all, on).committees.map((c) => [c.committee, c.members.map((m) => m.holder.state)]);

  it('lists the officeholders on a date, committees in their fixed order', () => {
    const now = officeholdersOn(all, '2025-06-01');
    expect(now.president?.holder).toEqual({ state: 'KHM', person: 'President 2024' });
    expect(now.presidentDesignate?.holder.state).toBe('CHE');
    expect(now.sponsorshipCoordinator).toBeNull();
    expect(members('2025-06-01')).toEqual([
      ['article-5-implementation', ['DZA', 'SVN', 'COL', 'THA']],
      ['victim-assistance', ['CHL', 'JPN', 'AGO', 'HRV']],
      ['cooperation-and-assistance', ['MOZ', 'NLD', 'IRQ', 'NOR']],
      ['cooperative-compliance', ['AUT', 'PER', 'BEL', 'ECU']],
    ]);
  });

  it('changes over on the day the new terms start, two members of four each year', () => {
    expect(members(Y2025)).toEqual([
      ['article-5-implementation', ['COL', 'THA', 'KHM', 'ZMB']],
      ['victim-assistance', ['AGO', 'HRV', 'DZA', 'PER']],
      ['cooperation-and-assistance', ['IRQ', 'NOR', 'AUT', 'MOZ']],
      ['cooperative-compliance', ['BEL', 'ECU', 'JPN', 'SVN']],
    ]);
    expect(officeholdersOn(all, Y2025).president?.holder.state).toBe('CHE');
  });

  it('gives each committee its Chair, and Cooperative Compliance the President', () => {
    const chairs = (on: string) => officeholdersOn(all, on).committees.map((c) => c.chair?.state ?? null);
    expect(chairs('2025-06-01')).toEqual(['DZA', 'JPN', 'NLD', 'KHM']);
    expect(chairs(Y2025)).toEqual(['COL', 'AGO', 'NOR', 'CHE']);
    expect(chairOn(all, 'cooperative-compliance', Y2026)).toBeNull();
  });

  it('is empty before anyone held office', () => {
    const none = officeholdersOn(all, '2000-01-01');
    expect(none.president).toBeNull();
    expect(none.committees.every((c) => c.members.length === 0 && c.chair === null)).toBe(true);
  });

  it('does not depend on the order of the rows', () => {
    expect(officeholdersOn([...all].reverse(), Y2025)).toEqual(officeholdersOn(all, Y2025));
  });
});

describe('isSecondYearMember', () => {
  const all = [...REGISTER, ...SLATE_2025];
  it.each([
    ['COL', 'article-5-implementation', true],
    ['KHM', 'article-5-implementation', false],
    ['DZA', 'article-5-implementation', false],
    ['DZA', 'victim-assistance', false],
    ['AGO', 'victim-assistance', true],
  ] as const)('%s on %s on the 2025 slate date: %s', (state, committee, expected) => {
    expect(isSecondYearMember(all, committee, state, Y2025)).toBe(expected);
  });

  it('holds for the 2023 members during their second year', () => {
    expect(isSecondYearMember(REGISTER, 'article-5-implementation', 'DZA', Y2024)).toBe(true);
  });
});

describe('coordinatingCommitteeOn', () => {
  it('is the President, the President-designate and the committee members, with the observers', () => {
    const cc = coordinatingCommitteeOn(
      [
        ...REGISTER,
        ...SLATE_2025,
        {
          office: { kind: 'sponsorship-coordinator' },
          holder: { state: 'NOR', person: null },
          from: Y2024,
          until: null,
        },
      ],
      Y2025,
    );
    expect(cc.chair).toEqual({ state: 'CHE', person: 'President 2025' });
    expect(cc.members).toHaveLength(18);
    expect(cc.members.slice(0, 2).map((m) => m.seat)).toEqual(['president', 'president-designate']);
    expect(cc.members.filter((m) => m.seat === 'committee-member')).toHaveLength(16);
    expect(cc.observers).toEqual([
      { kind: 'sponsorship-coordinator', holder: { state: 'NOR', person: null } },
      { kind: 'organisation', name: 'UN' },
      { kind: 'organisation', name: 'ICRC' },
      { kind: 'organisation', name: 'ICBL' },
      { kind: 'organisation', name: 'GICHD' },
    ]);
  });

  it('still invites the organisations when no office is held', () => {
    const cc = coordinatingCommitteeOn([], Y2024);
    expect(cc).toMatchObject({ chair: null, members: [] });
    expect(cc.observers.map((o) => (o.kind === 'organisation' ? o.name : o.kind))).toEqual([
      'UN',
      'ICRC',
      'ICBL',
      'GICHD',
    ]);
  });
});

describe('successions: an open-ended President is closed by a successor', () => {
  const open = president('JPN', 'P', '2025-12-01', null);
  it('closes an open-ended President on the first day of a later President', () => {
    expect(successions([open], [president('COL', 'Q', '2026-11-30', null)])).toEqual([
      { term: open, until: '2026-11-30' },
    ]);
  });
  it('takes the earliest successor, and the same office only', () => {
    const later = president('COL', 'Q', '2027-01-01', null);
    const sooner = president('CHL', 'R', '2026-06-01', '2027-01-01');
    expect(successions([open], [later, sooner, designate('FRA', 'S', '2026-02-01', null)])).toEqual([
      { term: open, until: '2026-06-01' },
    ]);
  });
  it('leaves terms with an end, other offices, and a successor on the same day or earlier to the overlap rules', () => {
    const ended = president('JPN', 'P', '2025-12-01', '2026-12-01');
    const committee = member('victim-assistance', 'FRA', '2025-12-01', null);
    expect(successions([ended, committee], [president('COL', 'Q', '2026-11-30', null)])).toEqual([]);
    expect(successions([open], [president('COL', 'Q', '2025-12-01', null)])).toEqual([]);
    expect(successions([open], [president('COL', 'Q', '2025-01-01', '2025-06-01')])).toEqual([]);
  });
});
