import type { ServerToClientEvents } from '@plenary/shared';
import { createContext, useContext, useEffect, useRef, useSyncExternalStore } from 'react';
import { getSocket, onSocketReset, type PlenarySocket } from './socket';

/** Where hooks find the page's socket: the real one, or a stand-in in the specs. */
export interface SocketSource {
  get(): PlenarySocket;
  /** Calls `listener` whenever the socket is replaced (after a sign-in or sign-out). */
  subscribe(listener: () => void): () => void;
}

export const SocketSourceContext = createContext<SocketSource>({ get: getSocket, subscribe: onSocketReset });

/** The page's current socket; re-renders when it is replaced after a sign-in or sign-out. */
export function useSocket(): PlenarySocket {
  const source = useContext(SocketSourceContext);
  return useSyncExternalStore(source.subscribe, source.get, source.get);
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
