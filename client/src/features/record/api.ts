import { RecordEntrySchema, type RecordEntry } from '@plenary/shared';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';
import { keys } from '../../lib/query/keys';

export function fetchRecord(meetingId: string, signal?: AbortSignal): Promise<RecordEntry[]> {
  return apiRequest(`/api/meetings/${encodeURIComponent(meetingId)}/record`, z.array(RecordEntrySchema), {
    signal,
  });
}

/** The meeting's append-only record. */
export const recordQuery = (meetingId: string) =>
  queryOptions({
    queryKey: keys.meetings.record(meetingId),
    queryFn: ({ signal }) => fetchRecord(meetingId, signal),
  });
