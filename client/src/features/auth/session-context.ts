import type { CodeSignInBody, LoginBody, Principal } from '@plenary/shared';
import { createContext } from 'react';

export type SessionStatus = 'checking' | 'signed-in' | 'signed-out';

export interface SessionValue {
  status: SessionStatus;
  principal: Principal | null;
  signIn(body: LoginBody): Promise<Principal>;
  signInWithCode(body: CodeSignInBody): Promise<Principal>;
  /** Keeps a token handed over in a link (?token=) once the server confirms it. */
  adoptToken(token: string): Promise<Principal>;
  signOut(): Promise<void>;
  /** The server ended this session (the secretariat revoked the code): forget it and say why. */
  expire(reason: string): void;
  /** Why the last session ended without a sign-out, if it did. */
  endedBecause: string | null;
}

export const SessionContext = createContext<SessionValue | null>(null);
