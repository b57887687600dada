/**
 * A right taken away or changed while sockets may be open on any node: the sockets in `room` are
 * told why (`event`) and disconnected. Sent with pg_notify inside the transaction that made the
 * change, so every node (and a change made by the CLI, in another process) hears it exactly when
 * it commits, and never when it rolls back.
 */
export interface AccessChange {
  room: string;
  /** `session.revoked`: the session ended, sign in again. `session.changed`: reconnect, the rights changed. */
  event: 'session.revoked' | 'session.changed';
  reason: string;
}

export const ACCESS_CHANNEL = 'plenary_access';

/** Every authenticated socket joins the rooms of its session, and of its account or delegation. */
export const SESSION_ROOM = (sessionId: string) => `session:${sessionId}`;
export const USER_ROOM = (userId: string) => `user:${userId}`;
export const DELEGATION_ROOM = (delegationId: string) => `delegation:${delegationId}`;

export function parseAccessChange(payload: string | undefined): AccessChange | null {
  if (!payload) return null;
  try {
    const v = JSON.parse(payload) as Partial<AccessChange>;
    if (
      typeof v.room === 'string' &&
      typeof v.reason === 'string' &&
      (v.event === 'session.revoked' || v.event === 'session.changed')
    )
      return { room: v.room, event: v.event, reason: v.reason };
  } catch {
    // not ours
  }
  return null;
}
