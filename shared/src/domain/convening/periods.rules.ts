import { addDays, compareIsoDates, daysBetween } from '../dates/dates.rules';
import type { IsoDate } from '../dates/dates';
import { DomainRuleError } from '../errors';
import { type Reason, reason } from '../reasons/reasons';
import type { DeadlineView } from './convening';

/** "Within N days from D" ends at the end of day D + N (DOMAIN.md §4a): this returns D + N. */
export function lastDayWithin(from: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new DomainRuleError('INVALID_COUNT', `A period must be a whole number of days: ${days}`);
  }
  return addDays(from, days);
}

/** True when `date` falls on or after `from` and on or before the period's last day. */
export function isWithin(date: IsoDate, from: IsoDate, lastDay: IsoDate): boolean {
  return compareIsoDates(date, from) >= 0 && compareIsoDates(date, lastDay) <= 0;
}

export function deadlineView(lastDay: IsoDate, today: IsoDate): DeadlineView {
  const daysRemaining = daysBetween(today, lastDay);
  return { lastDay, daysRemaining, passed: daysRemaining < 0 };
}

/** "12 days remaining", "last day today", "passed 3 days ago". */
export function describeDeadline(d: DeadlineView): string {
  if (d.daysRemaining === 0) return `last day today (${d.lastDay})`;
  if (d.daysRemaining > 0)
    return `${d.daysRemaining} day${d.daysRemaining === 1 ? '' : 's'} remaining (last day ${d.lastDay})`;
  const ago = -d.daysRemaining;
  return `passed ${ago} day${ago === 1 ? '' : 's'} ago (last day ${d.lastDay})`;
}

/** The same as data, rendered in each language: "12 days remaining (last day 16 March 2026)". */
export function deadlineReason(d: DeadlineView): Reason<'deadline.remaining' | 'deadline.passed'> {
  return d.daysRemaining >= 0
    ? reason('deadline.remaining', { daysRemaining: d.daysRemaining, lastDay: d.lastDay })
    : reason('deadline.passed', { daysAgo: -d.daysRemaining, lastDay: d.lastDay });
}
