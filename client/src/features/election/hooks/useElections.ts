import type { ElectionView } from '@plenary/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { keys } from '../../../lib/query/keys';
import { useSocketEvent } from '../../../lib/useSocketEvent';
import {
  createElection,
  electionStep,
  fetchCoordinatingCommittee,
  fetchElections,
  fetchOfficeholders,
  fetchSlates,
  type ElectionStep,
} from '../api';

/** Newer wins: an event or an answer older than what the cache holds is dropped. */
function upsert(list: ElectionView[] | undefined, e: ElectionView): ElectionView[] | undefined {
  if (!list) return list;
  const old = list.find((x) => x.id === e.id);
  if (old && old.version > e.version) return list;
  return old ? list.map((x) => (x.id === e.id ? e : x)) : [...list, e];
}

/**
 * A meeting's elections, kept current by the socket (`election.updated`, `election.voted`). Pass
 * the meeting id only once the page's live hook holds its snapshot: the socket has then joined
 * the meeting's room, so every change after the first read arrives as an event.
 */
export function useElections(meetingId: string | null) {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: keys.meetings.elections(meetingId ?? ''),
    queryFn: () => fetchElections(meetingId!),
    enabled: !!meetingId,
  });
  // The live hook re-reads its snapshot each time the socket (re)joins the meeting's room; events
  // sent while the socket was out of the room are lost, so the elections are read again then.
  useEffect(() => {
    if (!meetingId) return;
    const live = JSON.stringify(keys.meetings.live(meetingId));
    return qc.getQueryCache().subscribe((ev) => {
      if (
        ev.type === 'updated' &&
        ev.action.type === 'success' &&
        !ev.action.manual &&
        JSON.stringify(ev.query.queryKey) === live
      )
        void qc.invalidateQueries({ queryKey: keys.meetings.elections(meetingId) });
    });
  }, [qc, meetingId]);
  useSocketEvent('election.updated', ({ election }) => {
    if (election.meetingId !== meetingId) return;
    const key = keys.meetings.elections(election.meetingId);
    // A read in flight may have started before this change committed: read again after it.
    if (qc.isFetching({ queryKey: key }) || !qc.getQueryData(key))
      void qc.invalidateQueries({ queryKey: key });
    else qc.setQueryData<ElectionView[]>(key, (l) => upsert(l, election));
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

/** The Coordinating Committee on a date (today when none). */
export function useCoordinatingCommittee(on: string | undefined) {
  return useQuery({
    queryKey: keys.officeholders.coordinating(on ?? 'today'),
    queryFn: () => fetchCoordinatingCommittee(on),
  });
}

/** A meeting's proposed slates; read again when a question is decided (a slate's may be). */
export function useSlates(meetingId: string) {
  const qc = useQueryClient();
  useSocketEvent('question.decided', ({ question }) => {
    if (question.meetingId === meetingId)
      void qc.invalidateQueries({ queryKey: keys.officeholders.slates(meetingId) });
  });
  return useQuery({ queryKey: keys.officeholders.slates(meetingId), queryFn: () => fetchSlates(meetingId) });
}
