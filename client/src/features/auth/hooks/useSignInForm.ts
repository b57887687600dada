import type { Principal } from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/fieldErrors';
import { useLocale } from '../../../lib/locale/context';
import { rateLimitMessage } from '../rateLimit';

/**
 * What both sign-in forms do: validate with the shared schema, call the session, and show the
 * server's refusal on the field it names (or above the button).
 */
export function useSignInForm<S extends z.ZodType>(
  schema: S,
  fields: string[],
  signIn: (body: z.output<S>) => Promise<Principal>,
  onSignedIn: (p: Principal) => void,
) {
  const { fmt, t } = useLocale();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent, values: unknown) {
    e.preventDefault();
    setFormError(null);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      onSignedIn(await signIn(parsed.data));
    } catch (err) {
      const limited = rateLimitMessage(err, fmt, t);
      const { fields: fieldErrors, form } = limited
        ? { fields: {}, form: limited }
        : apiFieldErrors(err, fields);
      setErrors(fieldErrors);
      setFormError(form);
      setBusy(false);
    }
  }

  return { errors, formError, busy, submit };
}
