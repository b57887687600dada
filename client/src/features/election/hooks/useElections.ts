import type { ElectionView } from '@plenary/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { keys } from '../../../lib/query/keys';
import { useSocketEvent } from '../../../lib/useSocketEvent';
import { createElection, electionStep, fetchElections, fetchOfficeholders, type ElectionStep } from '../api';

/** Newer wins: an event or an answer older than what the cache holds is dropped. */
function upsert(list: ElectionView[] | undefined, e: ElectionView): ElectionView[] | undefined {
  if (!list) return list;
  const old = list.find((x) => x.id === e.id);
  if (old && old.version > e.version) return list;
  return old ? list.map((x) => (x.id === e.id ? e : x)) : [...list, e];
}

/**
 * A meeting's elections, kept current by the socket (`election.updated`, `election.voted`). The
 * page's live hook has joined the meeting's room; this hook only listens.
 */
export function useElections(meetingId: string | null) {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: keys.meetings.elections(meetingId ?? ''),
    queryFn: () => fetchElections(meetingId!),
    enabled: !!meetingId,
  });
  useSocketEvent('election.updated', ({ election }) => {
    if (election.meetingId !== meetingId) return;
    qc.setQueryData<ElectionView[]>(keys.meetings.elections(election.meetingId), (l) => upsert(l, election));
    if (election.status === 'complete') void qc.invalidateQueries({ queryKey: keys.officeholders.all });
  });
  useSocketEvent('election.voted', ({ electionId, round, voted }) => {
    if (!meetingId) return;
    qc.setQueryData<ElectionView[]>(keys.meetings.elections(meetingId), (l) =>
      l?.map((e) =>
        e.id !== electionId
          ? e
          : {
              ...e,
              rounds: e.rounds.map((r) =>
                r.round.number === round && r.voted < voted ? { ...r, voted } : r,
              ),
            },
      ),
    );
  });
  return query;
}

export function useElectionActions(meetingId: string | null) {
  const qc = useQueryClient();
  const put = (e: ElectionView) =>
    qc.setQueryData<ElectionView[]>(keys.meetings.elections(e.meetingId), (l) => upsert(l, e));
  const create = useMutation({
    mutationFn: (body: Parameters<typeof createElection>[1]) => createElection(meetingId!, body),
    onSuccess: put,
  });
  const step = useMutation({
    mutationFn: ({ electionId, step }: { electionId: string; step: ElectionStep }) =>
      electionStep(electionId, step),
    onSuccess: put,
  });
  return { create, step };
}

export function useOfficeholders(on: string | undefined) {
  return useQuery({
    queryKey: keys.officeholders.on(on ?? 'today'),
    queryFn: () => fetchOfficeholders(on),
  });
}
