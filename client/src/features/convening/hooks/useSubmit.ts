import { useState } from 'react';
import type { z } from 'zod';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/fieldErrors';

/**
 * A form's submit: parse with the shared schema (inline messages), send, and spread the
 * server's refusal over the same fields, or show it for the whole form.
 */
export function useSubmit<S extends z.ZodType, R>(
  schema: S,
  fields: readonly string[],
  send: (body: z.infer<S>) => Promise<R>,
) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(input: unknown): Promise<R | null> {
    setFormError(null);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return null;
    }
    setErrors({});
    setBusy(true);
    try {
      return await send(parsed.data);
    } catch (err) {
      const split = apiFieldErrors(err, fields);
      setErrors(split.fields);
      setFormError(split.form);
      return null;
    } finally {
      setBusy(false);
    }
  }

  return { errors, formError, busy, submit, setErrors };
}
