import { CodeSignInBodySchema, type Principal } from '@plenary/shared';
import { useState } from 'react';
import { useSession } from '../hooks/useSession';
import { useSignInForm } from '../hooks/useSignInForm';
import { SignInFooter } from './SignInFooter';
import { TextField } from '../../../lib/components/FormField';
import { useT } from '../../../lib/locale/context';

/** Delegations sign in with the access code issued with their credentials. */
export function CodeSignInForm({ onSignedIn }: { onSignedIn: (p: Principal) => void }) {
  const { signInWithCode } = useSession();
  const t = useT();
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
      <h2 id="delegation-heading">{t('common.signin.delegations')}</h2>
      <TextField
        label={t('common.signin.accessCode')}
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        value={code}
        error={errors.code}
        hint={t('common.signin.accessCodeHint')}
        onChange={(e) => setCode(e.target.value)}
      />
      <SignInFooter error={formError} busy={busy} submitLabel={t('common.signin.withCode')} />
    </form>
  );
}
