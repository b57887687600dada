import { party } from '../convening/convening.fixtures';
import type { IsoDate } from '../dates/dates';
import type { StateRecord } from '../membership/membership';
import type { CommitteeId, StateProfile, Term } from './offices';
import { committeeTermUntil } from './terms.rules';

/** Helpers for the office specs (not exported from the package). */

export function stateIn(
  iso3: string,
  regionalGroup: string,
  since: IsoDate = '2000-01-01',
  until?: IsoDate,
): StateRecord {
  return { ...party(iso3, since, until ?? null), regionalGroup };
}

export function member(committee: CommitteeId, state: string, from: IsoDate, until?: IsoDate | null): Term {
  return {
    office: { kind: 'committee-member', committee },
    holder: { state, person: null },
    from,
    until: until === undefined ? committeeTermUntil(from) : until,
  };
}

export function chair(committee: CommitteeId, state: string, from: IsoDate, until: IsoDate | null): Term {
  return { office: { kind: 'committee-chair', committee }, holder: { state, person: null }, from, until };
}

export function president(state: string, person: string, from: IsoDate, until: IsoDate | null): Term {
  return { office: { kind: 'president' }, holder: { state, person }, from, until };
}

export function designate(state: string, person: string, from: IsoDate, until: IsoDate | null): Term {
  return { office: { kind: 'president-designate' }, holder: { state, person }, from, until };
}

export const profile = (p: Partial<StateProfile> = {}): StateProfile => ({
  article5: false,
  affected: false,
  implementingKeyObligations: false,
  providingAssistance: false,
  ...p,
});

/** Twenty States Parties in the five regional groups, one not yet a party and one withdrawn. */
export const STATES: StateRecord[] = [
  ...['AUT', 'BEL', 'CHE', 'NLD', 'NOR'].map((s) => stateIn(s, 'WEOG')),
  ...['AGO', 'DZA', 'MOZ', 'ZMB'].map((s) => stateIn(s, 'African Group')),
  ...['IRQ', 'JPN', 'KHM', 'THA'].map((s) => stateIn(s, 'Asia-Pacific Group')),
  ...['CHL', 'COL', 'ECU', 'PER'].map((s) => stateIn(s, 'GRULAC')),
  ...['ALB', 'HRV', 'SVN'].map((s) => stateIn(s, 'Eastern European Group')),
  stateIn('NEW', 'African Group', '2026-03-01'),
  stateIn('POL', 'Eastern European Group', '2000-01-01', '2025-06-01'),
];

export const Y2023 = '2023-11-24';
export const Y2024 = '2024-11-29';
export const Y2025 = '2025-11-28';
export const Y2026 = '2026-12-04';

/** The register before the 2025 slate: the 2023 and 2024 members, the 2024 chairs and President. */
export const REGISTER: Term[] = [
  president('KHM', 'President 2024', Y2024, Y2025),
  designate('CHE', 'President-designate 2024', Y2024, Y2025),
  member('article-5-implementation', 'DZA', Y2023, Y2025),
  member('article-5-implementation', 'SVN', Y2023, Y2025),
  member('victim-assistance', 'JPN', Y2023, Y2025),
  member('victim-assistance', 'CHL', Y2023, Y2025),
  member('cooperation-and-assistance', 'NLD', Y2023, Y2025),
  member('cooperation-and-assistance', 'MOZ', Y2023, Y2025),
  member('cooperative-compliance', 'AUT', Y2023, Y2025),
  member('cooperative-compliance', 'PER', Y2023, Y2025),
  member('article-5-implementation', 'COL', Y2024),
  member('article-5-implementation', 'THA', Y2024),
  member('victim-assistance', 'AGO', Y2024),
  member('victim-assistance', 'HRV', Y2024),
  member('cooperation-and-assistance', 'NOR', Y2024),
  member('cooperation-and-assistance', 'IRQ', Y2024),
  member('cooperative-compliance', 'BEL', Y2024),
  member('cooperative-compliance', 'ECU', Y2024),
  chair('article-5-implementation', 'DZA', Y2024, Y2025),
  chair('victim-assistance', 'JPN', Y2024, Y2025),
  chair('cooperation-and-assistance', 'NLD', Y2024, Y2025),
];

/** The 2025 slate: a President and a designate, two joining each committee, three Chairs. */
export const SLATE_2025: Term[] = [
  president('CHE', 'President 2025', Y2025, Y2026),
  designate('ALB', 'President-designate 2025', Y2025, Y2026),
  member('article-5-implementation', 'KHM', Y2025),
  member('article-5-implementation', 'ZMB', Y2025),
  member('victim-assistance', 'DZA', Y2025),
  member('victim-assistance', 'PER', Y2025),
  member('cooperation-and-assistance', 'AUT', Y2025),
  member('cooperation-and-assistance', 'MOZ', Y2025),
  member('cooperative-compliance', 'JPN', Y2025),
  member('cooperative-compliance', 'SVN', Y2025),
  chair('article-5-implementation', 'COL', Y2025, Y2026),
  chair('victim-assistance', 'AGO', Y2025, Y2026),
  chair('cooperation-and-assistance', 'NOR', Y2025, Y2026),
];

const affectedImplementing = profile({ article5: true, affected: true, implementingKeyObligations: true });
const donor = profile({ providingAssistance: true });
export const PROFILES: Record<string, StateProfile> = {
  COL: affectedImplementing,
  THA: affectedImplementing,
  KHM: affectedImplementing,
  ZMB: profile(),
  AGO: affectedImplementing,
  HRV: { ...affectedImplementing, providingAssistance: true },
  DZA: profile({ article5: true, implementingKeyObligations: false }),
  PER: affectedImplementing,
  NOR: donor,
  IRQ: affectedImplementing,
  AUT: donor,
  MOZ: profile({ article5: true, affected: true }),
  BEL: donor,
  ECU: affectedImplementing,
  JPN: donor,
  SVN: profile(),
  CHE: donor,
  ALB: profile({ article5: true }),
};
