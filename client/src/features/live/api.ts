import { LiveSnapshotSchema, MeetingViewSchema, type LiveSnapshot, type MeetingView } from '@plenary/shared';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';

export function fetchLive(meetingId: string, signal?: AbortSignal): Promise<LiveSnapshot> {
  return apiRequest(`/api/meetings/${encodeURIComponent(meetingId)}/live`, LiveSnapshotSchema, { signal });
}

export function fetchMeetings(signal?: AbortSignal): Promise<MeetingView[]> {
  return apiRequest('/api/meetings', z.array(MeetingViewSchema), { signal });
}
