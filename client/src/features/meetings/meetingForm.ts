import {
  CreateMeetingBodySchema,
  DEFAULT_RULES_OF_PROCEDURE,
  type CommitteeId,
  type CreateMeetingBody,
  type MeetingView,
  type Proportion,
} from '@plenary/shared';
import type { z } from 'zod';
import type { T } from '../../lib/locale/translate';

/** What the form holds: strings as typed, so a half-typed number is not lost. */
export interface ProportionDraft {
  comparison: Proportion['comparison'];
  numerator: string;
  denominator: string;
}

export interface MeetingDraft {
  kind: MeetingView['kind'];
  /** A committee meeting's committee; '' until chosen (and for every other kind). */
  committee: CommitteeId | '';
  number: string;
  title: string;
  venue: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  openingQuorum: ProportionDraft;
  decisionQuorum: ProportionDraft;
  agenda: string;
}

export function proportionDraft(p: Proportion): ProportionDraft {
  return { comparison: p.comparison, numerator: String(p.numerator), denominator: String(p.denominator) };
}

export const EMPTY_MEETING: MeetingDraft = {
  kind: 'msp',
  committee: '',
  number: '',
  title: '',
  venue: 'Geneva',
  startDate: '',
  endDate: '',
  timeZone: 'Europe/Zurich',
  openingQuorum: proportionDraft(DEFAULT_RULES_OF_PROCEDURE.openingQuorum),
  decisionQuorum: proportionDraft(DEFAULT_RULES_OF_PROCEDURE.decisionQuorum),
  agenda: '',
};

function toNumber(s: string): number {
  return s.trim() === '' ? Number.NaN : Number(s);
}

export function toProportion(d: ProportionDraft): Proportion {
  return { comparison: d.comparison, numerator: toNumber(d.numerator), denominator: toNumber(d.denominator) };
}

/** The raw body the form would send; the shared schema decides whether it may be sent. */
export function draftToInput(d: MeetingDraft): unknown {
  return {
    kind: d.kind,
    // Only a committee meeting names a committee; a choice left from another kind is not sent.
    committee: d.kind === 'committee' && d.committee !== '' ? d.committee : null,
    number: d.number.trim() === '' ? null : toNumber(d.number),
    title: d.title,
    venue: d.venue,
    startDate: d.startDate.trim(),
    endDate: d.endDate.trim(),
    timeZone: d.timeZone.trim(),
    rules: { openingQuorum: toProportion(d.openingQuorum), decisionQuorum: toProportion(d.decisionQuorum) },
    agenda: d.agenda
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  };
}

export type MeetingErrors = Partial<Record<string, string>>;

/**
 * What is wrong with a field, in the language shown: the shared schema's checks by their kind (its
 * English messages are for the API). The form field puts the field's label before it.
 */
export function issueMessage(issue: z.core.$ZodIssue, t: T): string {
  const field = String(issue.path[0] ?? '');
  if (field === 'endDate' && issue.code === 'custom' && issue.message.includes('startDate'))
    return t('desk.validation.endBeforeStart');
  if (field === 'timeZone') return t('desk.validation.timeZone');
  if (field === 'committee') return t('desk.validation.committeeRequired');
  if (issue.code === 'invalid_format') return t('desk.validation.dateFormat');
  if (issue.code === 'custom' && issue.message === 'is not a calendar date')
    return t('desk.validation.notCalendar');
  if (issue.code === 'too_small')
    return issue.origin === 'string' || issue.origin === 'array'
      ? t('desk.validation.minLength', { min: Number(issue.minimum) })
      : t('desk.validation.min', { min: Number(issue.minimum) });
  if (issue.code === 'too_big')
    return issue.origin === 'string' || issue.origin === 'array'
      ? t('desk.validation.maxLength', { max: Number(issue.maximum) })
      : t('desk.validation.max', { max: Number(issue.maximum) });
  if (issue.code === 'invalid_type') return t('desk.validation.wholeNumber');
  return t('desk.validation.invalid');
}

/** The first message per field path ("title", "rules.openingQuorum.denominator", "agenda"). */
export function issuesByPath(error: z.ZodError, t: T): MeetingErrors {
  const out: MeetingErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    // Agenda lines are one field on screen.
    const key = path[0] === 'agenda' ? 'agenda' : path.join('.');
    out[key] ??= issueMessage(issue, t);
  }
  return out;
}

export function validateMeeting(
  d: MeetingDraft,
  t: T,
): { ok: true; body: CreateMeetingBody } | { ok: false; errors: MeetingErrors } {
  const parsed = CreateMeetingBodySchema.safeParse(draftToInput(d));
  return parsed.success
    ? { ok: true, body: parsed.data }
    : { ok: false, errors: issuesByPath(parsed.error, t) };
}
