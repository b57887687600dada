import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api';

/** Retry what may pass next time (network, 5xx); never a refusal or an answer off the contract. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  if (error instanceof ApiError && error.code === 'BAD_RESPONSE') return false;
  return failureCount < 2;
}

/**
 * The page's one server-state cache. Lists are fresh for half a minute and re-read when the tab
 * comes back; live data is kept current by the socket (see useLiveMeeting) and never polled.
 */
export function createQueryClient(opts: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: opts.retry === false ? false : shouldRetry,
      },
      mutations: { retry: false },
    },
  });
}
