import { isIsoDate } from '../dates/dates.rules';
import type { Result } from '../errors';
import type { StateRecord } from '../membership/membership';
import { isStateParty } from '../membership/membership.rules';
import type { Term } from './offices';
import { COMMITTEE_SIZE, COMMITTEES } from './offices';
import { officeFail } from './offices.errors';
import { committeeMembersOn, inForce, isSecondYearMember, sameSeat, termsOverlap } from './terms.rules';

const describeTerm = (t: Term) =>
  `${t.holder.person ?? t.holder.state} as ${t.office.kind}${'committee' in t.office ? ` (${t.office.committee})` : ''} from ${t.from}`;

/**
 * Checks `terms` against themselves and the `existing` register: dates, a holder that is a State
 * Party on the term's first day, no seat held twice at once, at most four members per committee
 * on any day, a Chair who is a second-year member, and no Chair for Cooperative Compliance (the
 * President chairs it). Pass the whole register as `terms` to check a register.
 */
export function validateTerms(
  terms: readonly Term[],
  states: readonly StateRecord[],
  existing: readonly Term[] = [],
  field = 'terms',
): Result<Term[]> {
  const byIso3 = new Map(states.map((s) => [s.iso3, s]));
  for (const [i, t] of terms.entries()) {
    const f = `${field}.${i}`;
    if (!isIsoDate(t.from)) return officeFail('INVALID_DATE', 'from must be a date YYYY-MM-DD', `${f}.from`);
    if (t.until !== null && !isIsoDate(t.until)) {
      return officeFail('INVALID_DATE', 'until must be a date YYYY-MM-DD or null', `${f}.until`);
    }
    if (t.until !== null && t.until <= t.from) {
      return officeFail(
        'INVALID_TERM',
        `a term ends after it starts (${t.from} to ${t.until})`,
        `${f}.until`,
      );
    }
    const state = byIso3.get(t.holder.state);
    if (state === undefined) {
      return officeFail('UNKNOWN_STATE', `${t.holder.state} is not in the register`, `${f}.holder.state`);
    }
    if (!isStateParty(state, t.from)) {
      return officeFail(
        'NOT_A_PARTY',
        `${state.name} is not a State Party on ${t.from}`,
        `${f}.holder.state`,
      );
    }
    if (t.office.kind === 'committee-chair') {
      const committee = t.office.committee;
      if (COMMITTEES.find((c) => c.id === committee)?.chair === 'president') {
        return officeFail(
          'CHAIR_IS_PRESIDENT',
          'the President chairs the Committee on Cooperative Compliance',
          `${f}.office`,
        );
      }
    }
  }

  const all = [...existing, ...terms];
  for (const [i, t] of terms.entries()) {
    const self = existing.length + i;
    const clash = all.find((o, j) => j !== self && sameSeat(t, o) && termsOverlap(t, o));
    if (clash !== undefined) {
      return officeFail(
        'TERM_OVERLAP',
        `${describeTerm(t)} overlaps ${describeTerm(clash)}`,
        `${field}.${i}`,
      );
    }
  }

  for (const [i, t] of terms.entries()) {
    if (t.office.kind !== 'committee-member') continue;
    const committee = t.office.committee;
    // Membership only grows on a start date, so checking every start inside this term suffices.
    const starts = all
      .filter(
        (o) => o.office.kind === 'committee-member' && o.office.committee === committee && inForce(t, o.from),
      )
      .map((o) => o.from);
    for (const day of [t.from, ...starts]) {
      const n = committeeMembersOn(all, committee, day).length;
      if (n > COMMITTEE_SIZE) {
        return officeFail(
          'COMMITTEE_FULL',
          `${committee} would have ${n} members on ${day}`,
          `${field}.${i}`,
        );
      }
    }
  }

  for (const [i, t] of terms.entries()) {
    if (t.office.kind !== 'committee-chair') continue;
    if (!isSecondYearMember(all, t.office.committee, t.holder.state, t.from)) {
      return officeFail(
        'CHAIR_NOT_SECOND_YEAR',
        `${t.holder.state} is not a member in its second year of ${t.office.committee} on ${t.from}`,
        `${field}.${i}.holder.state`,
      );
    }
  }
  return { ok: true, value: [...terms] };
}
