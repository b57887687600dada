import type { z } from 'zod';
import { ApiError, errorMessage } from './api';
import { currentLocale, currentT } from './locale/current';

export type FieldErrors = Partial<Record<string, string>>;

/**
 * A text field's length refused, in the page's language: the shared schemas word their messages
 * in English ("is required", "must have at least 6 characters"), which English pages show as is.
 */
function inLanguage(issue: z.core.$ZodIssue): string {
  if (currentLocale() === 'en') return issue.message;
  const t = currentT();
  if (issue.code === 'too_small' && issue.origin === 'string')
    return Number(issue.minimum) <= 1
      ? t('common.field.required')
      : t('common.field.tooShort', { n: Number(issue.minimum) });
  if (issue.code === 'too_big' && issue.origin === 'string')
    return t('common.field.tooLong', { n: Number(issue.maximum) });
  return issue.message;
}

/** The first zod message per top-level field. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    out[field] ??= inLanguage(issue);
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
