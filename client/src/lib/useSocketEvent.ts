import type { ServerToClientEvents } from '@plenary/shared';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { getSocket, onSocketReset, type PlenarySocket } from './socket';

/** The page's current socket; re-renders when it is replaced after a sign-in or sign-out. */
export function useSocket(): PlenarySocket {
  return useSyncExternalStore(onSocketReset, getSocket, getSocket);
}

/** Subscribes `handler` to a server event while the component is mounted. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(
  event: E,
  handler: ServerToClientEvents[E],
): void {
  const socket = useSocket();
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const listener = ((...args: Parameters<ServerToClientEvents[E]>) =>
      (ref.current as (...a: Parameters<ServerToClientEvents[E]>) => void)(...args)) as never;
    socket.on(event, listener);
    return () => {
      socket.off(event, listener);
    };
  }, [socket, event]);
}
