import { CONVENING_ROOM, type Ack } from '@plenary/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { keys } from '../../../lib/query/keys';
import { ACK_TIMEOUT_MS } from '../../../lib/socket';
import { useSocket } from '../../../lib/useSocketEvent';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/**
 * Joins the `convening` room on every (re)connect, so `convening.counted` reaches this page.
 * After a rejoin the convening lists are invalidated: they re-read what they may have missed.
 */
export function useConveningLive(): { status: LiveStatus } {
  const socket = useSocket();
  const qc = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');

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
            if (joins++ > 0) void qc.invalidateQueries({ queryKey: keys.convening.all });
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
  }, [socket, qc]);

  return { status };
}

/** Without the live room (not joined, or the server refused it), lists re-read their counts this often. */
export function fallbackInterval(status: LiveStatus, everyMs = 5000): number | false {
  return status === 'live' ? false : everyMs;
}
