import { CodeSignInBodySchema, type Principal } from '@plenary/shared';
import { useState } from 'react';
import { useSession } from '../hooks/useSession';
import { useSignInForm } from '../hooks/useSignInForm';
import { SignInFooter } from './SignInFooter';
import { TextField } from '../../../lib/components/FormField';

/** Delegations sign in with the access code issued with their credentials. */
export function CodeSignInForm({ onSignedIn }: { onSignedIn: (p: Principal) => void }) {
  const { signInWithCode } = useSession();
  const [code, setCode] = useState('');
  const { errors, formError, busy, submit } = useSignInForm(
    CodeSignInBodySchema,
    ['code'],
    signInWithCode,
    onSignedIn,
  );

  return (
    <form
      className="card form"
      onSubmit={(e) => void submit(e, { code })}
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
