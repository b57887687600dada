import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../../i18n/languages';

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
  /**
   * The language this account or delegation chose last, as given (a language Plenary does not
   * have is kept and shown as English); null until one is chosen. A new device takes it up at sign-in.
   */
  language: z.string().nullable().optional(),
});
export type Principal = z.infer<typeof PrincipalSchema>;

/** A BCP 47 language tag as a browser gives one ("fr", "zh-Hans-CN", "es-419"). */
export const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$/;

/** `PUT /api/auth/language`: the language the signed-in account or delegation reads in. */
export const SessionLanguageBodySchema = z.object({
  language: z
    .string()
    .trim()
    .max(35, 'must have at most 35 characters')
    .regex(LANGUAGE_TAG, 'is not a language tag'),
});
export type SessionLanguageBody = z.infer<typeof SessionLanguageBodySchema>;

/** The choice as kept, and what is shown for it (English for a language Plenary does not have). */
export const SessionLanguageResponseSchema = z.object({
  requested: z.string(),
  language: z.enum(SUPPORTED_LANGUAGES),
  fallback: z.boolean(),
});
export type SessionLanguageResponse = z.infer<typeof SessionLanguageResponseSchema>;

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
