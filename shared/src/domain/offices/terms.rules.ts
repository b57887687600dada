import type { IsoDate } from '../dates/dates';
import { addMonthsClamped } from '../dates/dates.rules';
import type {
  CommitteeId,
  CommitteeOnDate,
  CoordinatingCommittee,
  CoordinatingSeat,
  Holder,
  Office,
  Officeholders,
  Term,
} from './offices';
import { COMMITTEE_TERM_YEARS, COMMITTEES, INVITED_OBSERVERS } from './offices';

/** Dates are 'YYYY-MM-DD', so text order is date order. */
export function inForce(term: Term, date: IsoDate): boolean {
  return term.from <= date && (term.until === null || date < term.until);
}

export function termsOverlap(a: Term, b: Term): boolean {
  return (b.until === null || a.from < b.until) && (a.until === null || b.from < a.until);
}

export function sameOffice(a: Office, b: Office): boolean {
  if (a.kind !== b.kind) return false;
  const committee = (o: Office) =>
    o.kind === 'committee-member' || o.kind === 'committee-chair' ? o.committee : null;
  return committee(a) === committee(b);
}

/** Offices one holder at a time (a committee has four members, a meeting several Vice-Presidents, every other office one). */
export function isSingleHolderOffice(office: Office): boolean {
  return office.kind !== 'committee-member' && office.kind !== 'vice-president';
}

/**
 * Two terms that must not overlap: the same single-holder office, or the same State twice on the
 * same committee (issue #12: "a term cannot overlap itself").
 */
export function sameSeat(a: Term, b: Term): boolean {
  return (
    sameOffice(a.office, b.office) && (isSingleHolderOffice(a.office) || a.holder.state === b.holder.state)
  );
}

/** The usual end of a committee term: two years on (the slate may decide another date). */
export function committeeTermUntil(from: IsoDate): IsoDate {
  return addMonthsClamped(from, 12 * COMMITTEE_TERM_YEARS);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byStartThenState = (a: Term, b: Term) =>
  compareText(a.from, b.from) || compareText(a.holder.state, b.holder.state);

/** In a valid register one term at most; otherwise the latest start (never the order of rows). */
function single(
  terms: readonly Term[],
  kind: Office['kind'],
  date: IsoDate,
  committee?: CommitteeId,
): Term | null {
  const found = terms
    .filter((t) => t.office.kind === kind && inForce(t, date))
    .filter((t) => committee === undefined || ('committee' in t.office && t.office.committee === committee))
    .sort(byStartThenState);
  return found.length === 0 ? null : found[found.length - 1];
}

export function committeeMembersOn(terms: readonly Term[], committee: CommitteeId, date: IsoDate): Term[] {
  return terms
    .filter(
      (t) => t.office.kind === 'committee-member' && t.office.committee === committee && inForce(t, date),
    )
    .sort(byStartThenState);
}

/**
 * A member in its second year on `date`: on the committee then, under a term that began before
 * `date` (the slate of an earlier year). Anniversaries are not used: the meetings that start the
 * terms fall on different days each year.
 */
export function isSecondYearMember(
  terms: readonly Term[],
  committee: CommitteeId,
  state: string,
  date: IsoDate,
): boolean {
  return committeeMembersOn(terms, committee, date).some((t) => t.holder.state === state && t.from < date);
}

export function chairOn(terms: readonly Term[], committee: CommitteeId, date: IsoDate): Holder | null {
  const spec = COMMITTEES.find((c) => c.id === committee);
  if (spec?.chair === 'president') return single(terms, 'president', date)?.holder ?? null;
  return single(terms, 'committee-chair', date, committee)?.holder ?? null;
}

/** Who holds which office on a date (`GET /api/officeholders?on=DATE`). */
export function officeholdersOn(terms: readonly Term[], date: IsoDate): Officeholders {
  const committees: CommitteeOnDate[] = COMMITTEES.map((c) => ({
    committee: c.id,
    members: committeeMembersOn(terms, c.id, date),
    chair: chairOn(terms, c.id, date),
  }));
  return {
    on: date,
    president: single(terms, 'president', date),
    presidentDesignate: single(terms, 'president-designate', date),
    vicePresidents: terms
      .filter((t) => t.office.kind === 'vice-president' && inForce(t, date))
      .sort(byStartThenState),
    sponsorshipCoordinator: single(terms, 'sponsorship-coordinator', date),
    committees,
  };
}

/**
 * The Coordinating Committee, derived: the President (in the chair), the President-designate and
 * the committees' members, one seat per office held; the Sponsorship Coordinator and the invited
 * organisations attend as observers.
 */
export function coordinatingCommitteeOn(terms: readonly Term[], date: IsoDate): CoordinatingCommittee {
  const now = officeholdersOn(terms, date);
  const members: CoordinatingSeat[] = [];
  if (now.president) members.push({ seat: 'president', committee: null, holder: now.president.holder });
  if (now.presidentDesignate) {
    members.push({ seat: 'president-designate', committee: null, holder: now.presidentDesignate.holder });
  }
  for (const c of now.committees) {
    for (const m of c.members)
      members.push({ seat: 'committee-member', committee: c.committee, holder: m.holder });
  }
  return {
    on: date,
    chair: now.president?.holder ?? null,
    members,
    observers: [
      ...(now.sponsorshipCoordinator
        ? [{ kind: 'sponsorship-coordinator' as const, holder: now.sponsorshipCoordinator.holder }]
        : []),
      ...INVITED_OBSERVERS.map((name) => ({ kind: 'organisation' as const, name })),
    ],
  };
}

/**
 * A President (or President-designate) holds office until a successor takes office: an
 * open-ended term of such an office is closed on the first day of a later incoming term of the
 * same office (the seeded history's last President, whose successor's date nobody knew yet).
 * Terms of other offices, terms with an end, and a successor starting on the same day or earlier
 * are left to the overlap rules.
 */
export function successions(
  existing: readonly Term[],
  incoming: readonly Term[],
): { term: Term; until: IsoDate }[] {
  const out: { term: Term; until: IsoDate }[] = [];
  for (const t of existing) {
    if (t.until !== null || (t.office.kind !== 'president' && t.office.kind !== 'president-designate'))
      continue;
    const next = incoming
      .filter((n) => sameOffice(n.office, t.office) && n.from > t.from)
      .map((n) => n.from)
      .sort()[0];
    if (next !== undefined) out.push({ term: t, until: next });
  }
  return out;
}
