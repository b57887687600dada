import type { StateView } from '@plenary/shared';
import { useMemo } from 'react';
import { useQuery } from '../../../lib/useQuery';
import { fetchStatesToday } from '../api';

export interface Reference {
  /** Today in Geneva as the server counts it: every period and count uses this day. */
  today: string;
  /** States Parties today. */
  parties: number;
  states: StateView[];
  nameOf: (iso3: string) => string;
}

/** The server's today and the register on it: the pickers' States and their names. */
export function useReference() {
  const q = useQuery('reference', (signal) => fetchStatesToday(signal));
  const data = q.status === 'success' ? q.data : null;
  const ref = useMemo<Reference | null>(() => {
    if (!data) return null;
    const names = new Map(data.states.map((s) => [s.iso3, s.name]));
    return {
      today: data.date,
      parties: data.count,
      states: data.states,
      nameOf: (iso3) => names.get(iso3) ?? iso3,
    };
  }, [data]);
  return { status: q.status, error: q.error, reload: q.reload, ref };
}
