import {
  PrincipalSchema,
  SessionResponseSchema,
  type CodeSignInBody,
  type LoginBody,
  type Principal,
  type SessionResponse,
} from '@plenary/shared';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';

export function login(body: LoginBody): Promise<SessionResponse> {
  return apiRequest('/api/auth/login', SessionResponseSchema, { method: 'POST', body, token: null });
}

/** A delegation's access code, as printed on its credentials slip or QR code. */
export function signInWithCode(body: CodeSignInBody): Promise<SessionResponse> {
  return apiRequest('/api/auth/code', SessionResponseSchema, { method: 'POST', body, token: null });
}

/** Who the given token (or, by default, the stored token or the session cookie) belongs to. */
export function fetchMe(token?: string | null, signal?: AbortSignal): Promise<Principal> {
  return apiRequest('/api/auth/me', PrincipalSchema, { token, signal });
}

export function logout(): Promise<unknown> {
  return apiRequest('/api/auth/logout', z.unknown(), { method: 'POST' });
}
