import type { Term } from './offices';
import {
  chair,
  member,
  president,
  REGISTER,
  SLATE_2025,
  STATES,
  Y2024,
  Y2025,
  Y2026,
} from './offices.fixtures';
import { validateTerms } from './terms.validation';

const codeOf = (r: { ok: boolean; error?: { code: string; field?: string } }) =>
  r.ok ? 'ok' : `${r.error?.code} ${r.error?.field ?? ''}`.trim();

describe('validateTerms', () => {
  it('accepts the register and the 2025 slate on it', () => {
    expect(codeOf(validateTerms(REGISTER, STATES))).toBe('ok');
    expect(codeOf(validateTerms(SLATE_2025, STATES, REGISTER))).toBe('ok');
    expect(codeOf(validateTerms([...REGISTER, ...SLATE_2025], STATES))).toBe('ok');
  });

  it.each<[string, Term, string]>([
    [
      'a malformed start',
      { ...member('victim-assistance', 'ZMB', Y2025), from: '2025-13-01' },
      'INVALID_DATE terms.0.from',
    ],
    [
      'a malformed end',
      { ...member('victim-assistance', 'ZMB', Y2025), until: 'soon' },
      'INVALID_DATE terms.0.until',
    ],
    [
      'an end before the start',
      member('victim-assistance', 'ZMB', Y2025, '2025-01-01'),
      'INVALID_TERM terms.0.until',
    ],
    ['an empty term', member('victim-assistance', 'ZMB', Y2025, Y2025), 'INVALID_TERM terms.0.until'],
    [
      'a State not in the register',
      member('victim-assistance', 'ZZZ', Y2025),
      'UNKNOWN_STATE terms.0.holder.state',
    ],
    [
      'a State not yet a party',
      member('victim-assistance', 'NEW', Y2025),
      'NOT_A_PARTY terms.0.holder.state',
    ],
    [
      'a State whose withdrawal took effect',
      member('victim-assistance', 'POL', Y2025),
      'NOT_A_PARTY terms.0.holder.state',
    ],
    [
      'a Chair for Cooperative Compliance',
      chair('cooperative-compliance', 'BEL', Y2025, Y2026),
      'CHAIR_IS_PRESIDENT terms.0.office',
    ],
  ])('refuses %s', (_what, term, expected) => {
    expect(codeOf(validateTerms([term], STATES, REGISTER))).toBe(expected);
  });

  it('accepts a State that becomes a party later for a term starting then', () => {
    expect(codeOf(validateTerms([member('victim-assistance', 'NEW', '2026-03-01')], STATES))).toBe('ok');
  });

  it('refuses a second President at the same time, naming both terms', () => {
    const r = validateTerms([president('NOR', 'Other', '2025-01-01', Y2026)], STATES, REGISTER);
    expect(codeOf(r)).toBe('TERM_OVERLAP terms.0');
    expect(r.ok || r.error.message).toBe(
      'Other as president from 2025-01-01 overlaps President 2024 as president from 2024-11-29',
    );
  });

  it('refuses a State twice on a committee at once, and accepts consecutive terms', () => {
    expect(codeOf(validateTerms([member('victim-assistance', 'AGO', Y2025)], STATES, REGISTER))).toBe(
      'TERM_OVERLAP terms.0',
    );
    const again = member('article-5-implementation', 'DZA', Y2025);
    expect(codeOf(validateTerms([again, member('victim-assistance', 'ZMB', Y2025)], STATES, REGISTER))).toBe(
      'ok',
    );
  });

  it('refuses a term overlapping another in the same list', () => {
    const a = member('victim-assistance', 'ZMB', Y2025);
    expect(codeOf(validateTerms([a, { ...a, from: '2026-01-01' }], STATES))).toBe('TERM_OVERLAP terms.0');
  });

  it('refuses a fifth member on any day', () => {
    const fifth = member('victim-assistance', 'ZMB', '2025-06-01');
    expect(codeOf(validateTerms([fifth], STATES, REGISTER))).toBe('COMMITTEE_FULL terms.0');
    const later = member('victim-assistance', 'ZMB', '2025-06-01', Y2025);
    expect(codeOf(validateTerms([later], STATES, REGISTER))).toBe('COMMITTEE_FULL terms.0');
  });

  it('refuses a fifth member whose term starts before the others join', () => {
    const early = member('victim-assistance', 'ZMB', Y2025);
    const slate = SLATE_2025.filter(
      (t) => t.office.kind === 'committee-member' && t.office.committee === 'victim-assistance',
    );
    expect(codeOf(validateTerms([early, ...slate], STATES, REGISTER))).toMatch(/^COMMITTEE_FULL/);
  });

  it.each([
    ['a first-year member', 'KHM', 'CHAIR_NOT_SECOND_YEAR terms.1.holder.state'],
    ['a State not on the committee', 'NOR', 'CHAIR_NOT_SECOND_YEAR terms.1.holder.state'],
    ['a second-year member', 'THA', 'ok'],
  ])('as Chair of the Article 5 committee, %s: %s', (_what, state, expected) => {
    const terms = [
      member('article-5-implementation', 'KHM', Y2025),
      chair('article-5-implementation', state, Y2025, Y2026),
    ];
    expect(codeOf(validateTerms(terms, STATES, REGISTER))).toBe(expected);
  });

  it('lets the 2023 members chair in 2024, their second year', () => {
    expect(
      codeOf(validateTerms([chair('victim-assistance', 'CHL', Y2024, '2024-12-01')], STATES, REGISTER)),
    ).toBe('TERM_OVERLAP terms.0');
    const others = REGISTER.filter((t) => t.office.kind !== 'committee-chair');
    expect(codeOf(validateTerms([chair('victim-assistance', 'CHL', Y2024, Y2025)], STATES, others))).toBe(
      'ok',
    );
  });
});
