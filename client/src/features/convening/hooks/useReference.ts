import { stateName, type StateView } from '@plenary/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useFormat } from '../../../lib/locale/context';
import { useServerToday } from '../../../lib/serverTime';
import { statesQuery } from '../../register/api';

export interface Reference {
  /** Today in Geneva as the server counts it: every period and count uses this day. */
  today: string;
  /** States Parties today. */
  parties: number;
  states: StateView[];
  nameOf: (iso3: string) => string;
}

/** The server's today and the register on it (the same cached register the other screens read). */
export function useReference() {
  const server = useServerToday();
  const states = useQuery({ ...statesQuery(server.today ?? ''), enabled: server.today !== null });
  const data = states.data;
  const today = server.today;
  const { locale } = useFormat();
  const ref = useMemo<Reference | null>(() => {
    if (!data || !today) return null;
    const names = new Map(data.states.map((s) => [s.iso3, s.name]));
    return {
      today,
      parties: data.count,
      states: data.states,
      // As the UN writes the name in the language shown; the register's name where the names file lacks it.
      nameOf: (iso3) => stateName(iso3, locale, 'short', { registerName: names.get(iso3) }),
    };
  }, [data, today, locale]);
  const error = server.error ?? states.error;
  return {
    status: error ? ('error' as const) : ref ? ('success' as const) : ('loading' as const),
    error,
    reload: () => void states.refetch(),
    ref,
  };
}
