import { ApiError } from '../../lib/api';
import type { Format } from '../../lib/locale/format';

/**
 * What a rate-limited sign-in tells the user: that it was refused for too many attempts, and
 * when to try again, from the server's Retry-After (a clock time and a duration).
 */
export function rateLimitMessage(err: unknown, fmt: Format, now: Date = new Date()): string | null {
  if (!(err instanceof ApiError) || err.code !== 'RATE_LIMITED') return null;
  const seconds = err.retryAfterSeconds;
  if (!seconds) return `${err.message} Wait a few minutes before trying again.`;
  const at = fmt.localClock(new Date(now.getTime() + seconds * 1000));
  const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many sign-in attempts. For security, sign-in is paused: try again at ${at} (in ${wait}).`;
}
