import { CodeSignInBodySchema, type Principal } from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/fieldErrors';
import { useSession } from '../hooks/useSession';
import { SignInFooter } from './SignInFooter';
import { TextField } from '../../../lib/components/FormField';

/** Delegations sign in with the access code issued with their credentials. */
export function CodeSignInForm({ onSignedIn }: { onSignedIn: (p: Principal) => void }) {
  const { signInWithCode } = useSession();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const parsed = CodeSignInBodySchema.safeParse({ code });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      onSignedIn(await signInWithCode(parsed.data));
    } catch (err) {
      const { fields, form } = apiFieldErrors(err, ['code']);
      setErrors(fields);
      setFormError(form);
      setBusy(false);
    }
  }

  return (
    <form
      className="card form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="delegation-heading"
    >
      <h2 id="delegation-heading">Delegations</h2>
      <TextField
        label="Access code"
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        value={code}
        error={errors.code}
        hint="The code on your delegation's credentials slip."
        onChange={(e) => setCode(e.target.value)}
      />
      <SignInFooter error={formError} busy={busy} submitLabel="Sign in with code" />
    </form>
  );
}
