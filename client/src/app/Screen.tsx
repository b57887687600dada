import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useLocation } from 'react-router';
import { Loading } from '../lib/components/LoadState';
import { useT } from '../lib/locale/context';
import type { T } from '../lib/locale/translate';

/** The screens, each named in the messages as "the board", "the register"…, for the sentences below. */
export type ScreenName =
  | 'board'
  | 'record'
  | 'register'
  | 'desk'
  | 'console'
  | 'officeholders'
  | 'slates'
  | 'vote'
  | 'procedures'
  | 'signin'
  | 'notFound';

const screenName = (t: T, name: ScreenName) => t(`common.screen.${name}`);
/** A sentence that starts with the screen's name starts with a capital. */
const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

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

function ScreenError({ error, resetErrorBoundary, name }: FallbackProps & { name: ScreenName }) {
  const t = useT();
  const what = screenName(t, name);
  if (isChunkLoadError(error)) {
    return (
      <div className="notice notice--error" role="alert" data-testid="screen-error">
        <p>
          <strong>{capital(t('common.screen.downloadFailed', { name: what }))}</strong>{' '}
          {t('common.screen.downloadFailedWhy')}
        </p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      </div>
    );
  }
  return (
    <div className="notice notice--error" role="alert" data-testid="screen-error">
      <p>
        <strong>{capital(t('common.screen.failed', { name: what }))}</strong> {t('common.screen.restWorks')}
      </p>
      <p className="muted">{error instanceof Error ? error.message : String(error)}</p>
      <p className="actions">
        <button type="button" className="button button--primary" onClick={resetErrorBoundary}>
          {t('common.tryAgain')}
        </button>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      </p>
    </div>
  );
}

function ScreenLoading({ name }: { name: ScreenName }) {
  const t = useT();
  return (
    <Loading testId="screen-loading">
      {capital(t('common.screen.loading', { name: screenName(t, name) }))}
    </Loading>
  );
}

/**
 * One screen of the app: its lazy chunk behind a loading state, and an error boundary so a
 * failure (a chunk that did not load, a render that threw) degrades this screen only. Moving to
 * another page clears the error.
 */
export function Screen({ name, children }: { name: ScreenName; children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary resetKeys={[pathname]} fallbackRender={(props) => <ScreenError {...props} name={name} />}>
      <Suspense fallback={<ScreenLoading name={name} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
