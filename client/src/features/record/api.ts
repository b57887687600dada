import { RecordEntrySchema, RecordHeadSchema, type RecordEntry, type RecordHead } from '@plenary/shared';
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
