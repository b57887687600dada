import type { Principal } from '@plenary/shared';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { CodeSignInForm } from '../features/auth/components/CodeSignInForm';
import { PasswordSignInForm } from '../features/auth/components/PasswordSignInForm';
import { useSession } from '../features/auth/hooks/useSession';
import { homeFor, roleLabel } from '../features/auth/roles';
import { rateLimitMessage } from '../features/auth/rateLimit';
import { ApiError, errorMessage } from '../lib/api';
import { useFormat } from '../lib/locale/context';
import type { Format } from '../lib/locale/format';

/** Why a one-time link did not work, and how to get in anyway. */
function linkFailure(err: unknown, fmt: Format): { title: string; message: string } {
  const limited = rateLimitMessage(err, fmt);
  if (limited) return { title: 'Sign-in is paused.', message: limited };
  if (err instanceof ApiError && err.code === 'LINK_USED')
    return { title: 'This sign-in link has already been used.', message: err.message };
  if (err instanceof ApiError && err.code === 'LINK_EXPIRED')
    return { title: 'This sign-in link has expired.', message: err.message };
  return { title: 'The sign-in link did not work.', message: errorMessage(err) };
}

/** Only same-site paths: a sign-in link must not be able to send anyone elsewhere. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function SignInPage() {
  const fmt = useFormat();
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
        setAuto({ state: 'failed', ...linkFailure(err, fmt) });
        void navigate(next ? `/signin?next=${encodeURIComponent(next)}` : '/signin', { replace: true });
      },
    );
  }, [link, slipCode, next, navigate, session, fmt]);

  return (
    <div className="page signin">
      <title>Sign in · Plenary</title>
      <header className="page__header">
        <h1>Sign in</h1>
      </header>

      {auto.state === 'working' && (
        <p className="notice" role="status">
          <span className="spinner" aria-hidden="true" /> Signing you in…
        </p>
      )}
      {auto.state === 'failed' && (
        <div className="notice notice--error" role="alert" data-testid="link-failed">
          <p>
            <strong>{auto.title}</strong> {auto.message}
          </p>
          <p>
            Delegations: ask the secretariat for a new link, or type your delegation’s code below. Staff: sign
            in with your password below.
          </p>
        </div>
      )}

      {session.status === 'signed-in' && session.principal && auto.state !== 'working' && (
        <div className="notice" data-testid="signed-in">
          <p>
            You are signed in as <strong>{session.principal.displayName}</strong> (
            {roleLabel(session.principal.role)}).
          </p>
          <p className="actions">
            <Link className="button button--primary" to={homeFor(session.principal.role)}>
              Go to my screen
            </Link>
            <button
              type="button"
              className="button"
              onClick={() => void session.signOut().catch(() => undefined)}
            >
              Sign out
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
        The public board and the register need no sign-in. Observers follow the meeting on the{' '}
        <Link to="/board">board</Link>.
      </p>
    </div>
  );
}
