import type { CodeSignInBody, LinkSignInBody, LoginBody, Principal } from '@plenary/shared';
import { createContext } from 'react';

export type SessionStatus = 'checking' | 'signed-in' | 'signed-out';

export interface SessionValue {
  status: SessionStatus;
  principal: Principal | null;
  signIn(body: LoginBody): Promise<Principal>;
  signInWithCode(body: CodeSignInBody): Promise<Principal>;
  /** Exchanges a one-time link (`/signin?link=…`) for a session. */
  signInWithLink(body: LinkSignInBody): Promise<Principal>;
  signOut(): Promise<void>;
  /** The server ended this session (code revoked or reissued, signed out elsewhere): forget it and say why. */
  expire(reason: string): void;
  /** Why the last session ended without a sign-out, if it did. */
  endedBecause: string | null;
  /** Why this session's rights just changed (credentials, account role), until dismissed. */
  changedBecause: string | null;
  dismissChange(): void;
}

export const SessionContext = createContext<SessionValue | null>(null);
