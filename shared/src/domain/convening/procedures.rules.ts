import { addDays, addMonthsClamped, compareIsoDates, maxIsoDate } from '../dates/dates.rules';
import type { IsoDate } from '../dates/dates';
import { CONVENTION_ENTRY_INTO_FORCE } from '../membership/membership';
import { isStateParty } from '../membership/membership.rules';
import type { StateRecord } from '../membership/membership';
import type { MeetingKind } from '../decisions/quorum';
import type { Result } from '../errors';
import { type Reason, reason } from '../reasons/reasons';
import {
  AMENDMENT_SUPPORT_DAYS,
  CLARIFICATION_RESPONSE_DAYS,
  type CountProgress,
  type Indication,
  MAX_EXTENSION_YEARS,
  REVIEW_CONFERENCE_INTERVAL_YEARS,
  SPECIAL_MEETING_CONVENE_DAYS,
  SPECIAL_MEETING_FAVOUR_DAYS,
} from './convening';
import { conveningFail } from './convening.errors';
import { firstDayMet } from './counts.rules';
import { lastDayWithin } from './periods.rules';

/** Art. 8.2: the requested State answers by the 28th day after receiving the request. */
export const clarificationResponseDue = (receivedOn: IsoDate): IsoDate =>
  lastDayWithin(receivedOn, CLARIFICATION_RESPONSE_DAYS);

/** Art. 8.5 and §4a: favour by D + 14, convene by D + 28 (communication on D). */
export function specialMeetingDates(communicatedOn: IsoDate): { favourBy: IsoDate; conveneBy: IsoDate } {
  return {
    favourBy: lastDayWithin(communicatedOn, SPECIAL_MEETING_FAVOUR_DAYS),
    conveneBy: lastDayWithin(communicatedOn, SPECIAL_MEETING_CONVENE_DAYS),
  };
}

/** Art. 13.1: support notified no later than 30 days after circulation. */
export const amendmentSupportLastDay = (circulatedOn: IsoDate): IsoDate =>
  lastDayWithin(circulatedOn, AMENDMENT_SUPPORT_DAYS);

export type ConveningPhase = 'collecting' | 'met' | 'lapsed' | 'convened';

/** Where a count toward convening a meeting stands on `today`. */
export function conveningPhase(
  progress: Pick<CountProgress, 'met'>,
  lastDay: IsoDate,
  today: IsoDate,
  convened: boolean,
): ConveningPhase {
  if (convened) return 'convened';
  if (progress.met) return 'met';
  return compareIsoDates(today, lastDay) > 0 ? 'lapsed' : 'collecting';
}

/** A Special Meeting starts once the one-third is reached and no later than D + 28. */
export function validateSpecialMeetingStart(
  startDate: IsoDate,
  metOn: IsoDate,
  conveneBy: IsoDate,
): Result<IsoDate> {
  if (compareIsoDates(startDate, metOn) < 0) {
    return conveningFail(
      'CONVENE_DATE',
      `The Special Meeting cannot start before the one-third was reached on ${metOn}.`,
      'startDate',
    );
  }
  if (compareIsoDates(startDate, conveneBy) > 0) {
    return conveningFail(
      'CONVENE_DATE',
      `The Special Meeting must be convened by ${conveneBy} (Art. 8.5: within a further 14 days); ${startDate} is too late.`,
      'startDate',
    );
  }
  return { ok: true, value: startDate };
}

export type MeetingSlot = { id: string; kind: MeetingKind; startDate: IsoDate; endDate: IsoDate };

/** Art. 13.3: the next MSP or Review Conference starting on or after `from`, if one is scheduled. */
export function nextMspOrReviewConference<M extends MeetingSlot>(
  meetings: readonly M[],
  from: IsoDate,
): M | null {
  const next = meetings
    .filter((m) => (m.kind === 'msp' || m.kind === 'review') && compareIsoDates(m.startDate, from) >= 0)
    .sort((a, b) => compareIsoDates(a.startDate, b.startDate));
  return next[0] ?? null;
}

/**
 * Meetings the Convention convenes only through a procedure (Art. 8.5, 12.1, 13.1) are never set
 * up directly: setting one up by hand would skip the one-third, the five years or the majority.
 */
export const CONVENING_PROCEDURES: Partial<Record<MeetingKind, { rule: string; endpoint: string }>> = {
  special: {
    rule: 'A Special Meeting is convened only once at least one-third of the States Parties favour it within 14 days of the communication (Art. 8.5)',
    endpoint: 'POST /api/convening/special-meetings/{id}/convene',
  },
  review: {
    rule: 'A Review Conference is convened on request, at least five years after the previous one (Art. 12.1)',
    endpoint: 'POST /api/convening/review-conferences',
  },
  amendment: {
    rule: 'An Amendment Conference is convened only once a majority of the States Parties support the amendment within 30 days of its circulation (Art. 13.1)',
    endpoint: 'POST /api/convening/amendments/{id}/conference',
  },
};

/** MSPs and intersessional meetings are set up directly; the others go through their procedure. */
export function validateDirectSetup(kind: MeetingKind): Result<MeetingKind> {
  const procedure = CONVENING_PROCEDURES[kind];
  if (!procedure) return { ok: true, value: kind };
  return conveningFail(
    'CONVENING_PROCEDURE_REQUIRED',
    `${procedure.rule}: convene it with ${procedure.endpoint}.`,
    'kind',
  );
}

/** Art. 13.3: held immediately following that meeting: the day after it ends. */
export const amendmentConferenceStart = (after: MeetingSlot): IsoDate => addDays(after.endDate, 1);

/**
 * Art. 13.5: in force for the accepting States when a majority of the States Parties of that day
 * have deposited acceptances; then for each later acceptor on its own deposit date.
 */
export function amendmentEntryIntoForce(
  acceptances: readonly Indication[],
  records: readonly StateRecord[],
  asOf: IsoDate,
): IsoDate | null {
  if (acceptances.length === 0) return null;
  const first = acceptances.map((a) => a.date).reduce((a, b) => (compareIsoDates(a, b) <= 0 ? a : b));
  return firstDayMet('majority-of-parties', acceptances, records, first, asOf);
}

/** The States Parties bound by the amendment on `on`, each with the date it became bound. */
export function boundByAmendment(
  acceptances: readonly Indication[],
  records: readonly StateRecord[],
  on: IsoDate,
): { entryIntoForce: IsoDate | null; bound: Indication[] } {
  const entryIntoForce = amendmentEntryIntoForce(acceptances, records, on);
  if (!entryIntoForce) return { entryIntoForce, bound: [] };
  const byIso = new Map(records.map((r) => [r.iso3, r]));
  const bound = acceptances
    .map((a) => ({ iso3: a.iso3, date: maxIsoDate(entryIntoForce, a.date) }))
    .filter((b) => compareIsoDates(b.date, on) <= 0)
    .filter((b) => {
      const s = byIso.get(b.iso3);
      return s !== undefined && isStateParty(s, on);
    })
    .sort((a, b) => compareIsoDates(a.date, b.date) || (a.iso3 < b.iso3 ? -1 : 1));
  return { entryIntoForce, bound };
}

/** Art. 5.3: at most ten years; the new deadline is the current one plus the whole years asked. */
export function extendedDeadline(currentDeadline: IsoDate, years: number): Result<IsoDate> {
  if (!Number.isSafeInteger(years) || years < 1 || years > MAX_EXTENSION_YEARS) {
    return conveningFail(
      'INVALID_EXTENSION',
      `An extension is from 1 to ${MAX_EXTENSION_YEARS} whole years (Art. 5.3); ${years} was asked.`,
      'years',
    );
  }
  return { ok: true, value: addMonthsClamped(currentDeadline, 12 * years) };
}

/** Art. 12.1: five years after entry into force for the first, then at least five years apart. */
export function earliestReviewConference(previousStart: IsoDate | null): IsoDate {
  return addMonthsClamped(
    previousStart ?? CONVENTION_ENTRY_INTO_FORCE,
    12 * REVIEW_CONFERENCE_INTERVAL_YEARS,
  );
}

/** Why the next Review Conference may begin on `earliest` (Art. 12.1), as data. */
export function reviewConferenceTiming(previousStart: IsoDate | null): {
  earliest: IsoDate;
  reason: Reason<'review.next' | 'review.first'>;
} {
  const earliest = earliestReviewConference(previousStart);
  return {
    earliest,
    reason: previousStart
      ? reason('review.next', { previousStart, earliest })
      : reason('review.first', { earliest }),
  };
}

export function validateReviewConferenceDate(
  startDate: IsoDate,
  previousStart: IsoDate | null,
): Result<IsoDate> {
  const earliest = earliestReviewConference(previousStart);
  if (compareIsoDates(startDate, earliest) < 0) {
    const after = previousStart
      ? `the previous one began on ${previousStart}`
      : `the Convention entered into force on ${CONVENTION_ENTRY_INTO_FORCE}`;
    return conveningFail(
      'REVIEW_CONFERENCE_TOO_EARLY',
      `A Review Conference is held at least five years apart (Art. 12.1) and ${after}: the earliest allowed date is ${earliest}.`,
      'startDate',
    );
  }
  return { ok: true, value: startDate };
}
