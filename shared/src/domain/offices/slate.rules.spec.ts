import type { Slate, SlateWarningCode, Term } from './offices';
import {
  chair,
  member,
  PROFILES,
  REGISTER,
  SLATE_2025,
  STATES,
  profile,
  Y2025,
  Y2026,
} from './offices.fixtures';
import { countRegions, obligationMix, reviewSlate } from './slate.rules';
import type { Result } from '../errors';

function review(terms: Term[], profiles = PROFILES) {
  const slate: Slate = { from: Y2025, terms, profiles };
  const r = reviewSlate(slate, REGISTER, STATES);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
const codes = (terms: Term[], profiles = PROFILES): SlateWarningCode[] =>
  review(terms, profiles).warnings.map((w) => w.code);
const without = (pred: (t: Term) => boolean) => SLATE_2025.filter((t) => !pred(t));
const isMemberOf = (state: string) => (t: Term) =>
  t.office.kind === 'committee-member' && t.holder.state === state;
const codeOf = (r: Result<unknown>) => (r.ok ? 'ok' : `${r.error.code} ${r.error.field ?? ''}`.trim());

describe('reviewSlate: a balanced slate', () => {
  const v = review(SLATE_2025);

  it('raises no warning', () => {
    expect(v.warnings).toEqual([]);
  });

  it('shows each committee on the date, who joins and who is in the second year', () => {
    expect(v.committees[0]).toEqual({
      committee: 'article-5-implementation',
      members: [
        { state: 'COL', joining: false, secondYear: true },
        { state: 'THA', joining: false, secondYear: true },
        { state: 'KHM', joining: true, secondYear: false },
        { state: 'ZMB', joining: true, secondYear: false },
      ],
      chair: { state: 'COL', person: null },
      regionalGroups: [
        { regionalGroup: 'African Group', count: 1 },
        { regionalGroup: 'Asia-Pacific Group', count: 2 },
        { regionalGroup: 'GRULAC', count: 1 },
      ],
      mix: { implementing: 3, providing: 0, both: 0, others: 1, unknown: 0 },
    });
    expect(v.committees[3].chair).toEqual({ state: 'CHE', person: 'President 2025' });
  });

  it('sums the regional balance and the mix over the 18 States holding office', () => {
    expect(v.regionalGroups).toEqual([
      { regionalGroup: 'African Group', count: 4 },
      { regionalGroup: 'Asia-Pacific Group', count: 4 },
      { regionalGroup: 'Eastern European Group', count: 3 },
      { regionalGroup: 'GRULAC', count: 3 },
      { regionalGroup: 'WEOG', count: 4 },
    ]);
    expect(v.mix).toEqual({ implementing: 7, providing: 5, both: 1, others: 5, unknown: 0 });
  });
});

describe('reviewSlate: warnings', () => {
  it('warns on an Article 5 committee without a State implementing or having completed Article 5', () => {
    const noArticle5 = { ...PROFILES, COL: profile(), THA: profile(), KHM: profile() };
    expect(codes(SLATE_2025, noArticle5)).toEqual(['ARTICLE5_COMMITTEE_WITHOUT_ARTICLE5_STATE']);
  });

  it('warns on a Cooperation committee without an affected State, and without a provider', () => {
    const noAffected = { ...PROFILES, IRQ: profile(), MOZ: profile() };
    expect(codes(SLATE_2025, noAffected)).toEqual(['COOPERATION_COMMITTEE_WITHOUT_AFFECTED_STATE']);
    const noProvider = { ...PROFILES, NOR: profile(), AUT: profile() };
    expect(codes(SLATE_2025, noProvider)).toEqual(['COOPERATION_COMMITTEE_WITHOUT_PROVIDER']);
  });

  it('warns on a committee short of four, joined by other than two, and without a Chair', () => {
    expect(codes(without(isMemberOf('ZMB')))).toEqual(['COMMITTEE_NOT_FULL', 'JOINING_NOT_TWO']);
    const noChair = without(
      (t) => t.office.kind === 'committee-chair' && t.office.committee === 'victim-assistance',
    );
    expect(review(noChair).warnings).toEqual([
      {
        code: 'NO_CHAIR',
        message: 'Committee on Victim Assistance: no Chair selected among the second-year members',
        committee: 'victim-assistance',
        state: null,
      },
    ]);
  });

  it('warns when no President is in office on the date', () => {
    expect(codes(without((t) => t.office.kind === 'president'))).toEqual(['NO_PRESIDENT']);
  });

  it('warns on a State sitting on two committees', () => {
    const twice = [...without(isMemberOf('ZMB')), member('article-5-implementation', 'MOZ', Y2025)];
    expect(review(twice).warnings).toContainEqual({
      code: 'STATE_ON_SEVERAL_COMMITTEES',
      message: 'MOZ sits on article-5-implementation, cooperation-and-assistance',
      committee: null,
      state: 'MOZ',
    });
  });

  it('counts a State without a profile as unknown and says so', () => {
    const { ZMB: _zmb, ...rest } = PROFILES;
    const v = review(SLATE_2025, rest);
    expect(v.warnings.map((w) => [w.code, w.state])).toEqual([['PROFILE_MISSING', 'ZMB']]);
    expect(v.mix.unknown).toBe(1);
  });

  it('warns on a regional group with no officeholder', () => {
    // No Eastern European State: HRV's seat goes to NLD, ALB's and SVN's to CHL.
    const swap = (from: string, to: string) => (t: Term) =>
      t.holder.state === from ? { ...t, holder: { ...t.holder, state: to } } : t;
    const register = REGISTER.map(swap('HRV', 'NLD'));
    const terms = SLATE_2025.map(swap('ALB', 'CHL')).map(swap('SVN', 'CHL'));
    const r = reviewSlate(
      { from: Y2025, terms, profiles: { ...PROFILES, NLD: profile(), CHL: profile() } },
      register,
      STATES,
    );
    expect(r.ok && r.value.warnings).toEqual([
      {
        code: 'REGIONAL_GROUP_ABSENT',
        message: 'no officeholder from the Eastern European Group',
        committee: null,
        state: null,
      },
    ]);
  });
});

describe('reviewSlate: refusals', () => {
  const slate = (terms: Term[]): Slate => ({ from: Y2025, terms, profiles: PROFILES });

  it('refuses a term starting on another date than the one decided', () => {
    const late = [...SLATE_2025, member('victim-assistance', 'ZMB', '2026-01-01')];
    expect(codeOf(reviewSlate(slate(late), REGISTER, STATES))).toBe(
      `INVALID_TERM terms.${SLATE_2025.length}.from`,
    );
  });

  it('refuses a member who is not a State Party on the start date', () => {
    expect(codeOf(reviewSlate(slate([member('victim-assistance', 'NEW', Y2025)]), REGISTER, STATES))).toBe(
      'NOT_A_PARTY terms.0.holder.state',
    );
  });

  it('refuses a Chair who is in the first year', () => {
    const terms = [
      ...without((t) => t.office.kind === 'committee-chair'),
      chair('victim-assistance', 'PER', Y2025, Y2026),
    ];
    expect(codeOf(reviewSlate(slate(terms), REGISTER, STATES))).toMatch(/^CHAIR_NOT_SECOND_YEAR/);
  });

  it('refuses a malformed date', () => {
    expect(codeOf(reviewSlate({ from: 'next year', terms: [], profiles: {} }, REGISTER, STATES))).toBe(
      'INVALID_DATE from',
    );
  });
});

describe('summaries', () => {
  it('countRegions orders groups by name and puts States in no group last', () => {
    const s = STATES.slice(0, 2);
    expect(countRegions([undefined, ...s, STATES[6]])).toEqual([
      { regionalGroup: 'African Group', count: 1 },
      { regionalGroup: 'WEOG', count: 2 },
      { regionalGroup: null, count: 1 },
    ]);
  });

  it('obligationMix counts each State once', () => {
    expect(obligationMix(['NOR', 'NOR', 'COL', 'ZZZ'], PROFILES)).toEqual({
      implementing: 1,
      providing: 1,
      both: 0,
      others: 0,
      unknown: 1,
    });
  });
});
