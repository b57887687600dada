import type { Principal } from '@plenary/shared';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { CodeSignInForm } from '../features/auth/components/CodeSignInForm';
import { PasswordSignInForm } from '../features/auth/components/PasswordSignInForm';
import { useSession } from '../features/auth/hooks/useSession';
import { homeFor, roleLabel } from '../features/auth/roles';
import { rateLimitMessage } from '../features/auth/rateLimit';
import { ApiError, errorMessage } from '../lib/api';
import { useLocale } from '../lib/locale/context';
import type { Format } from '../lib/locale/format';
import type { T } from '../lib/locale/translate';

/** Why a one-time link did not work, and how to get in anyway. */
function linkFailure(err: unknown, fmt: Format, t: T): { title: string; message: string } {
  const limited = rateLimitMessage(err, fmt, t);
  if (limited) return { title: t('common.signin.paused'), message: limited };
  if (err instanceof ApiError && err.code === 'LINK_USED')
    return { title: t('common.signin.linkUsed'), message: err.message };
  if (err instanceof ApiError && err.code === 'LINK_EXPIRED')
    return { title: t('common.signin.linkExpired'), message: err.message };
  return { title: t('common.signin.linkFailed'), message: errorMessage(err) };
}

/** Only same-site paths: a sign-in link must not be able to send anyone elsewhere. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function SignInPage() {
  const { fmt, t } = useLocale();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const link = params.get('link');
  // A printed slip's QR code: the delegation's code in the fragment (never sent to a server).
  const slipCode = /^#code=([A-Za-z0-9-]{4,64})$/.exec(useLocation().hash)?.[1] ?? null;
  const [auto, setAuto] = useState<
    { state: 'idle' | 'working' } | { state: 'failed'; title: string; message: string }
  >(link || slipCode ? { state: 'working' } : { state: 'idle' });
  const started = useRef(false);

  function done(p: Principal) {
    void navigate(next ?? homeFor(p.role), { replace: true });
  }
  const doneRef = useRef(done);
  useEffect(() => {
    doneRef.current = done;
  });

  // A one-time link (?link=) signs in by itself, once (even under StrictMode). Either way the
  // token leaves the address bar and the history: on success the next screen replaces this
  // entry; on failure the page stays, without it.
  useEffect(() => {
    if (started.current || !(link || slipCode)) return;
    started.current = true;
    (link ? session.signInWithLink({ token: link }) : session.signInWithCode({ code: slipCode! })).then(
      (p) => doneRef.current(p),
      (err: unknown) => {
        setAuto({ state: 'failed', ...linkFailure(err, fmt, t) });
        void navigate(next ? `/signin?next=${encodeURIComponent(next)}` : '/signin', { replace: true });
      },
    );
  }, [link, slipCode, next, navigate, session, fmt, t]);

  return (
    <div className="page signin">
      <title>{t('common.signin.pageTitle')}</title>
      <header className="page__header">
        <h1>{t('common.signIn')}</h1>
      </header>

      {auto.state === 'working' && (
        <p className="notice" role="status">
          <span className="spinner" aria-hidden="true" /> {t('common.signin.working')}
        </p>
      )}
      {auto.state === 'failed' && (
        <div className="notice notice--error" role="alert" data-testid="link-failed">
          <p>
            <strong>{auto.title}</strong> {auto.message}
          </p>
          <p>{t('common.signin.linkHelp')}</p>
        </div>
      )}

      {session.status === 'signed-in' && session.principal && auto.state !== 'working' && (
        <div className="notice" data-testid="signed-in">
          <p>
            {t('common.signin.signedInAs', {
              name: session.principal.displayName,
              role: roleLabel(session.principal.role, t),
            })}
          </p>
          <p className="actions">
            <Link className="button button--primary" to={homeFor(session.principal.role)}>
              {t('common.signin.goToMyScreen')}
            </Link>
            <button
              type="button"
              className="button"
              onClick={() => void session.signOut().catch(() => undefined)}
            >
              {t('common.signOut')}
            </button>
          </p>
        </div>
      )}

      {auto.state !== 'working' && (
        <div className="signin__forms">
          <CodeSignInForm onSignedIn={done} />
          <PasswordSignInForm onSignedIn={done} />
        </div>
      )}
      <p className="muted">
        {t('common.signin.noSignInNeeded')} <Link to="/board">{t('common.signin.observersBoard')}</Link>
      </p>
    </div>
  );
}
