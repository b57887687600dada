import { useId, useState, type FormEvent } from 'react';
import { dateProblem } from '../../../lib/dates';
import { useT } from '../../../lib/locale/context';
import '../register.css';

interface Props {
  value: string;
  onApply: (iso: string) => void;
  /** The server's today (Geneva), for the Today button; null while it is not known. */
  today: string | null;
}

/**
 * A typed ISO date, checked with the shared IsoDateSchema. A text field, not type="date", so that
 * what you type is what the URL holds and the schema's message can be shown as is.
 */
export function DateField({ value, onApply, today }: Props) {
  const [draft, setDraft] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const [touched, setTouched] = useState(false);
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  // The URL changed under us (back button, a link): show the new date.
  if (value !== shownValue) {
    setShownValue(value);
    setDraft(value);
    setTouched(false);
  }

  const problem = dateProblem(draft);
  // The shared schema's two reasons, in the language shown: not YYYY-MM-DD, or no such day.
  const problemKind = /^\d{4}-\d{2}-\d{2}$/.test(draft) ? 'calendar' : 'format';
  const showProblem = problem !== null && (touched || draft === value);

  function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!problem) onApply(draft);
  }

  return (
    <form className="date-field" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t('register.date.label')}</label>
        <div className="date-field__row">
          <input
            id={id}
            name="on"
            value={draft}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('register.date.placeholder')}
            size={11}
            aria-invalid={showProblem}
            aria-describedby={showProblem ? errorId : hintId}
            onChange={(e) => {
              const next = e.target.value;
              setDraft(next);
              // Apply as soon as the typed date is complete and valid.
              if (dateProblem(next) === null && next !== value) onApply(next);
            }}
            onBlur={() => setTouched(true)}
          />
          <button type="submit" className="button">
            {t('register.date.show')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={today === null}
            onClick={() => {
              if (today === null) return;
              setDraft(today);
              setTouched(false);
              onApply(today);
            }}
          >
            {t('register.date.today')}
          </button>
        </div>
        {showProblem ? (
          <p id={errorId} className="field__error" role="alert">
            {t('register.date.problem', { problem: problemKind })}
          </p>
        ) : (
          <p id={hintId} className="field__hint">
            {t('register.date.hint', { example: '2026-02-20' })}
          </p>
        )}
      </div>
    </form>
  );
}
