import type { MeetingKind, MeetingView } from '@plenary/shared';
import type { MeetingEntity } from './meeting.entity';

const KIND_CODES: Record<MeetingKind, string> = {
  msp: 'MSP',
  special: 'SMSP',
  review: 'RC',
  amendment: 'AC',
  intersessional: 'IM',
};

export const meetingCode = (kind: MeetingKind, number: number | null, year: string) =>
  number ? `${number}${KIND_CODES[kind]}` : `${KIND_CODES[kind]}-${year}`;

export function toMeetingView(m: MeetingEntity): MeetingView {
  return {
    id: m.id,
    kind: m.kind as MeetingKind,
    number: m.number,
    code: m.code,
    title: m.title,
    venue: m.venue,
    startDate: m.startDate,
    endDate: m.endDate,
    timeZone: m.timeZone,
    status: m.status as MeetingView['status'],
    rules: m.rules,
    rulesFixed: m.rulesFixedAt !== null,
    version: m.version,
    agenda: [...(m.agenda ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((a) => ({ id: a.id, position: a.position, title: a.title })),
  };
}
