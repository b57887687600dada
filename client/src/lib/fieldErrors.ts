import type { z } from 'zod';
import { ApiError, errorMessage } from './api';

export type FieldErrors = Partial<Record<string, string>>;

/** The first zod message per top-level field. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    out[field] ??= issue.message;
  }
  return out;
}

/** Splits a server error into messages for the given fields and one for the whole form. */
export function apiFieldErrors(
  err: unknown,
  fields: readonly string[],
): { fields: FieldErrors; form: string | null } {
  if (!(err instanceof ApiError)) return { fields: {}, form: errorMessage(err) };
  const out: FieldErrors = {};
  for (const f of fields) {
    const m = err.messageFor(f);
    if (m) out[f] = m;
  }
  return { fields: out, form: Object.keys(out).length > 0 ? null : err.message };
}
