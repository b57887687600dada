import { LiveSnapshotSchema, type LiveSnapshot } from '@plenary/shared';
import { apiRequest, ApiError } from '../../lib/api';
import { watchMeeting, type PlenarySocket } from '../../lib/socket';

export function fetchLive(meetingId: string, signal?: AbortSignal): Promise<LiveSnapshot> {
  return apiRequest(`/api/meetings/${encodeURIComponent(meetingId)}/live`, LiveSnapshotSchema, { signal });
}

/** A snapshot and whether it came with joining the meeting's room (events follow) or over HTTP. */
export interface LoadedSnapshot {
  snapshot: LiveSnapshot;
  joined: boolean;
}

/**
 * A fresh snapshot: through `meeting.watch` when the socket is up, which also joins the room so
 * the events that follow arrive; over HTTP otherwise, so the screen fills before the socket is up.
 */
export async function loadSnapshot(
  socket: PlenarySocket,
  meetingId: string,
  signal?: AbortSignal,
): Promise<LoadedSnapshot> {
  if (socket.connected) {
    const ack = await watchMeeting(socket, meetingId);
    if (!ack.ok) throw new ApiError(0, ack.error.code, ack.error.message, ack.error.field);
    return { snapshot: ack.data, joined: true };
  }
  return { snapshot: await fetchLive(meetingId, signal), joined: false };
}
