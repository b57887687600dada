import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useLocale } from '../locale/context';
import type { T } from '../locale/translate';

/**
 * zod's messages read "must have …" (the label goes first) or "Too small: …". In another language
 * the label heads the message ("Nom d’utilisateur : obligatoire").
 */
export function fieldMessage(label: string, message: string, t?: T): string {
  if (t) return t('common.field.labelled', { label, message });
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
export function FormField({ label, error, hint, className, children }: Props) {
  const id = useId();
  const { fmt, t } = useLocale();
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
          {fieldMessage(label, error, fmt.locale === 'en' ? undefined : t)}
        </p>
      ) : hint ? (
        <p id={messageId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  error?: string;
  hint?: string;
}

/** A FormField around a plain <input>. */
export function TextField({ label, error, hint, ...input }: TextFieldProps) {
  return (
    <FormField label={label} error={error} hint={hint}>
      {(aria) => <input {...aria} {...input} />}
    </FormField>
  );
}
