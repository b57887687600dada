import type { Role } from '@plenary/shared';
import { useEffect, useRef, type RefObject } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { roleLabel } from '../features/auth/roles';
import { useConfirm } from '../lib/components/ConfirmDialog';
import { LanguageSwitch } from '../lib/components/LanguageSwitch';
import { useT } from '../lib/locale/context';
import { useProjectorMode } from '../lib/projector';
import type { UiKey } from '../i18n/catalogue';

type NavItem = { to: string; label: UiKey; end?: boolean };
const NAV: readonly NavItem[] = [
  { to: '/', label: 'common.nav.register', end: true },
  { to: '/desk', label: 'common.nav.desk' },
  { to: '/console', label: 'common.nav.console' },
  { to: '/vote', label: 'common.nav.vote' },
  { to: '/board', label: 'common.nav.board' },
  { to: '/procedures', label: 'common.nav.procedures' },
  { to: '/officeholders', label: 'common.nav.officeholders' },
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
  const t = useT();
  const [dialog, confirm] = useConfirm();
  if (session.status === 'checking') return null;
  if (!session.principal) {
    return (
      <NavLink className="nav__link" to="/signin">
        {t('common.signIn')}
      </NavLink>
    );
  }
  const role = roleLabel(session.principal.role, t);
  return (
    <span className="session">
      <span className="session__who" title={role}>
        {session.principal.displayName} <span className="muted">· {role}</span>
      </span>
      <button
        type="button"
        className="button button--quiet button--small"
        data-testid="sign-out"
        onClick={() =>
          void confirm({
            title: t('common.signOut.title'),
            body:
              session.principal?.role === 'delegation'
                ? t('common.signOut.delegation')
                : t('common.signOut.staff'),
            confirmLabel: t('common.signOut'),
          }).then((ok) => (ok ? session.signOut().catch(() => undefined) : undefined))
        }
      >
        {t('common.signOut')}
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
  const t = useT();
  useFocusOnNavigation(main);
  return (
    <div className={delegate ? 'shell shell--delegate' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('common.skipLink')}
      </a>
      <header className="topbar">
        {/* The link's name is its visible text (WCAG 2.5.3): "Plenary", then the tag line. */}
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            P
          </span>
          <span className="brand__name">Plenary</span>
          <span className="brand__tag">{t('common.brand.tag')}</span>
        </Link>
        <nav className="nav" aria-label={t('common.nav.label')}>
          {navFor(role).map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end ?? false} className="nav__link">
              {t(item.label)}
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
            {t('common.largeType')}
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
