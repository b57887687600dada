import type { RegisterSummary, StatesResponse } from '@plenary/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api';
import { statesQuery, summaryQuery } from '../api';

export interface RegisterOnDate {
  summary: RegisterSummary;
  states: StatesResponse;
}

export type RegisterResult =
  | { status: 'loading'; data: undefined; error: null; updating: false; reload(): void }
  | { status: 'error'; data: undefined; error: ApiError; updating: false; reload(): void }
  | { status: 'success'; data: RegisterOnDate; error: null; updating: boolean; reload(): void };

function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(0, 'CLIENT', String(err));
}

/**
 * The register as it stood on `on` (YYYY-MM-DD); nothing is asked while `on` is null (an invalid
 * date). Moving to another date keeps the last register on screen until the new one arrives.
 */
export function useRegister(on: string | null): RegisterResult {
  const enabled = on !== null;
  const summary = useQuery({ ...summaryQuery(on ?? ''), enabled, placeholderData: keepPreviousData });
  const states = useQuery({ ...statesQuery(on ?? ''), enabled, placeholderData: keepPreviousData });
  const reload = () => {
    if (summary.isError) void summary.refetch();
    if (states.isError) void states.refetch();
  };
  const error = summary.error ?? states.error;
  if (error) return { status: 'error', data: undefined, error: asApiError(error), updating: false, reload };
  if (!summary.data || !states.data)
    return { status: 'loading', data: undefined, error: null, updating: false, reload };
  return {
    status: 'success',
    data: { summary: summary.data, states: states.data },
    error: null,
    updating: summary.isPlaceholderData || states.isPlaceholderData,
    reload,
  };
}
