import type { IsoDate } from '../dates/dates';
import type { CountRule } from '../decisions/decisions';
import type { Reason } from '../reasons/reasons';

/** Art. 8.5: States Parties favour a Special Meeting within 14 days of the communication. */
export const SPECIAL_MEETING_FAVOUR_DAYS = 14;
/** Art. 8.5: convened "within a further 14 days", so by D + 28 (DOMAIN.md §4a). */
export const SPECIAL_MEETING_CONVENE_DAYS = 28;
/** Art. 8.2: the requested State answers within 28 days of receiving the request. */
export const CLARIFICATION_RESPONSE_DAYS = 28;
/** Art. 13.1: support notified no later than 30 days after circulation. */
export const AMENDMENT_SUPPORT_DAYS = 30;
/** Art. 5.3: an extension may not exceed ten years. */
export const MAX_EXTENSION_YEARS = 10;
/** Art. 12.1: Review Conferences at least five years apart (the first five years after entry into force). */
export const REVIEW_CONFERENCE_INTERVAL_YEARS = 5;
/** Art. 8.8-8.9: a fact-finding mission has up to nine experts. */
export const MAX_FACT_FINDING_EXPERTS = 9;

/** A deadline as screens show it: the last day, and whole days left counted from `today`. */
export type DeadlineView = {
  /** Last day on which the act is in time (the period ends at the end of this day). */
  lastDay: IsoDate;
  /** 0 on the last day itself; negative once it has passed. */
  daysRemaining: number;
  passed: boolean;
};

/** One State's act counted over all States Parties: favour, support, request or acceptance. */
export type Indication = { iso3: string; date: IsoDate };

/** A count over all States Parties inside a window, as on its latest counting day. */
export type CountProgress = {
  rule: CountRule;
  /** The day the figures below are taken: today, or the window's last day once it has passed. */
  countedOn: IsoDate;
  count: number;
  parties: number;
  required: number;
  met: boolean;
  /** First day the count reached the threshold, inside the window; null if it has not (yet). */
  metOn: IsoDate | null;
  explanation: string;
  /** Met on a day, ended without reaching it, or (while counting) the count as it stands. */
  reason: Reason<'progress.metOn' | 'progress.ended' | 'count.met' | 'count.notMet'>;
};

export type Expert = { name: string; nationality: string };
