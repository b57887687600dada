import {
  PrincipalSchema,
  SessionLanguageResponseSchema,
  SessionResponseSchema,
  type SessionLanguageBody,
  type SessionLanguageResponse,
  type CodeSignInBody,
  type LinkSignInBody,
  type LoginBody,
  type Principal,
  type SessionResponse,
} from '@plenary/shared';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';

// Each sign-in answers who signed in; the session itself is set as an HttpOnly cookie.

export function login(body: LoginBody): Promise<SessionResponse> {
  return apiRequest('/api/auth/login', SessionResponseSchema, { method: 'POST', body });
}

/** A delegation's access code, as printed on its credentials slip. */
export function signInWithCode(body: CodeSignInBody): Promise<SessionResponse> {
  return apiRequest('/api/auth/code', SessionResponseSchema, { method: 'POST', body });
}

/** A one-time sign-in link's token (`/signin?link=…`): works once, for a few minutes. */
export function signInWithLink(body: LinkSignInBody): Promise<SessionResponse> {
  return apiRequest('/api/auth/link', SessionResponseSchema, { method: 'POST', body });
}

/** Who the session cookie belongs to. */
export function fetchMe(signal?: AbortSignal): Promise<Principal> {
  return apiRequest('/api/auth/me', PrincipalSchema, { signal });
}

/** Ends the session on the server and clears its cookie. */
export function logout(): Promise<unknown> {
  return apiRequest('/api/auth/logout', z.unknown(), { method: 'POST' });
}

/** Keeps the language chosen on this device for the signed-in account or delegation's other devices. */
export function saveLanguage(language: string): Promise<SessionLanguageResponse> {
  return apiRequest('/api/auth/language', SessionLanguageResponseSchema, {
    method: 'PUT',
    body: { language } satisfies SessionLanguageBody,
  });
}
