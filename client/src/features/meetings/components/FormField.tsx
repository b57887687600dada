import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  error?: string;
  hint?: ReactNode;
  className?: string;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** zod's own messages read "Too small: …" or "must have …"; either way the label comes first. */
export function fieldMessage(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label} ${message}` : `${label}: ${message}`;
}

/** A label, any control, and its message tied to it with aria-describedby. */
export function FormField({ label, error, hint, className, children }: Props) {
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
