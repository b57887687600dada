import { MEETING_KIND_LABELS, type MeetingView } from '@plenary/shared';
import type { Format } from '../../lib/locale/format';

export const MEETING_STATUS_LABELS: Record<MeetingView['status'], string> = {
  scheduled: 'Scheduled',
  open: 'In session',
  suspended: 'Suspended',
  closed: 'Closed',
};

/** "MSP-23 · Twenty-Third Meeting of the States Parties (2 Mar 2026)". */
export function meetingLabel(m: MeetingView, fmt: Format): string {
  return `${m.code} · ${m.title} (${fmt.dateShort(m.startDate)})`;
}

export function meetingKindLabel(m: Pick<MeetingView, 'kind'>): string {
  return MEETING_KIND_LABELS[m.kind];
}
