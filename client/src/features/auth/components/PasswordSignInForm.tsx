import { LoginBodySchema, type Principal } from '@plenary/shared';
import { useState } from 'react';
import { useSession } from '../hooks/useSession';
import { useSignInForm } from '../hooks/useSignInForm';
import { SignInFooter } from './SignInFooter';
import { TextField } from '../../../lib/components/FormField';
import { useT } from '../../../lib/locale/context';

/** Staff sign-in: the secretariat and the President. */
export function PasswordSignInForm({ onSignedIn }: { onSignedIn: (p: Principal) => void }) {
  const { signIn } = useSession();
  const t = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { errors, formError, busy, submit } = useSignInForm(
    LoginBodySchema,
    ['username', 'password'],
    signIn,
    onSignedIn,
  );

  return (
    <form
      className="card form"
      onSubmit={(e) => void submit(e, { username, password })}
      noValidate
      aria-labelledby="staff-heading"
    >
      <h2 id="staff-heading">{t('common.signin.staff')}</h2>
      <TextField
        label={t('common.signin.username')}
        name="username"
        autoComplete="username"
        value={username}
        error={errors.username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <TextField
        label={t('common.signin.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        error={errors.password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <SignInFooter error={formError} busy={busy} submitLabel={t('common.signIn')} />
    </form>
  );
}
