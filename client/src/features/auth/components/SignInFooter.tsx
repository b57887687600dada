import { useT } from '../../../lib/locale/context';

/** A sign-in form's refusal and its submit button ("Signing in…" while busy). */
export function SignInFooter({
  error,
  busy,
  submitLabel,
}: {
  error: string | null;
  busy: boolean;
  submitLabel: string;
}) {
  const t = useT();
  return (
    <>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('common.signin.busy') : submitLabel}
      </button>
    </>
  );
}
