import { type ExecutionContext, Injectable, SetMetadata, applyDecorators, UseGuards } from '@nestjs/common';
import {
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { DomainException } from '../../common/domain.exception';
import type { AppConfig } from '../../config/env';
import { normaliseSignInCode } from './sign-in-code';

/** The three ways in: a staff password, a delegation's code, a one-time link. */
export type SignInKind = 'password' | 'code' | 'link';
const KIND_KEY = 'plenary:sign-in-kind';

const kindOf = (ctx: ExecutionContext): SignInKind =>
  Reflect.getMetadata(KIND_KEY, ctx.getHandler()) as SignInKind;

const bodyField = (req: Record<string, unknown>, field: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[field];
  return typeof v === 'string' ? v : '';
};

/**
 * Two counters per way in, both over PLENARY_SIGN_IN_WINDOW_MS: one per client address, one per
 * account (the user name; for a code, the code itself: a code is its delegation's account). A
 * request over either limit is refused with 429 and Retry-After until its window ends.
 */
export function signInThrottlers(config: AppConfig, storage: ThrottlerStorage): ThrottlerModuleOptions {
  const ttl = config.PLENARY_SIGN_IN_WINDOW_MS;
  return {
    storage,
    throttlers: [
      {
        name: 'address',
        ttl,
        limit: (ctx) =>
          kindOf(ctx) === 'password'
            ? config.PLENARY_PASSWORD_LIMIT_PER_ADDRESS
            : config.PLENARY_CODE_LIMIT_PER_ADDRESS,
      },
      {
        name: 'account',
        ttl,
        limit: (ctx) =>
          kindOf(ctx) === 'password'
            ? config.PLENARY_PASSWORD_LIMIT_PER_ACCOUNT
            : config.PLENARY_CODE_LIMIT_PER_CODE,
        // Links are 256-bit, single-use and die in minutes: only the address counter applies.
        skipIf: (ctx) => kindOf(ctx) === 'link',
        getTracker: (req, ctx) =>
          kindOf(ctx) === 'password'
            ? `user:${bodyField(req, 'username').trim().toLowerCase()}`
            : `code:${normaliseSignInCode(bodyField(req, 'code'))}`,
      },
    ],
  };
}

function inWords(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

/** ThrottlerGuard answering in the API's error shape, with a plain Retry-After header. */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected override throwThrottlingException(
    ctx: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    ctx.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    const who = detail.tracker.startsWith('user:')
      ? 'for this account'
      : detail.tracker.startsWith('code:')
        ? 'with this code'
        : 'from this network address';
    throw new DomainException(
      'RATE_LIMITED',
      `Too many sign-in attempts ${who}. Try again in ${inWords(seconds)}.`,
    );
  }
}

/** Marks a sign-in endpoint and puts it under the limits. */
export const SignInLimited = (kind: SignInKind) =>
  applyDecorators(SetMetadata(KIND_KEY, kind), UseGuards(SignInThrottlerGuard));

/**
 * Fixed-window counters in PostgreSQL (table sign_in_attempts), so every node of a cluster
 * counts against the same limit and a restart forgets nothing. Keys are the throttler's SHA-256
 * of route, counter and tracker: no user name or address is stored in clear.
 */
export class PgThrottlerStorage implements ThrottlerStorage {
  private writes = 0;

  constructor(private readonly ds: DataSource) {}

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    const [row] = await this.ds.query<{ hits: number; seconds: number }[]>(
      `INSERT INTO sign_in_attempts AS a (key, hits, resets_at)
       VALUES ($1, 1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN a.resets_at <= now() THEN 1 ELSE a.hits + 1 END,
         resets_at = CASE WHEN a.resets_at <= now() THEN EXCLUDED.resets_at ELSE a.resets_at END
       RETURNING hits, GREATEST(1, CEIL(EXTRACT(EPOCH FROM resets_at - now())))::int AS seconds`,
      [key, ttl],
    );
    if (++this.writes % 200 === 0) {
      await this.ds.query('DELETE FROM sign_in_attempts WHERE resets_at < now()');
    }
    const blocked = row.hits > limit;
    return {
      totalHits: row.hits,
      timeToExpire: row.seconds,
      isBlocked: blocked,
      timeToBlockExpire: blocked ? row.seconds : 0,
    };
  }
}
