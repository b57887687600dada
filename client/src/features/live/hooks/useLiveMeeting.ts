import type { LiveSnapshot } from '@plenary/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { ApiError, errorMessage } from '../../../lib/api';
import { keys } from '../../../lib/query/keys';
import { useSocket } from '../../../lib/useSocketEvent';
import { loadSnapshot } from '../api';
import { nextConnection, type ConnectionState } from '../connection';
import { EMPTY_LIVE, reduceLive, type LiveInput, type LiveState } from '../liveState';

export type { ConnectionState } from '../connection';

export interface LiveMeeting {
  connection: ConnectionState;
  snapshot: LiveSnapshot | null;
  /** Why there is no snapshot (or why the last fresh one failed); null when all is well. */
  error: string | null;
  /** Asks for a fresh snapshot now (the board does after a render failure). */
  refetch(): void;
}

/** Connected but not in the room (a watch refused or timed out): how soon to ask again. */
export const REJOIN_MS = 5000;

const EVENTS = [
  'meeting.updated',
  'meeting.presenceChanged',
  'question.put',
  'question.decided',
  'vote.opened',
  'vote.tallied',
  'vote.closed',
  'meeting.versions',
  'floor.changed',
  'floor.patched',
] as const;

const TRANSIENT = new Set(['TIMEOUT', 'NETWORK']);

function isBrowserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * A meeting as it happens, in the page's one cache (key ['meetings', id, 'live']): the snapshot
 * from meeting.watch on every (re)connect, then the room's events written into the cache in
 * version order by the pure reducer (liveState.ts); a gap in versions re-fetches the snapshot.
 * Mutations elsewhere invalidate the same key instead of refreshing by hand.
 */
export function useLiveMeeting(meetingId: string | null): LiveMeeting {
  const socket = useSocket();
  const qc = useQueryClient();
  const [connection, dispatch] = useReducer(nextConnection, 'connecting' as ConnectionState);
  const key = keys.meetings.live(meetingId ?? '');
  const live = useRef(false);
  useEffect(() => {
    live.current = connection === 'live';
  }, [connection]);

  const query = useQuery({
    queryKey: key,
    enabled: meetingId !== null,
    queryFn: async ({ signal }): Promise<LiveState> => {
      const id = meetingId as string;
      const loaded = await loadSnapshot(socket, id, signal);
      if (loaded.joined && socket.connected) dispatch({ type: 'joined' });
      // Reduced against what the cache holds now, not when the request left: an event that
      // arrived meanwhile is never undone by an older snapshot.
      const now = qc.getQueryData<LiveState>(keys.meetings.live(id)) ?? EMPTY_LIVE;
      return reduceLive(now, { type: 'snapshot', snapshot: loaded.snapshot }, id).state;
    },
    // The socket keeps it current, and every reconnect re-reads it. Only a socket that is up but
    // not in the room asks again on a timer (never thousands of boards polling during an outage).
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchInterval: () => (live.current || !socket.connected ? false : REJOIN_MS),
    retry: (n, err) => err instanceof ApiError && TRANSIENT.has(err.code) && n < 2,
  });

  // A gap noticed while a snapshot is on its way: ask again once it lands.
  const again = useRef(false);
  const refresh = useCallback(() => {
    if (!meetingId) return;
    const k = keys.meetings.live(meetingId);
    if (qc.getQueryState(k)?.fetchStatus === 'fetching') again.current = true;
    else void qc.refetchQueries({ queryKey: k, exact: true });
  }, [qc, meetingId]);
  const fetching = query.fetchStatus === 'fetching';
  useEffect(() => {
    if (!fetching && again.current) {
      again.current = false;
      refresh();
    }
  }, [fetching, refresh]);

  useEffect(() => {
    if (!meetingId) return;
    const k = keys.meetings.live(meetingId);
    const apply = (input: LiveInput) => {
      const before = qc.getQueryData<LiveState>(k) ?? EMPTY_LIVE;
      const step = reduceLive(before, input, meetingId);
      if (step.state !== before) qc.setQueryData(k, step.state);
      if (step.refresh) refresh();
    };
    const handlers = EVENTS.map((type) => {
      const handler = (payload: unknown) => apply({ type, payload } as LiveInput);
      socket.on(type, handler);
      return [type, handler] as const;
    });

    let kick: ReturnType<typeof setTimeout> | undefined;
    // Every (re)connect joins the room again with a fresh snapshot, replacing any HTTP read.
    const onConnect = () => {
      dispatch({ type: 'connect' });
      void qc.refetchQueries({ queryKey: k, exact: true });
    };
    const onDisconnect = (reason: string) => {
      // The server closed this socket (a node restarting): socket.io leaves reconnecting to us.
      if (reason === 'io server disconnect') kick = setTimeout(() => socket.connect(), 1000);
      dispatch({ type: 'lost', retrying: socket.active || kick !== undefined, online: !isBrowserOffline() });
    };
    const onConnectError = () =>
      dispatch({ type: 'lost', retrying: socket.active, online: !isBrowserOffline() });
    const onOnline = () => {
      dispatch({ type: 'online' });
      if (!socket.connected && !socket.active) socket.connect();
    };
    const onOffline = () => dispatch({ type: 'offline', connected: socket.connected });

    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    // Already up (another screen opened it, or it connected before this effect ran): join now.
    if (socket.connected) onConnect();
    else if (!socket.active) socket.connect();

    return () => {
      clearTimeout(kick);
      for (const [type, handler] of handlers) socket.off(type, handler);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onConnectError);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [socket, meetingId, qc, refresh]);

  const snapshot = query.data?.snapshot ?? null;
  return {
    connection,
    snapshot,
    error: query.error ? errorMessage(query.error) : null,
    refetch: refresh,
  };
}
