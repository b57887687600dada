import type { IsoDate } from '../dates/dates';
import { compareIsoDates } from '../dates/dates.rules';
import type { StateRecord } from '../membership/membership';
import { isStateParty } from '../membership/membership.rules';
import type { Result } from '../errors';
import { type Expert, MAX_FACT_FINDING_EXPERTS } from './convening';
import { conveningFail } from './convening.errors';
import { reason } from '../reasons/reasons';

/**
 * The States named in a Request for Clarification or a request to convene: distinct, known, and
 * States Parties on `date`; a State never requests clarification of itself.
 */
export function validateStatesParties(
  iso3s: readonly string[],
  records: readonly StateRecord[],
  date: IsoDate,
  field: string,
  also: string[] = [],
): Result<string[]> {
  if (iso3s.length === 0)
    return conveningFail('INVALID_STATES', 'At least one State Party is needed.', field);
  if (new Set(iso3s).size !== iso3s.length)
    return conveningFail('INVALID_STATES', 'A State is named twice.', field);
  for (const iso3 of iso3s) {
    const state = records.find((s) => s.iso3 === iso3);
    if (!state) return conveningFail('UNKNOWN_STATE', `No State ${iso3} in the register.`, field);
    if (!isStateParty(state, date))
      return conveningFail('NOT_A_PARTY', `${state.name} is not a State Party on ${date}.`, field);
    if (also.includes(iso3))
      return conveningFail(
        'INVALID_STATES',
        `${state.name} cannot be both the requesting and the requested State.`,
        field,
      );
  }
  return { ok: true, value: [...iso3s] };
}

/** Dates of a request: received no earlier than submitted, and neither in the future. */
export function validateReceipt(submittedOn: IsoDate, receivedOn: IsoDate, today: IsoDate): Result<IsoDate> {
  if (compareIsoDates(submittedOn, today) > 0)
    return conveningFail(
      'DATE_IN_FUTURE',
      `The date ${submittedOn} is after today (${today}).`,
      'submittedOn',
    );
  if (compareIsoDates(receivedOn, today) > 0)
    return conveningFail('DATE_IN_FUTURE', `The date ${receivedOn} is after today (${today}).`, 'receivedOn');
  if (compareIsoDates(receivedOn, submittedOn) < 0) {
    return conveningFail(
      'BEFORE_PERIOD',
      `The request cannot be received (${receivedOn}) before it was submitted (${submittedOn}).`,
      'receivedOn',
    );
  }
  return { ok: true, value: receivedOn };
}

/**
 * Art. 8.9-8.10: up to nine experts; nationals of the States Parties requesting the mission or
 * directly affected by it cannot be appointed.
 */
export function validateExperts(
  experts: readonly Expert[],
  excluded: readonly string[],
  names: (iso3: string) => string = (x) => x,
): Result<Expert[]> {
  if (experts.length === 0)
    return conveningFail('NO_EXPERTS', 'A fact-finding mission needs at least one expert.', 'experts');
  if (experts.length > MAX_FACT_FINDING_EXPERTS) {
    return conveningFail(
      'TOO_MANY_EXPERTS',
      `A fact-finding mission has up to ${MAX_FACT_FINDING_EXPERTS} experts (Art. 8.9); ${experts.length} were named.`,
      'experts',
      reason('refusal.tooManyExperts', { max: MAX_FACT_FINDING_EXPERTS, named: experts.length }),
    );
  }
  const bad = experts.findIndex((e) => excluded.includes(e.nationality));
  if (bad >= 0) {
    const e = experts[bad];
    return conveningFail(
      'EXCLUDED_NATIONALITY',
      `${e.name} is a national of ${names(e.nationality)}, a State requesting the mission or directly affected by it: cannot be appointed (Art. 8.10).`,
      `experts.${bad}.nationality`,
      reason('refusal.excludedNationality', { name: e.name, nationalityIso3: e.nationality }),
    );
  }
  return { ok: true, value: [...experts] };
}
