import { z } from 'zod';

export const RoleSchema = z.enum(['secretariat', 'president', 'delegation', 'observer', 'public']);
export type Role = z.infer<typeof RoleSchema>;
export const STAFF_ROLES = ['secretariat', 'president'] as const;

export const LoginBodySchema = z.object({
  username: z.string().trim().min(1, 'is required').max(80),
  password: z.string().min(1, 'is required').max(200),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const CodeSignInBodySchema = z.object({
  code: z.string().trim().min(6, 'must have at least 6 characters').max(64),
});
export type CodeSignInBody = z.infer<typeof CodeSignInBodySchema>;

export const PrincipalSchema = z.object({
  role: RoleSchema,
  displayName: z.string(),
  userId: z.string().nullable(),
  delegationId: z.string().nullable(),
  meetingId: z.string().nullable(),
  stateIso3: z.string().nullable(),
});
export type Principal = z.infer<typeof PrincipalSchema>;

/** A one-time sign-in link's token (`/signin?link=…`), exchanged once for a session. */
export const LinkSignInBodySchema = z.object({
  token: z.string().trim().min(20, 'is not a sign-in link token').max(200),
});
export type LinkSignInBody = z.infer<typeof LinkSignInBodySchema>;

/**
 * The answer to a sign-in. The session token itself travels only in the HttpOnly cookie
 * (`plenary_session`), never in a body a script could read.
 */
export const SessionResponseSchema = z.object({
  principal: PrincipalSchema,
  expiresAt: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;
