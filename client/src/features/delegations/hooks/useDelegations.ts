import type { DelegationView } from '@plenary/shared';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../../lib/api';
import { useSocketEvent } from '../../../lib/useSocketEvent';
import { fetchDelegations } from '../api';

export interface Delegations {
  status: 'loading' | 'ready' | 'error';
  list: DelegationView[];
  error: string | null;
  reload(): void;
  /** Puts the server's answer for one delegation in place (or adds it). */
  upsert(d: DelegationView): void;
  replaceAll(list: DelegationView[]): void;
}

function byName(a: DelegationView, b: DelegationView): number {
  return a.name.localeCompare(b.name, 'en');
}

/**
 * A meeting's delegations, kept current by the answers to the desk's own writes and by the room's
 * presence events (a delegation that casts a vote is present from then on).
 */
export function useDelegations(meetingId: string | null): Delegations {
  const [list, setList] = useState<DelegationView[]>([]);
  const [status, setStatus] = useState<Delegations['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!meetingId) return;
    const ctrl = new AbortController();
    setStatus('loading');
    fetchDelegations(meetingId, ctrl.signal).then(
      (ds) => {
        if (ctrl.signal.aborted) return;
        setList([...ds].sort(byName));
        setStatus('ready');
        setError(null);
      },
      (err: unknown) => {
        if (ctrl.signal.aborted) return;
        setStatus('error');
        setError(errorMessage(err));
      },
    );
    return () => ctrl.abort();
  }, [meetingId, attempt]);

  const upsert = useCallback((d: DelegationView) => {
    setList((prev) => {
      const i = prev.findIndex((x) => x.id === d.id);
      if (i === -1) return [...prev, d].sort(byName);
      const next = prev.slice();
      next[i] = d;
      return next;
    });
  }, []);

  useSocketEvent('meeting.presenceChanged', (p) => {
    if (p.delegation && p.delegation.meetingId === meetingId) upsert(p.delegation);
  });

  return {
    status,
    list,
    error,
    reload: useCallback(() => setAttempt((a) => a + 1), []),
    upsert,
    replaceAll: useCallback((ds: DelegationView[]) => setList([...ds].sort(byName)), []),
  };
}
