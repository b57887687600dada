import { ServerTimeSchema, type ServerTime } from '@plenary/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api';

export function fetchServerTime(signal?: AbortSignal): Promise<ServerTime> {
  return apiRequest('/api/time', ServerTimeSchema, { signal });
}

export const serverTimeQuery = () =>
  queryOptions({
    queryKey: ['time'] as const,
    queryFn: ({ signal }) => fetchServerTime(signal),
    // Re-read each minute, so a screen left open overnight moves to the new day.
    staleTime: 60_000,
    refetchInterval: 60_000,
  });

/**
 * Today as the server counts it (Geneva), the one "today" of every screen; null until the
 * server has answered. Never the device's date: a laptop in New York is a day behind at 1 a.m.
 */
export function useServerToday(): { today: string | null; error: Error | null } {
  const q = useQuery(serverTimeQuery());
  return { today: q.data?.today ?? null, error: q.error };
}
