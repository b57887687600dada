import type { ReactNode } from 'react';
import { ApiError } from '../api';

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
 * again. `what` starts the sentence: "The register could not be loaded."
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
  const code = error instanceof ApiError ? error.code : null;
  return (
    <div className="notice notice--error" role="alert" data-testid={testId}>
      <p>
        <strong>{`${what.charAt(0).toUpperCase()}${what.slice(1)} could not be loaded.`}</strong>{' '}
        {error?.message}
      </p>
      {code && <p className="muted">Code: {code}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
