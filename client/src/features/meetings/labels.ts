import {
  type AgendaItem,
  conclusionsItemTitle,
  formatMessage,
  MEETING_KIND_LABELS,
  type MeetingView,
} from '@plenary/shared';
import type { Format } from '../../lib/locale/format';
import type { T } from '../../lib/locale/translate';

/** The meeting's status in the language shown (the one message the board and console use too). */
export function meetingStatusLabel(t: T, status: MeetingView['status']): string {
  return t('live.meetingStatus', { status });
}

/** "MSP-23 · Twenty-Third Meeting of the States Parties (2 Mar 2026)". */
export function meetingLabel(m: MeetingView, fmt: Format): string {
  return `${m.code} · ${m.title} (${fmt.dateShort(m.startDate)})`;
}

/** The kind of meeting as the Convention's texts name it, in the language shown (the shared catalogue). */
export function meetingKindLabel(m: Pick<MeetingView, 'kind'>, fmt?: Pick<Format, 'locale'>): string {
  return fmt ? formatMessage(fmt.locale, `meetingKind.${m.kind}`) : MEETING_KIND_LABELS[m.kind];
}

/**
 * An agenda item's title in the language shown: one carried from a committee meeting says whose
 * conclusions and recommendations it considers ("… of the Committee on Victim Assistance
 * (VAC-2026)"); any other is the title as the secretariat typed it.
 */
export function agendaItemTitle(item: AgendaItem, fmt: Pick<Format, 'locale'>): string {
  return item.conclusionsOf ? conclusionsItemTitle(fmt.locale, item.conclusionsOf) : item.title;
}
