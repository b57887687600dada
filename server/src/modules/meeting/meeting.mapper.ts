import type { CommitteeId, MeetingKind, MeetingView } from '@plenary/shared';
import type { MeetingEntity } from './meeting.entity';

const KIND_CODES: Record<MeetingKind, string> = {
  msp: 'MSP',
  special: 'SMSP',
  review: 'RC',
  amendment: 'AC',
  intersessional: 'IM',
  committee: 'CM',
  'coordinating-committee': 'CC',
};

/** A committee meeting's code names its committee ("VAC-2026"), so an MSP's agenda can cite it. */
const COMMITTEE_CODES: Record<CommitteeId, string> = {
  'article-5-implementation': 'A5C',
  'victim-assistance': 'VAC',
  'cooperation-and-assistance': 'ECAC',
  'cooperative-compliance': 'CCC',
};

export const meetingCode = (
  kind: MeetingKind,
  number: number | null,
  year: string,
  committee: CommitteeId | null = null,
) => {
  const code = committee ? COMMITTEE_CODES[committee] : KIND_CODES[kind];
  return number ? `${number}${code}` : `${code}-${year}`;
};

/** The relations `toMeetingView` reads: the agenda, and the committee meeting an item came from. */
export const MEETING_VIEW_RELATIONS = { agenda: { conclusionsOfMeeting: true } } as const;

export function toMeetingView(m: MeetingEntity): MeetingView {
  return {
    id: m.id,
    kind: m.kind as MeetingKind,
    committee: m.committee as CommitteeId | null,
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
      .map((a) => ({
        id: a.id,
        position: a.position,
        title: a.title,
        conclusionsOf:
          a.conclusionsOf && a.conclusionsOfMeeting
            ? {
                meetingId: a.conclusionsOf,
                code: a.conclusionsOfMeeting.code,
                committee: a.conclusionsOfMeeting.committee as CommitteeId,
              }
            : null,
      })),
  };
}
