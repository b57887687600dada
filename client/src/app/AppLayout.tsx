import type { Role } from '@plenary/shared';
import { useEffect, useRef, type RefObject } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { roleLabel } from '../features/auth/roles';
import { useConfirm } from '../lib/components/ConfirmDialog';
import { LanguageSwitch } from '../lib/components/LanguageSwitch';
import { useProjectorMode } from '../lib/projector';

type NavItem = { to: string; label: string; end?: boolean };
const NAV: readonly NavItem[] = [
  { to: '/', label: 'Register', end: true },
  { to: '/desk', label: 'Desk' },
  { to: '/console', label: 'Console' },
  { to: '/vote', label: 'Vote' },
  { to: '/board', label: 'Board' },
  { to: '/procedures', label: 'Procedures' },
  { to: '/officeholders', label: 'Officeholders' },
];

/** A delegation (or observer) sees only the screens it can use: its pad and the board. */
export function navFor(role: Role | null): readonly NavItem[] {
  if (role === 'delegation' || role === 'observer')
    return NAV.filter((n) => n.to === '/vote' || n.to === '/board');
  return NAV;
}

/**
 * After a navigation, focus moves to the page's main landmark, so a keyboard or screen-reader
 * user starts on the new page rather than on the link they left. Not on the first load.
 */
export function useFocusOnNavigation(main: RefObject<HTMLElement | null>): void {
  const location = useLocation();
  // react-router names the location the page was opened on 'default'; every navigation has a key.
  const opened = location.key === 'default';
  useEffect(() => {
    if (!opened) main.current?.focus();
    // Only a new page moves focus: a tab or filter kept in the query string does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.pathname]);
}

function SessionBadge() {
  const session = useSession();
  const [dialog, confirm] = useConfirm();
  if (session.status === 'checking') return null;
  if (!session.principal) {
    return (
      <NavLink className="nav__link" to="/signin">
        Sign in
      </NavLink>
    );
  }
  return (
    <span className="session">
      <span className="session__who" title={roleLabel(session.principal.role)}>
        {session.principal.displayName} <span className="muted">· {roleLabel(session.principal.role)}</span>
      </span>
      <button
        type="button"
        className="button button--quiet button--small"
        data-testid="sign-out"
        onClick={() =>
          void confirm({
            title: 'Sign out?',
            body:
              session.principal?.role === 'delegation'
                ? 'This device stops voting for your delegation until it signs in again with your code.'
                : 'You will need to sign in again to continue.',
            confirmLabel: 'Sign out',
          }).then((ok) => (ok ? session.signOut().catch(() => undefined) : undefined))
        }
      >
        Sign out
      </button>
      {dialog}
    </span>
  );
}

export function AppLayout() {
  const [projector, setProjector] = useProjectorMode();
  const main = useRef<HTMLElement>(null);
  const session = useSession();
  const role = session.principal?.role ?? null;
  const delegate = role === 'delegation' || role === 'observer';
  useFocusOnNavigation(main);
  return (
    <div className={delegate ? 'shell shell--delegate' : 'shell'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        {/* The link's name is its visible text (WCAG 2.5.3): "Plenary", then the tag line. */}
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            P
          </span>
          <span className="brand__name">Plenary</span>
          <span className="brand__tag">Anti-Personnel Mine Ban Convention</span>
        </Link>
        <nav className="nav" aria-label="Screens">
          {navFor(role).map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end ?? false} className="nav__link">
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="topbar__tools">
          <LanguageSwitch />
          <button
            type="button"
            className="button button--quiet button--small topbar__large-type"
            aria-pressed={projector}
            onClick={() => setProjector(!projector)}
          >
            Large type
          </button>
          <SessionBadge />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/** A screen that is the whole page (the public board): its main landmark and nothing behind it. */
export function BareLayout() {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <main id="main" ref={main} tabIndex={-1} className="bare">
      <Outlet />
    </main>
  );
}
