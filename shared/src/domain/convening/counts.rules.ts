import { compareIsoDates, parseIsoDate } from '../dates/dates.rules';
import type { IsoDate } from '../dates/dates';
import type { CountRule } from '../decisions/decisions';
import { meetsCount } from '../decisions/decisions.rules';
import type { StateRecord } from '../membership/membership';
import {
  entryIntoForce,
  isStateParty,
  statesPartiesOn,
  withdrawalEffectiveDate,
} from '../membership/membership.rules';
import type { Result } from '../errors';
import type { CountProgress, Indication } from './convening';
import { conveningFail } from './convening.errors';
import { reason } from '../reasons/reasons';

/** Days inside [from, until] on which someone becomes, or stops being, a State Party. */
export function membershipChangeDays(
  records: readonly StateRecord[],
  from: IsoDate,
  until: IsoDate,
): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const s of records) {
    for (const i of s.instruments) days.add(entryIntoForce(i));
    const w = s.withdrawal ? withdrawalEffectiveDate(s.withdrawal) : null;
    if (w) days.add(w);
  }
  return [...days].filter((d) => compareIsoDates(d, from) >= 0 && compareIsoDates(d, until) <= 0);
}

/** The count on `day`: States that acted on or before it and are States Parties on it. */
export function countOn(
  rule: CountRule,
  indications: readonly Indication[],
  records: readonly StateRecord[],
  day: IsoDate,
) {
  const parties = new Set(statesPartiesOn(records, day).map((s) => s.iso3));
  const acted = new Set(
    indications.filter((i) => compareIsoDates(i.date, day) <= 0 && parties.has(i.iso3)).map((i) => i.iso3),
  );
  return meetsCount(rule, acted.size, parties.size);
}

/**
 * The first day inside [from, until] on which the count reaches the threshold (DOMAIN.md §4a).
 * The count only changes on a day someone acts or membership changes, so only those days are tried;
 * the States Parties are recomputed only on the days membership changes.
 */
export function firstDayMet(
  rule: CountRule,
  indications: readonly Indication[],
  records: readonly StateRecord[],
  from: IsoDate,
  until: IsoDate,
): IsoDate | null {
  if (compareIsoDates(until, from) < 0) return null;
  // Valid 'YYYY-MM-DD' strings (checked above and below) order the same as the days they name.
  for (const i of indications) parseIsoDate(i.date, 'date');
  const inWindow = (d: IsoDate) => d >= from && d <= until;
  const changes = new Set(membershipChangeDays(records, from, until));
  const days = [
    ...new Set<IsoDate>([from, ...indications.map((i) => i.date).filter(inWindow), ...changes]),
  ].sort();
  let parties: Set<string> | null = null;
  for (const day of days) {
    if (parties === null || changes.has(day))
      parties = new Set(statesPartiesOn(records, day).map((s) => s.iso3));
    const inParty = parties;
    const acted = new Set(indications.filter((i) => i.date <= day && inParty.has(i.iso3)).map((i) => i.iso3));
    if (meetsCount(rule, acted.size, inParty.size).met) return day;
  }
  return null;
}

/**
 * The live counter: figures on today (or on the last day, once the window has closed), and the day
 * the threshold was first met. Once met it stays met: a later change of membership does not undo it.
 */
export function countProgress(
  rule: CountRule,
  indications: readonly Indication[],
  records: readonly StateRecord[],
  window: { from: IsoDate; lastDay: IsoDate | null },
  today: IsoDate,
): CountProgress {
  const closed = window.lastDay !== null && compareIsoDates(today, window.lastDay) > 0;
  const countedOn = closed && window.lastDay ? window.lastDay : today;
  const metOn = firstDayMet(rule, indications, records, window.from, countedOn);
  const check = countOn(rule, indications, records, countedOn);
  const explanation = metOn
    ? `${check.explanation} Threshold first met on ${metOn}.`
    : closed
      ? `${check.explanation} The period ended on ${window.lastDay} without reaching it.`
      : check.explanation;
  const facts = { countRule: rule, count: check.count, parties: check.parties, required: check.minimum };
  const why: CountProgress['reason'] = metOn
    ? reason('progress.metOn', { ...facts, metOn })
    : closed && window.lastDay
      ? reason('progress.ended', { ...facts, lastDay: window.lastDay })
      : check.reason;
  return {
    rule,
    countedOn,
    count: check.count,
    parties: check.parties,
    required: check.minimum,
    met: metOn !== null,
    metOn,
    explanation,
    reason: why,
  };
}

export type IndicationContext = {
  /** "favour a Special Meeting", "support the amendment": used in messages. */
  act: string;
  from: IsoDate;
  /** null where the Convention sets no period (a request to hold the conference earlier, an acceptance). */
  lastDay: IsoDate | null;
  /** Describes where `from` and `lastDay` come from, for messages: "14 days from the communication on 2026-03-02". */
  period: string;
  today: IsoDate;
};

/** A State's indication is refused, changing nothing, when it is late, early, repeated or not from a State Party. */
export function validateIndication(
  indication: Indication,
  existing: readonly Indication[],
  records: readonly StateRecord[],
  ctx: IndicationContext,
): Result<Indication> {
  const state = records.find((s) => s.iso3 === indication.iso3);
  if (!state)
    return conveningFail('UNKNOWN_STATE', `No State ${indication.iso3} in the register.`, 'stateIso3');
  if (compareIsoDates(indication.date, ctx.today) > 0) {
    return conveningFail(
      'DATE_IN_FUTURE',
      `The date ${indication.date} is after today (${ctx.today}).`,
      'date',
    );
  }
  if (compareIsoDates(indication.date, ctx.from) < 0) {
    return conveningFail(
      'BEFORE_PERIOD',
      `${state.name} cannot ${ctx.act} on ${indication.date}: the period starts on ${ctx.from} (${ctx.period}).`,
      'date',
    );
  }
  if (ctx.lastDay !== null && compareIsoDates(indication.date, ctx.lastDay) > 0) {
    return conveningFail(
      'PERIOD_ENDED',
      `Too late to ${ctx.act} on ${indication.date}: the last day was ${ctx.lastDay} (${ctx.period}).`,
      'date',
    );
  }
  if (existing.some((e) => e.iso3 === indication.iso3)) {
    return conveningFail(
      'ALREADY_EXISTS',
      `${state.name} has already been recorded: each State counts once.`,
      'stateIso3',
    );
  }
  if (!isStateParty(state, indication.date)) {
    return conveningFail(
      'NOT_A_PARTY',
      `${state.name} is not a State Party on ${indication.date} and cannot ${ctx.act}.`,
      'stateIso3',
    );
  }
  return { ok: true, value: indication };
}
