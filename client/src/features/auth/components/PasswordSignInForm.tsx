import { LoginBodySchema, type Principal } from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/fieldErrors';
import { useSession } from '../hooks/useSession';
import { SignInFooter } from './SignInFooter';
import { TextField } from '../../../lib/components/FormField';

/** Staff sign-in: the secretariat and the President. */
export function PasswordSignInForm({ onSignedIn }: { onSignedIn: (p: Principal) => void }) {
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const parsed = LoginBodySchema.safeParse({ username, password });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      onSignedIn(await signIn(parsed.data));
    } catch (err) {
      const { fields, form } = apiFieldErrors(err, ['username', 'password']);
      setErrors(fields);
      setFormError(form);
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="staff-heading">
      <h2 id="staff-heading">Secretariat and President</h2>
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        value={username}
        error={errors.username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        error={errors.password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <SignInFooter error={formError} busy={busy} submitLabel="Sign in" />
    </form>
  );
}
