import { renderReason, type Reason } from '@plenary/shared';
import { useCallback } from 'react';
import { useFormat } from './locale/context';

/** Anything the server explains: the rule's English sentence and, beside it, the same as data. */
export type Explained = { explanation: string | null; reason?: Reason | null };

/**
 * An outcome's, a count's or a deadline's explanation in the page's language: rendered from its
 * reason (code and facts) with the shared catalogue in every language but English, where the
 * rule's own sentence (with its arithmetic) is shown as before. Without a reason (an older stored
 * result), the English sentence.
 */
export function explainIn(locale: string, item: Explained): string {
  if (locale !== 'en' && item.reason) return renderReason(locale, item.reason);
  return item.explanation ?? '';
}

/** `const explain = useExplain(); explain(quorum.decision)`. */
export function useExplain(): (item: Explained) => string {
  const { locale } = useFormat();
  return useCallback((item: Explained) => explainIn(locale, item), [locale]);
}
