import type { Principal } from '@plenary/shared';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CodeSignInForm } from '../features/auth/components/CodeSignInForm';
import { PasswordSignInForm } from '../features/auth/components/PasswordSignInForm';
import { useSession } from '../features/auth/hooks/useSession';
import { homeFor, roleLabel } from '../features/auth/roles';
import { errorMessage } from '../lib/api';

/** Only same-site paths: a sign-in link must not be able to send anyone elsewhere. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const code = params.get('code');
  const token = params.get('token');
  const [auto, setAuto] = useState<{ state: 'idle' | 'working' } | { state: 'failed'; message: string }>(
    code || token ? { state: 'working' } : { state: 'idle' },
  );
  const started = useRef(false);

  function done(p: Principal) {
    void navigate(next ?? homeFor(p.role), { replace: true });
  }
  const doneRef = useRef(done);
  useEffect(() => {
    doneRef.current = done;
  });

  // A link with ?code= or ?token= signs in by itself (once, even under StrictMode).
  useEffect(() => {
    if (started.current || (!code && !token)) return;
    started.current = true;
    const attempt = token ? session.adoptToken(token) : session.signInWithCode({ code: code ?? '' });
    attempt.then(
      (p) => doneRef.current(p),
      (err: unknown) => setAuto({ state: 'failed', message: errorMessage(err) }),
    );
  }, [code, token, session]);

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
        <div className="notice notice--error" role="alert">
          <p>
            <strong>The sign-in link did not work.</strong> {auto.message}
          </p>
          <p>Ask the secretariat for a new code, or sign in below.</p>
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
