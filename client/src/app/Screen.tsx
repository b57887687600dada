import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useLocation } from 'react-router';
import { Loading } from '../lib/components/LoadState';

/** A lazy chunk that did not arrive: the network dropped, or a new version replaced the old files. */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'ChunkLoadError' ||
      /dynamically imported module|Importing a module script failed|Unable to preload CSS|Loading chunk/i.test(
        error.message,
      ))
  );
}

function ScreenError({ error, resetErrorBoundary, name }: FallbackProps & { name: string }) {
  if (isChunkLoadError(error)) {
    return (
      <div className="notice notice--error" role="alert" data-testid="screen-error">
        <p>
          <strong>{`${name.charAt(0).toUpperCase()}${name.slice(1)} could not be downloaded.`}</strong> The
          connection may have dropped, or Plenary was updated since this page was opened.
        </p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
  return (
    <div className="notice notice--error" role="alert" data-testid="screen-error">
      <p>
        <strong>{`Something went wrong on ${name}.`}</strong> The rest of Plenary still works.
      </p>
      <p className="muted">{error instanceof Error ? error.message : String(error)}</p>
      <p className="actions">
        <button type="button" className="button button--primary" onClick={resetErrorBoundary}>
          Try again
        </button>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </p>
    </div>
  );
}

/**
 * One screen of the app: its lazy chunk behind a loading state, and an error boundary so a
 * failure (a chunk that did not load, a render that threw) degrades this screen only. Moving to
 * another page clears the error.
 */
export function Screen({ name, children }: { name: string; children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary resetKeys={[pathname]} fallbackRender={(props) => <ScreenError {...props} name={name} />}>
      <Suspense fallback={<Loading testId="screen-loading">{`Loading ${name}…`}</Loading>}>
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}
