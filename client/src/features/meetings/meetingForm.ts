import {
  CreateMeetingBodySchema,
  DEFAULT_RULES_OF_PROCEDURE,
  type CreateMeetingBody,
  type MeetingView,
  type Proportion,
} from '@plenary/shared';
import type { z } from 'zod';

/** What the form holds: strings as typed, so a half-typed number is not lost. */
export interface ProportionDraft {
  comparison: Proportion['comparison'];
  numerator: string;
  denominator: string;
}

export interface MeetingDraft {
  kind: MeetingView['kind'];
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

/** The first message per field path ("title", "rules.openingQuorum.denominator", "agenda"). */
export function issuesByPath(error: z.ZodError): MeetingErrors {
  const out: MeetingErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    // Agenda lines are one field on screen.
    const key = path[0] === 'agenda' ? 'agenda' : path.join('.');
    out[key] ??= issue.message;
  }
  return out;
}

export function validateMeeting(
  d: MeetingDraft,
): { ok: true; body: CreateMeetingBody } | { ok: false; errors: MeetingErrors } {
  const parsed = CreateMeetingBodySchema.safeParse(draftToInput(d));
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, errors: issuesByPath(parsed.error) };
}
