import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage, isAbortError } from '../../../lib/api';

export interface Collection<T extends { id: string }> {
  status: 'loading' | 'success' | 'error';
  items: T[];
  error: ApiError | null;
  /** Re-reads the list without clearing what is on screen (after a live event, a rejoin). */
  refresh: () => void;
  /** Puts an item the server answered with in place (or first, if new). */
  upsert: (item: T) => void;
  patch: (id: string, f: (item: T) => T) => void;
}

/** A list the screen edits: loaded once, updated in place by answers and live events. */
export function useCollection<T extends { id: string }>(
  load: (signal: AbortSignal) => Promise<T[]>,
): Collection<T> {
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<Collection<T>['status']>('loading');
  const [error, setError] = useState<ApiError | null>(null);
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    const ctrl = new AbortController();
    loadRef.current(ctrl.signal).then(
      (list) => {
        if (ctrl.signal.aborted) return;
        setItems(list);
        setStatus('success');
        setError(null);
      },
      (err: unknown) => {
        if (ctrl.signal.aborted || isAbortError(err)) return;
        setError(err instanceof ApiError ? err : new ApiError(0, 'CLIENT', errorMessage(err)));
        setStatus((s) => (s === 'success' ? s : 'error'));
      },
    );
    return () => ctrl.abort();
  }, [round]);

  const refresh = useCallback(() => setRound((r) => r + 1), []);
  const upsert = useCallback(
    (item: T) =>
      setItems((list) =>
        list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [item, ...list],
      ),
    [],
  );
  const patch = useCallback(
    (id: string, f: (item: T) => T) => setItems((list) => list.map((x) => (x.id === id ? f(x) : x))),
    [],
  );
  return { status, items, error, refresh, upsert, patch };
}
