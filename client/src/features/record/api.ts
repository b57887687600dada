import {
  OfficialRecordSchema,
  RecordEntrySchema,
  type Language,
  type OfficialRecord,
  type RecordEntry,
} from '@plenary/shared';
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

export function fetchOfficialRecord(
  meetingId: string,
  lang: Language,
  signal?: AbortSignal,
): Promise<OfficialRecord> {
  return apiRequest(`/api/meetings/${encodeURIComponent(meetingId)}/record/official`, OfficialRecordSchema, {
    query: { lang },
    signal,
  });
}

/** The official record in one language: decisions in UN form (DOMAIN.md §6). */
export const officialRecordQuery = (meetingId: string, lang: Language) =>
  queryOptions({
    queryKey: keys.meetings.officialRecord(meetingId, lang),
    queryFn: ({ signal }) => fetchOfficialRecord(meetingId, lang, signal),
  });

/** Where each export of the official record is served (public, like the record). */
export function recordExportUrl(meetingId: string, format: 'pdf' | 'docx' | 'csv' | 'json', lang: Language) {
  return `/api/meetings/${encodeURIComponent(meetingId)}/record/export/${format}?lang=${lang}`;
}

export function recordPrintPath(meetingId: string, lang: Language) {
  return `/record/${encodeURIComponent(meetingId)}/print?lang=${lang}`;
}
