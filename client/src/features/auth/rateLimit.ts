import { ApiError } from '../../lib/api';
import type { Format } from '../../lib/locale/format';
import type { T } from '../../lib/locale/translate';

/**
 * What a rate-limited sign-in tells the user: that it was refused for too many attempts, and
 * when to try again, from the server's Retry-After (a clock time and a duration).
 */
export function rateLimitMessage(err: unknown, fmt: Format, t: T, now: Date = new Date()): string | null {
  if (!(err instanceof ApiError) || err.code !== 'RATE_LIMITED') return null;
  const seconds = err.retryAfterSeconds;
  if (!seconds) return t('common.rateLimit.wait', { message: err.message });
  const at = fmt.localClock(new Date(now.getTime() + seconds * 1000));
  return seconds < 90
    ? t('common.rateLimit.seconds', { at, n: seconds })
    : t('common.rateLimit.minutes', { at, n: Math.ceil(seconds / 60) });
}
