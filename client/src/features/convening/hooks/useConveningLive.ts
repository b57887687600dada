import { CONVENING_ROOM, type Ack } from '@plenary/shared';
import { useEffect, useState } from 'react';
import { ACK_TIMEOUT_MS } from '../../../lib/socket';
import { useSocket } from '../../../lib/useSocketEvent';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/**
 * Joins the `convening` room on every (re)connect, so `convening.counted` reaches this page.
 * `rejoined` goes up after each rejoin: lists re-read then what they may have missed.
 */
export function useConveningLive(): { status: LiveStatus; rejoined: number } {
  const socket = useSocket();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [rejoined, setRejoined] = useState(0);

  useEffect(() => {
    let joins = 0;
    let disposed = false;
    const join = () => {
      socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('convening.watch', {})
        .then(
          (raw) => {
            const ack = raw as Ack<{ room: string }>;
            if (disposed) return;
            if (!ack.ok || ack.data.room !== CONVENING_ROOM) return setStatus('offline');
            setStatus('live');
            if (joins++ > 0) setRejoined((r) => r + 1);
          },
          () => {
            if (!disposed) setStatus('offline');
          },
        );
    };
    const onDisconnect = () => setStatus('connecting');
    const onError = () => setStatus(socket.active ? 'connecting' : 'offline');
    socket.on('connect', join);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onError);
    if (socket.connected) join();
    else if (!socket.active) socket.connect();
    return () => {
      disposed = true;
      socket.off('connect', join);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onError);
    };
  }, [socket]);

  return { status, rejoined };
}

/** Without the live room (not joined, or the server refused it), re-read the counts every few seconds. */
export function useFallbackRefresh(status: LiveStatus, refresh: () => void, everyMs = 5000): void {
  useEffect(() => {
    if (status === 'live') return;
    const timer = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [status, refresh, everyMs]);
}
