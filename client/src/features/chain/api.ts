import { RecordHeadSchema, type RecordHead } from '@plenary/shared';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api';
import { keys } from '../../lib/query/keys';

export function fetchRecordHead(meetingId: string, signal?: AbortSignal): Promise<RecordHead> {
  return apiRequest(`/api/meetings/${encodeURIComponent(meetingId)}/record/head`, RecordHeadSchema, {
    signal,
  });
}

/** The head of the meeting's hash-chained record (its last entry number and hash). */
export const recordHeadQuery = (meetingId: string) =>
  queryOptions({
    queryKey: keys.meetings.recordHead(meetingId),
    queryFn: ({ signal }) => fetchRecordHead(meetingId, signal),
  });
