import type { Role } from '@plenary/shared';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { roleLabel } from '../../auth/roles';

/** Shows `children` only to the given role; everyone else is asked to sign in. */
export function StaffGate({ role, title, children }: { role: Role; title: string; children: ReactNode }) {
  const session = useSession();
  const { pathname, search } = useLocation();
  if (session.status === 'checking') {
    return (
      <p className="notice" role="status">
        <span className="spinner" aria-hidden="true" /> Checking who is signed in…
      </p>
    );
  }
  if (session.principal?.role === role) return <>{children}</>;
  const next = encodeURIComponent(`${pathname}${search}`);
  return (
    <>
      <h1>{title}</h1>
      <div className="notice" data-testid="sign-in-prompt">
        <p>
          <strong>This screen is for the {roleLabel(role)}.</strong>{' '}
          {session.principal
            ? `You are signed in as ${session.principal.displayName} (${roleLabel(session.principal.role)}).`
            : 'Sign in to continue.'}
        </p>
        <Link className="button button--primary" to={`/signin?next=${next}`}>
          Sign in
        </Link>
      </div>
    </>
  );
}
