import { formatMessage, MEETING_KIND_LABELS, type MeetingView } from '@plenary/shared';
import type { Format } from '../../lib/locale/format';
import type { T } from '../../lib/locale/translate';

/** English status names, for screens not yet speaking the reader's language; see meetingStatusLabel. */
export const MEETING_STATUS_LABELS: Record<MeetingView['status'], string> = {
  scheduled: 'Scheduled',
  open: 'In session',
  suspended: 'Suspended',
  closed: 'Closed',
};

/** The meeting's status in the language shown. */
export function meetingStatusLabel(t: T, status: MeetingView['status']): string {
  return t('desk.meeting.status', { status });
}

/** "MSP-23 · Twenty-Third Meeting of the States Parties (2 Mar 2026)". */
export function meetingLabel(m: MeetingView, fmt: Format): string {
  return `${m.code} · ${m.title} (${fmt.dateShort(m.startDate)})`;
}

/** The kind of meeting as the Convention's texts name it, in the language shown (the shared catalogue). */
export function meetingKindLabel(m: Pick<MeetingView, 'kind'>, fmt?: Pick<Format, 'locale'>): string {
  return fmt ? formatMessage(fmt.locale, `meetingKind.${m.kind}`) : MEETING_KIND_LABELS[m.kind];
}
