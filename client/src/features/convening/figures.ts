import {
  COUNT_PROPORTIONS,
  deadlineView,
  extendedDeadline,
  showComparison,
  specialMeetingDates,
  type CountProgressView,
  type DeadlineView,
  type IsoDate,
} from '@plenary/shared';
import type { Format } from '../../lib/locale/format';

/** "14 days remaining", "last day today", "passed 3 days ago". */
export function daysRemainingText(daysRemaining: number, fmt: Format): string {
  if (daysRemaining === 0) return 'last day today';
  if (daysRemaining > 0)
    return fmt.plural(daysRemaining, { one: '# day remaining', other: '# days remaining' });
  return fmt.plural(-daysRemaining, { one: 'passed # day ago', other: 'passed # days ago' });
}

export type DeadlineTone = 'ok' | 'soon' | 'today' | 'passed';
export function deadlineTone(d: Pick<DeadlineView, 'daysRemaining'>): DeadlineTone {
  if (d.daysRemaining < 0) return 'passed';
  if (d.daysRemaining === 0) return 'today';
  return d.daysRemaining <= 3 ? 'soon' : 'ok';
}

export const RULE_WORDS: Record<CountProgressView['rule'], string> = {
  'one-third-of-parties': 'at least one-third of all States Parties',
  'majority-of-parties': 'a majority of all States Parties',
};

/** "54 of 161: 3 × 54 = 162 ≥ 161": the threshold and why it is the smallest count that meets it. */
export function thresholdArithmetic(p: Pick<CountProgressView, 'rule' | 'required' | 'parties'>): string {
  return `${p.required} of ${p.parties}: ${showComparison(COUNT_PROPORTIONS[p.rule], p.required, p.parties)}`;
}

/** "12 of 161: 3 × 12 = 36 < 161": where the count stands against the same comparison. */
export function countArithmetic(p: Pick<CountProgressView, 'rule' | 'count' | 'parties'>): string {
  return `${p.count} of ${p.parties}: ${showComparison(COUNT_PROPORTIONS[p.rule], p.count, p.parties)}`;
}

/** Width of a progress bar toward the threshold, 0-100. */
export function progressPercent(count: number, required: number): number {
  if (required <= 0) return 100;
  return Math.min(100, Math.round((count / required) * 100));
}

export type Phase = 'collecting' | 'met' | 'lapsed' | 'convened';
export function phaseLabel(phase: Phase, metOn: IsoDate | null, fmt: Format): string {
  switch (phase) {
    case 'collecting':
      return 'Collecting';
    case 'met':
      return metOn ? `Met on ${fmt.date(metOn)}` : 'Met';
    case 'lapsed':
      return 'Lapsed';
    case 'convened':
      return 'Convened';
  }
}

/** Art. 8.5 for a communication on `communicatedOn`, seen from `today` (a preview before saving). */
export function specialMeetingPreview(communicatedOn: IsoDate, today: IsoDate) {
  const { favourBy, conveneBy } = specialMeetingDates(communicatedOn);
  return { favourBy: deadlineView(favourBy, today), conveneBy: deadlineView(conveneBy, today) };
}

/** Art. 5.3: the deadline an extension of `years` would give, or why it cannot be computed. */
export function extensionPreview(
  currentDeadline: string,
  years: number,
): { ok: true; deadline: IsoDate } | { ok: false; message: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(currentDeadline))
    return { ok: false, message: 'Enter the current deadline to see the new one.' };
  try {
    const r = extendedDeadline(currentDeadline, years);
    return r.ok ? { ok: true, deadline: r.value } : { ok: false, message: r.error.message };
  } catch {
    return { ok: false, message: 'Enter a valid current deadline to see the new one.' };
  }
}
