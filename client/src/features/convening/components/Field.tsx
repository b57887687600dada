import { useId, type ReactNode } from 'react';

/** zod's messages read "must have …" (the label goes first) or "Too small: …". */
export function fieldMessage(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label} ${message}` : `${label}: ${message}`;
}

interface Props {
  label: string;
  error?: string;
  hint?: ReactNode;
  className?: string;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** A label, any control, and its message tied to it with aria-describedby. */
export function Field({ label, error, hint, className, children }: Props) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error || hint ? messageId : undefined,
      })}
      {error ? (
        <p id={messageId} className="field__error">
          {fieldMessage(label, error)}
        </p>
      ) : hint ? (
        <p id={messageId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message: a refusal from the server that names no field. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="field__error proc-form-error" role="alert">
      {message}
    </p>
  );
}
