import type { CodeSignInBody, LoginBody, Principal, SessionResponse } from '@plenary/shared';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError, isAbortError } from '../../../lib/api';
import { getSessionToken, setSessionToken } from '../../../lib/session-token';
import * as authApi from '../api';
import { SessionContext, type SessionStatus, type SessionValue } from '../session-context';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('checking');
  const [principal, setPrincipal] = useState<Principal | null>(null);
  const [endedBecause, setEndedBecause] = useState<string | null>(null);

  // Bumped by every explicit sign-in or sign-out, so a slower start-up check cannot undo it
  // (a ?token= link signs in while the start-up check of "no token" is still in flight).
  const generation = useRef(0);

  const become = useCallback((p: Principal | null) => {
    generation.current += 1;
    setPrincipal(p);
    setStatus(p ? 'signed-in' : 'signed-out');
  }, []);

  // Who are we? The stored token if there is one, else the session cookie.
  useEffect(() => {
    const ctrl = new AbortController();
    const checked = getSessionToken();
    const startedAt = generation.current;
    const stale = () => ctrl.signal.aborted || generation.current !== startedAt;
    authApi.fetchMe(checked, ctrl.signal).then(
      (p) => {
        if (!stale()) become(p);
      },
      (err: unknown) => {
        if (stale() || isAbortError(err)) return;
        if (err instanceof ApiError && err.status === 401 && getSessionToken() === checked)
          setSessionToken(null);
        become(null);
      },
    );
    return () => ctrl.abort();
  }, [become]);

  const keep = useCallback(
    (s: SessionResponse) => {
      setEndedBecause(null);
      setSessionToken(s.token);
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
      adoptToken: async (token: string) => {
        const p = await authApi.fetchMe(token);
        setSessionToken(token);
        become(p);
        return p;
      },
      endedBecause,
      expire: (reason: string) => {
        setSessionToken(null);
        setEndedBecause(reason);
        become(null);
      },
      signOut: async () => {
        try {
          await authApi.logout();
        } finally {
          setSessionToken(null);
          become(null);
        }
      },
    }),
    [status, principal, endedBecause, keep, become],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
