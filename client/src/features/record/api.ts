import { RecordEntrySchema, RecordHeadSchema, type RecordEntry, type RecordHead } from '@plenary/shared';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';

export function fetchRecord(meetingId: string, signal?: AbortSignal): Promise<RecordEntry[]> {
  return apiRequest(`/api/meetings/${meetingId}/record`, z.array(RecordEntrySchema), { signal });
}

export function fetchRecordHead(meetingId: string, signal?: AbortSignal): Promise<RecordHead> {
  return apiRequest(`/api/meetings/${meetingId}/record/head`, RecordHeadSchema, { signal });
}
