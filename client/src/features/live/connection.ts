/** How a live screen is connected, in the words the badge shows. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export type ConnectionEvent =
  /** The socket is up; the room is not joined yet. */
  | { type: 'connect' }
  /** meeting.watch answered on a connected socket: the snapshot is current and events follow. */
  | { type: 'joined' }
  /** The socket dropped or failed to connect; `retrying` when socket.io (or we) will try again. */
  | { type: 'lost'; retrying: boolean; online: boolean }
  /** The browser says the network is back, or gone. */
  | { type: 'online' }
  | { type: 'offline'; connected: boolean };

/**
 * The connection machine: connecting → (connect, joined) → live → (lost) → reconnecting or
 * offline → (connect, joined) → live. "Live" is claimed only once the room answered, so a
 * screen never says live while it may be missing events.
 */
export function nextConnection(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  switch (event.type) {
    case 'connect':
      return state === 'live' ? 'live' : state === 'connecting' ? 'connecting' : 'reconnecting';
    case 'joined':
      return 'live';
    case 'lost':
      return event.online && event.retrying
        ? state === 'connecting'
          ? 'connecting'
          : 'reconnecting'
        : 'offline';
    case 'online':
      return state === 'offline' ? 'reconnecting' : state;
    case 'offline':
      return event.connected ? state : 'offline';
  }
}
