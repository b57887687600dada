import { RecordEntrySchema, type RecordEntry } from '@plenary/shared';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';

export function fetchRecord(meetingId: string, signal?: AbortSignal): Promise<RecordEntry[]> {
  return apiRequest(`/api/meetings/${meetingId}/record`, z.array(RecordEntrySchema), { signal });
}
