import type { DelegationView } from '@plenary/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { errorMessage } from '../../../lib/api';
import { useFormat } from '../../../lib/locale/context';
import { keys } from '../../../lib/query/keys';
import { useSocketEvent } from '../../../lib/useSocketEvent';
import { delegationsQuery } from '../api';

export interface Delegations {
  status: 'loading' | 'ready' | 'error';
  /** In the alphabetical order of the language shown. */
  list: DelegationView[];
  error: string | null;
  reload(): void;
  /** Writes the server's answer for one delegation into the cache (in place, or added). */
  upsert(d: DelegationView): void;
  /** Writes the server's full list into the cache (after registering every State Party). */
  replaceAll(list: DelegationView[]): void;
}

/**
 * A meeting's delegations from the cache, kept current by the answers to the desk's own writes and
 * by the room's presence events (a delegation that casts a vote is present from then on).
 */
export function useDelegations(meetingId: string | null): Delegations {
  const qc = useQueryClient();
  const fmt = useFormat();
  const query = useQuery({ ...delegationsQuery(meetingId ?? ''), enabled: meetingId !== null });

  const upsert = useCallback(
    (d: DelegationView) => {
      qc.setQueryData<DelegationView[]>(keys.meetings.delegations(d.meetingId), (prev) =>
        prev
          ? prev.some((x) => x.id === d.id)
            ? prev.map((x) => (x.id === d.id ? d : x))
            : [...prev, d]
          : prev,
      );
    },
    [qc],
  );
  const replaceAll = useCallback(
    (list: DelegationView[]) => {
      if (meetingId) qc.setQueryData(keys.meetings.delegations(meetingId), list);
    },
    [qc, meetingId],
  );

  useSocketEvent('meeting.presenceChanged', (p) => {
    if (p.delegation && p.delegation.meetingId === meetingId) upsert(p.delegation);
  });

  const data = query.data;
  const list = useMemo(
    () => (data ? [...data].sort((a, b) => fmt.compare(a.name, b.name)) : []),
    [data, fmt],
  );
  return {
    status: query.isError ? 'error' : query.data ? 'ready' : 'loading',
    list,
    error: query.error ? errorMessage(query.error) : null,
    reload: () => void query.refetch(),
    upsert,
    replaceAll,
  };
}
