import { useT } from '../../../lib/locale/context';

/** The form-level message: a refusal from the server that names no field. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="field__error proc-form-error" role="alert">
      {message}
    </p>
  );
}

/** A record form's refusal, its submit button ("Recording…" while busy) and Cancel. */
export function FormFooter({
  error,
  busy,
  submitLabel,
  onCancel,
}: {
  error: string | null;
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <>
      <FormError message={error} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('procedures.form.recording') : submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('procedures.form.cancel')}
        </button>
      </div>
    </>
  );
}
