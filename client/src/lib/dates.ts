import { IsoDateSchema } from '@plenary/shared';

/** Today's calendar date where the user is, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });
const mediumDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

function toUtc(iso: string): Date | null {
  return IsoDateSchema.safeParse(iso).success ? new Date(`${iso}T00:00:00Z`) : null;
}

/** "20 February 2026" (in the reader's locale); a calendar date has no time zone, hence UTC. */
export function formatLongDate(iso: string): string {
  const d = toUtc(iso);
  return d ? longDate.format(d) : iso;
}

export function formatDate(iso: string): string {
  const d = toUtc(iso);
  return d ? mediumDate.format(d) : iso;
}

/** The first message the shared schema gives for a date, or null if it is valid. */
export function dateProblem(value: string): string | null {
  const r = IsoDateSchema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? 'is not a valid date');
}
