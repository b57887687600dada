import type { LiveSnapshot } from '@plenary/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../lib/api';
import { watchMeeting } from '../../../lib/socket';
import { useSocket } from '../../../lib/useSocketEvent';
import { fetchLive } from '../api';
import { EMPTY_LIVE, reduceLive, type LiveInput, type LiveState } from '../liveState';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface LiveMeeting {
  connection: ConnectionState;
  snapshot: LiveSnapshot | null;
  error: string | null;
  refresh(): void;
}

function isBrowserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * A meeting as it happens: the snapshot from `meeting.watch` on every (re)connect, patched by
 * the room's events in version order, re-fetched whenever a version shows something was missed.
 */
export function useLiveMeeting(meetingId: string | null): LiveMeeting {
  const socket = useSocket();
  const [connection, setConnection] = useState<ConnectionState>(socket.connected ? 'live' : 'connecting');
  const [snapshot, setSnapshot] = useState<LiveSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stateRef = useRef<LiveState>(EMPTY_LIVE);
  const refreshRef = useRef<() => void>(() => undefined);

  const apply = useCallback(
    (input: LiveInput) => {
      if (!meetingId) return;
      const step = reduceLive(stateRef.current, input, meetingId);
      if (step.state !== stateRef.current) {
        stateRef.current = step.state;
        setSnapshot(step.state.snapshot);
      }
      if (step.refresh) refreshRef.current();
    },
    [meetingId],
  );

  // A fresh snapshot: through the socket when connected (which also joins the room), else HTTP.
  useEffect(() => {
    let inFlight = false;
    let again = false;
    let disposed = false;
    const load = async (): Promise<void> => {
      if (!meetingId) return;
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      try {
        if (socket.connected) {
          const ack = await watchMeeting(socket, meetingId);
          if (disposed) return;
          if (ack.ok) {
            apply({ type: 'snapshot', snapshot: ack.data });
            setError(null);
            if (socket.connected) setConnection('live');
          } else setError(ack.error.message);
        } else {
          const snap = await fetchLive(meetingId);
          if (disposed) return;
          apply({ type: 'snapshot', snapshot: snap });
          setError(null);
        }
      } catch (err) {
        if (!disposed) setError(errorMessage(err));
      } finally {
        inFlight = false;
        if (again && !disposed) {
          again = false;
          void load();
        }
      }
    };
    refreshRef.current = () => void load();

    stateRef.current = EMPTY_LIVE;
    setSnapshot(null);
    setError(null);

    const onConnect = () => {
      setConnection('connecting');
      void load();
    };
    let kick: ReturnType<typeof setTimeout> | undefined;
    const onDisconnect = (reason: string) => {
      // The server closed this socket (a node restarting, say): socket.io leaves reconnecting to us.
      if (reason === 'io server disconnect') kick = setTimeout(() => socket.connect(), 1000);
      setConnection(isBrowserOffline() || (!socket.active && !kick) ? 'offline' : 'reconnecting');
    };
    const onConnectError = (err: Error) => {
      setConnection(isBrowserOffline() || !socket.active ? 'offline' : 'reconnecting');
      if (!socket.active) setError(err.message);
    };
    const onOnline = () => {
      if (!socket.connected) {
        setConnection('reconnecting');
        if (!socket.active) socket.connect();
      }
    };
    const onOffline = () => {
      if (!socket.connected) setConnection('offline');
    };

    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);

    const on =
      <T>(type: LiveInput['type']) =>
      (payload: T) =>
        apply({ type, payload } as LiveInput);
    const handlers = {
      'meeting.updated': on('meeting.updated'),
      'meeting.presenceChanged': on('meeting.presenceChanged'),
      'question.put': on('question.put'),
      'question.decided': on('question.decided'),
      'vote.opened': on('vote.opened'),
      'vote.tallied': on('vote.tallied'),
      'vote.closed': on('vote.closed'),
      'meeting.versions': on('meeting.versions'),
    } as const;
    for (const [event, handler] of Object.entries(handlers))
      socket.on(event as keyof typeof handlers, handler);

    if (socket.connected) void load();
    else if (meetingId) void load(); // HTTP first, so the screen fills before the socket is up
    if (!socket.connected && !socket.active) socket.connect();

    return () => {
      disposed = true;
      clearTimeout(kick);
      refreshRef.current = () => undefined;
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onConnectError);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      for (const [event, handler] of Object.entries(handlers))
        socket.off(event as keyof typeof handlers, handler);
    };
  }, [socket, meetingId, apply]);

  const refresh = useCallback(() => refreshRef.current(), []);
  return { connection, snapshot, error, refresh };
}
