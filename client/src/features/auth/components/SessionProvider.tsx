import type { CodeSignInBody, LinkSignInBody, LoginBody, Principal, SessionResponse } from '@plenary/shared';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isAbortError } from '../../../lib/api';
import { useT } from '../../../lib/locale/context';
import { sessionChanged } from '../../../lib/session-token';
import { onSessionNews } from '../../../lib/socket';
import * as authApi from '../api';
import { useUserLanguage } from '../hooks/useUserLanguage';
import { roleLabel } from '../roles';
import { SessionContext, type SessionStatus, type SessionValue } from '../session-context';

/**
 * Who is signed in, as the server says: the session is an HttpOnly cookie this code never sees.
 * Listens for what the server tells the socket about the session (ended, rights changed) and
 * says why on screen.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [status, setStatus] = useState<SessionStatus>('checking');
  const [principal, setPrincipal] = useState<Principal | null>(null);
  const [endedBecause, setEndedBecause] = useState<string | null>(null);
  useUserLanguage(principal);
  const [changedBecause, setChangedBecause] = useState<string | null>(null);

  // Bumped by every explicit sign-in or sign-out, so a slower check cannot undo it
  // (a ?link= sign-in may finish while the start-up check is still in flight).
  const generation = useRef(0);

  const become = useCallback((p: Principal | null) => {
    generation.current += 1;
    setPrincipal(p);
    setStatus(p ? 'signed-in' : 'signed-out');
    sessionChanged();
  }, []);

  /** Asks the server who the cookie belongs to now. */
  const check = useCallback(
    (signal?: AbortSignal) => {
      const startedAt = generation.current;
      const stale = () => signal?.aborted || generation.current !== startedAt;
      return authApi.fetchMe(signal).then(
        (p) => {
          if (!stale()) become(p);
          return p;
        },
        (err: unknown) => {
          if (!stale() && !isAbortError(err)) become(null);
          return null;
        },
      );
    },
    [become],
  );

  useEffect(() => {
    const ctrl = new AbortController();
    // Only the start-up check: no socket is reset, none exists yet.
    const startedAt = generation.current;
    authApi.fetchMe(ctrl.signal).then(
      (p) => {
        if (ctrl.signal.aborted || generation.current !== startedAt) return;
        setPrincipal(p);
        setStatus('signed-in');
      },
      (err: unknown) => {
        if (ctrl.signal.aborted || isAbortError(err) || generation.current !== startedAt) return;
        setPrincipal(null);
        setStatus('signed-out');
      },
    );
    return () => ctrl.abort();
  }, []);

  const expire = useCallback(
    (reason: string) => {
      setEndedBecause(reason);
      setChangedBecause(null);
      become(null);
      // Clears the dead cookie, so the next socket is a plain public one.
      authApi.logout().catch(() => undefined);
    },
    [become],
  );

  useEffect(
    () =>
      onSessionNews((news) => {
        if (news.kind === 'revoked') expire(news.reason);
        else {
          if (news.kind === 'changed') setChangedBecause(news.reason);
          void check();
        }
      }),
    [expire, check],
  );

  const keep = useCallback(
    (s: SessionResponse) => {
      setEndedBecause(null);
      setChangedBecause(null);
      become(s.principal);
      return s.principal;
    },
    [become],
  );

  const value = useMemo<SessionValue>(
    () => ({
      status,
      principal,
      signIn: async (body: LoginBody) => keep(await authApi.login(body)),
      signInWithCode: async (body: CodeSignInBody) => keep(await authApi.signInWithCode(body)),
      signInWithLink: async (body: LinkSignInBody) => keep(await authApi.signInWithLink(body)),
      endedBecause,
      changedBecause,
      dismissChange: () => setChangedBecause(null),
      expire,
      signOut: async () => {
        try {
          await authApi.logout();
        } finally {
          setChangedBecause(null);
          become(null);
        }
      },
    }),
    [status, principal, endedBecause, changedBecause, keep, become, expire],
  );

  return (
    <SessionContext.Provider value={value}>
      {endedBecause && status === 'signed-out' && (
        <p className="notice notice--error session-notice" role="alert" data-testid="session-ended">
          {t('common.session.ended', { reason: endedBecause })}{' '}
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setEndedBecause(null)}
          >
            {t('common.dismiss')}
          </button>
        </p>
      )}
      {changedBecause && principal && (
        <p className="notice session-notice" role="status" data-testid="session-changed">
          {t('common.session.changed', {
            reason: changedBecause,
            name: principal.displayName,
            role: roleLabel(principal.role, t),
          })}{' '}
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setChangedBecause(null)}
          >
            {t('common.dismiss')}
          </button>
        </p>
      )}
      {children}
    </SessionContext.Provider>
  );
}
