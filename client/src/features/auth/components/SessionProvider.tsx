import type { CodeSignInBody, LoginBody, Principal, SessionResponse } from '@plenary/shared';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, isAbortError } from '../../../lib/api';
import { setSessionToken } from '../../../lib/session-token';
import * as authApi from '../api';
import { SessionContext, type SessionStatus, type SessionValue } from '../session-context';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('checking');
  const [principal, setPrincipal] = useState<Principal | null>(null);

  const become = useCallback((p: Principal | null) => {
    setPrincipal(p);
    setStatus(p ? 'signed-in' : 'signed-out');
  }, []);

  // Who are we? The stored token if there is one, else the session cookie.
  useEffect(() => {
    const ctrl = new AbortController();
    authApi.fetchMe(undefined, ctrl.signal).then(become, (err: unknown) => {
      if (ctrl.signal.aborted || isAbortError(err)) return;
      if (err instanceof ApiError && err.status === 401) setSessionToken(null);
      become(null);
    });
    return () => ctrl.abort();
  }, [become]);

  const keep = useCallback(
    (s: SessionResponse) => {
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
      signOut: async () => {
        try {
          await authApi.logout();
        } finally {
          setSessionToken(null);
          become(null);
        }
      },
    }),
    [status, principal, keep, become],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
