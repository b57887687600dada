import type { ReactNode } from 'react';
import { ApiError } from '../api';
import { useT } from '../locale/context';

/** The loading state of a page or a panel: a spinner and what is on its way, announced politely. */
export function Loading({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div className="notice" role="status" aria-live="polite" data-testid={testId}>
      <span className="spinner" aria-hidden="true" /> {children}
    </div>
  );
}

/**
 * The error state: what could not be loaded, the server's message and code, and a way to try
 * again. `what` names it in the page's language (`t('desk.meetings.what')`): "The register could
 * not be loaded.", "Échec du chargement : le registre."
 */
export function LoadError({
  what,
  error,
  onRetry,
  testId,
}: {
  what: string;
  error: { message: string } | null;
  onRetry?: () => void;
  testId?: string;
}) {
  const t = useT();
  const code = error instanceof ApiError ? error.code : null;
  const sentence = t('common.load.failed', { what });
  return (
    <div className="notice notice--error" role="alert" data-testid={testId}>
      <p>
        <strong>{`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`}</strong> {error?.message}
      </p>
      {code && <p className="muted">{t('common.load.code', { code })}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
