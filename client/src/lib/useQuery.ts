import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage, isAbortError } from './api';

export type QueryState<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'success'; data: T; error: undefined }
  | { status: 'error'; data: undefined; error: ApiError };

export type QueryResult<T> = QueryState<T> & { reload: () => void };

const LOADING = { status: 'loading', data: undefined, error: undefined } as const;

/**
 * Loads data for a key; a new key aborts the previous request. `key: null` means "not ready"
 * (e.g. the date is invalid), and the last result stays on screen.
 */
export function useQuery<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): QueryResult<T> {
  const [state, setState] = useState<QueryState<T>>(LOADING);
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (key === null) return;
    const ctrl = new AbortController();
    setState(LOADING);
    loadRef.current(ctrl.signal).then(
      (data) => {
        if (!ctrl.signal.aborted) setState({ status: 'success', data, error: undefined });
      },
      (err: unknown) => {
        if (ctrl.signal.aborted || isAbortError(err)) return;
        const error = err instanceof ApiError ? err : new ApiError(0, 'CLIENT', errorMessage(err));
        setState({ status: 'error', data: undefined, error });
      },
    );
    return () => ctrl.abort();
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, reload };
}
