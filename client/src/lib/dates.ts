import { IsoDateSchema } from '@plenary/shared';

/** The first message the shared schema gives for a date, or null if it is valid. */
export function dateProblem(value: string): string | null {
  const r = IsoDateSchema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? 'is not a valid date');
}
