import { LANGUAGE_NAMES, LANGUAGE_TAGS, SUPPORTED_LANGUAGES } from '@plenary/shared';
import { useId } from 'react';
import { useLocale } from '../locale/context';

/** The six languages, each named in itself (never translated), remembered on this device. */
export function LanguageSwitch() {
  const { fmt, t, setLocale } = useLocale();
  const id = useId();
  return (
    <span className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('common.language')}
      </label>
      <select
        id={id}
        data-testid="language-switch"
        value={fmt.locale}
        onChange={(e) => setLocale(e.target.value)}
      >
        {SUPPORTED_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={LANGUAGE_TAGS[l]}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
