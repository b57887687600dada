import type { Role } from '@plenary/shared';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { useT } from '../../../lib/locale/context';

/** Shows `children` only to the given role; everyone else is asked to sign in. */
export function StaffGate({ role, title, children }: { role: Role; title: string; children: ReactNode }) {
  const t = useT();
  const session = useSession();
  const { pathname, search } = useLocation();
  if (session.status === 'checking') {
    return (
      <p className="notice" role="status">
        <span className="spinner" aria-hidden="true" /> {t('console.gate.checking')}
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
          <strong>{t('console.gate.forRole', { role })}</strong>{' '}
          {session.principal
            ? t('console.gate.signedInAs', {
                name: session.principal.displayName,
                role: session.principal.role,
              })
            : t('console.gate.signIn')}
        </p>
        <Link className="button button--primary" to={`/signin?next=${next}`}>
          {t('console.gate.signInButton')}
        </Link>
      </div>
    </>
  );
}
