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
import type { T } from '../../lib/locale/translate';

/** "14 days remaining", "last day today", "passed 3 days ago". */
export function daysRemainingText(daysRemaining: number, t: T): string {
  if (daysRemaining === 0) return t('procedures.days.today');
  return daysRemaining > 0
    ? t('procedures.days.left', { count: daysRemaining })
    : t('procedures.days.passed', { count: -daysRemaining });
}

export type DeadlineTone = 'ok' | 'soon' | 'today' | 'passed';
export function deadlineTone(d: Pick<DeadlineView, 'daysRemaining'>): DeadlineTone {
  if (d.daysRemaining < 0) return 'passed';
  if (d.daysRemaining === 0) return 'today';
  return d.daysRemaining <= 3 ? 'soon' : 'ok';
}

/** "at least one-third of all States Parties", in the language shown. */
export function ruleWords(rule: CountProgressView['rule'], t: T): string {
  return t('procedures.ruleWords', { rule });
}

/** "54 of 161: 3 × 54 = 162 ≥ 161": the threshold and why it is the smallest count that meets it. */
export function thresholdArithmetic(
  p: Pick<CountProgressView, 'rule' | 'required' | 'parties'>,
  t: T,
): string {
  return t('procedures.arithmetic', {
    count: p.required,
    parties: p.parties,
    comparison: showComparison(COUNT_PROPORTIONS[p.rule], p.required, p.parties),
  });
}

/** "12 of 161: 3 × 12 = 36 < 161": where the count stands against the same comparison. */
export function countArithmetic(p: Pick<CountProgressView, 'rule' | 'count' | 'parties'>, t: T): string {
  return t('procedures.arithmetic', {
    count: p.count,
    parties: p.parties,
    comparison: showComparison(COUNT_PROPORTIONS[p.rule], p.count, p.parties),
  });
}

/** Width of a progress bar toward the threshold, 0-100. */
export function progressPercent(count: number, required: number): number {
  if (required <= 0) return 100;
  return Math.min(100, Math.round((count / required) * 100));
}

export type Phase = 'collecting' | 'met' | 'lapsed' | 'convened';
export function phaseLabel(phase: Phase, metOn: IsoDate | null, fmt: Format, t: T): string {
  return phase === 'met' && metOn
    ? t('procedures.phase.metOn', { date: fmt.date(metOn) })
    : t('procedures.phase', { phase });
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
): { ok: true; deadline: IsoDate } | { ok: false; problem: 'missing' | 'invalid' | 'rule'; message: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(currentDeadline))
    return { ok: false, problem: 'missing', message: 'Enter the current deadline to see the new one.' };
  try {
    const r = extendedDeadline(currentDeadline, years);
    return r.ok ? { ok: true, deadline: r.value } : { ok: false, problem: 'rule', message: r.error.message };
  } catch {
    return { ok: false, problem: 'invalid', message: 'Enter a valid current deadline to see the new one.' };
  }
}
