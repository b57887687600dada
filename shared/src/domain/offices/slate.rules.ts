import { isIsoDate } from '../dates/dates.rules';
import type { Result } from '../errors';
import type { RegionalGroupCount, StateRecord } from '../membership/membership';
import { statesPartiesOn } from '../membership/membership.rules';
import type {
  CommitteeId,
  CommitteeReview,
  ObligationMix,
  Slate,
  SlateReview,
  SlateWarning,
  StateProfile,
  Term,
} from './offices';
import { COMMITTEE_SIZE, COMMITTEES, JOINING_EACH_YEAR } from './offices';
import { officeFail } from './offices.errors';
import { officeholdersOn } from './terms.rules';
import { validateTerms } from './terms.validation';

/** Per regional group, by group name; States in no group come last (as countByRegionalGroup). */
export function countRegions(states: readonly (StateRecord | undefined)[]): RegionalGroupCount[] {
  const counts = new Map<string | null, number>();
  for (const s of states)
    counts.set(s?.regionalGroup ?? null, (counts.get(s?.regionalGroup ?? null) ?? 0) + 1);
  return [...counts.entries()]
    .map(([regionalGroup, count]) => ({ regionalGroup, count }))
    .sort((a, b) => {
      if (a.regionalGroup === null) return b.regionalGroup === null ? 0 : 1;
      if (b.regionalGroup === null) return -1;
      return a.regionalGroup < b.regionalGroup ? -1 : a.regionalGroup > b.regionalGroup ? 1 : 0;
    });
}

/** DOMAIN.md §9's balance: States implementing key obligations, those providing assistance, and others. */
export function obligationMix(
  iso3s: readonly string[],
  profiles: Readonly<Record<string, StateProfile | undefined>>,
): ObligationMix {
  const mix: ObligationMix = { implementing: 0, providing: 0, both: 0, others: 0, unknown: 0 };
  for (const iso3 of new Set(iso3s)) {
    const p = profiles[iso3];
    if (p === undefined) mix.unknown++;
    else if (p.implementingKeyObligations && p.providingAssistance) mix.both++;
    else if (p.implementingKeyObligations) mix.implementing++;
    else if (p.providingAssistance) mix.providing++;
    else mix.others++;
  }
  return mix;
}

const isMember = (t: Term, committee: CommitteeId) =>
  t.office.kind === 'committee-member' && t.office.committee === committee;

/**
 * The President's proposed slate, checked against the register of terms: refused (a Result) where
 * a rule is broken (see validateTerms; every term of a slate starts on the date decided); else its
 * composition on that date, the regional balance, the mix, and the warnings the screen shows.
 */
export function reviewSlate(
  slate: Slate,
  register: readonly Term[],
  states: readonly StateRecord[],
): Result<SlateReview> {
  const on = slate.from;
  if (!isIsoDate(on)) return officeFail('INVALID_DATE', 'from must be a date YYYY-MM-DD', 'from');
  const late = slate.terms.findIndex((t) => t.from !== on);
  if (late >= 0) {
    return officeFail(
      'INVALID_TERM',
      `the slate's terms start on the date decided, ${on}`,
      `terms.${late}.from`,
    );
  }
  const valid = validateTerms(slate.terms, states, register);
  if (!valid.ok) return valid;

  const byIso3 = new Map(states.map((s) => [s.iso3, s]));
  const now = officeholdersOn([...register, ...slate.terms], on);
  const profiles: Readonly<Record<string, StateProfile | undefined>> = slate.profiles;
  const warnings: SlateWarning[] = [];
  const warn = (
    code: SlateWarning['code'],
    message: string,
    committee: CommitteeId | null,
    state: string | null,
  ) => warnings.push({ code, message, committee, state });

  const committees: CommitteeReview[] = now.committees.map((c) => {
    const spec = COMMITTEES.find((x) => x.id === c.committee)!;
    const iso3s = c.members.map((m) => m.holder.state);
    const joining = slate.terms.filter((t) => isMember(t, c.committee)).map((t) => t.holder.state);
    if (iso3s.length !== COMMITTEE_SIZE) {
      warn(
        'COMMITTEE_NOT_FULL',
        `${spec.name}: ${iso3s.length} of ${COMMITTEE_SIZE} members`,
        c.committee,
        null,
      );
    }
    if (joining.length !== JOINING_EACH_YEAR) {
      warn(
        'JOINING_NOT_TWO',
        `${spec.name}: ${joining.length} joining, usually ${JOINING_EACH_YEAR}`,
        c.committee,
        null,
      );
    }
    if (c.chair === null && spec.chair === 'second-year-member') {
      warn('NO_CHAIR', `${spec.name}: no Chair selected among the second-year members`, c.committee, null);
    }
    const some = (flag: keyof StateProfile) => iso3s.some((s) => profiles[s]?.[flag] === true);
    if (c.committee === 'article-5-implementation' && !some('article5')) {
      warn(
        'ARTICLE5_COMMITTEE_WITHOUT_ARTICLE5_STATE',
        `${spec.name}: no member implementing or having completed Article 5 clearance`,
        c.committee,
        null,
      );
    }
    if (c.committee === 'cooperation-and-assistance') {
      if (!some('affected')) {
        warn(
          'COOPERATION_COMMITTEE_WITHOUT_AFFECTED_STATE',
          `${spec.name}: no affected State`,
          c.committee,
          null,
        );
      }
      if (!some('providingAssistance')) {
        warn(
          'COOPERATION_COMMITTEE_WITHOUT_PROVIDER',
          `${spec.name}: no State providing support`,
          c.committee,
          null,
        );
      }
    }
    return {
      committee: c.committee,
      members: c.members.map((m) => ({
        state: m.holder.state,
        joining: joining.includes(m.holder.state) && m.from === on,
        secondYear: m.from < on,
      })),
      chair: c.chair,
      regionalGroups: countRegions(iso3s.map((s) => byIso3.get(s))),
      mix: obligationMix(iso3s, profiles),
    };
  });

  if (now.president === null) warn('NO_PRESIDENT', `no President on ${on}`, null, null);
  const seats = new Map<string, CommitteeId[]>();
  for (const c of committees)
    for (const m of c.members) seats.set(m.state, [...(seats.get(m.state) ?? []), c.committee]);
  for (const [state, onCommittees] of seats) {
    if (onCommittees.length > 1)
      warn('STATE_ON_SEVERAL_COMMITTEES', `${state} sits on ${onCommittees.join(', ')}`, null, state);
  }

  const holders = [
    ...(now.president ? [now.president.holder.state] : []),
    ...(now.presidentDesignate ? [now.presidentDesignate.holder.state] : []),
    ...committees.flatMap((c) => c.members.map((m) => m.state)),
  ];
  const distinct = [...new Set(holders)];
  for (const state of distinct) {
    if (profiles[state] === undefined) {
      warn(
        'PROFILE_MISSING',
        `the slate gives no profile for ${state}: the balance counts it as unknown`,
        null,
        state,
      );
    }
  }
  const regionalGroups = countRegions(distinct.map((s) => byIso3.get(s)));
  const present = new Set(regionalGroups.map((r) => r.regionalGroup));
  const groups = new Set(statesPartiesOn(states, on).map((s) => s.regionalGroup));
  for (const g of [...groups].sort()) {
    if (g !== null && !present.has(g))
      warn('REGIONAL_GROUP_ABSENT', `no officeholder from the ${g}`, null, null);
  }
  return {
    ok: true,
    value: { on, committees, regionalGroups, mix: obligationMix(distinct, profiles), warnings },
  };
}
