import type {
  Choice,
  LiveSnapshot,
  MeetingView,
  QuestionView,
  QuorumView,
  VoteSnapshot,
} from '@plenary/shared';

export const MEETING: MeetingView = {
  id: 'm1',
  kind: 'msp',
  committee: null,
  number: 23,
  code: '23MSP',
  title: 'Twenty-Third Meeting of the States Parties',
  venue: 'Geneva',
  startDate: '2026-03-02',
  endDate: '2026-03-06',
  timeZone: 'Europe/Zurich',
  status: 'open',
  rules: {
    openingQuorum: { comparison: 'at-least', numerator: 1, denominator: 3 },
    decisionQuorum: { comparison: 'more-than', numerator: 1, denominator: 2 },
  },
  rulesFixed: true,
  version: 10,
  agenda: [],
};

export const QUORUM: QuorumView = {
  meetingId: 'm1',
  date: '2026-03-02',
  parties: 161,
  participants: 161,
  present: 150,
  opening: { required: 54, met: true, explanation: 'Quorum present: 150 of 161; one-third requires 54.' },
  decision: { required: 81, met: true, explanation: 'Quorum present: 150 of 161; a majority requires 81.' },
};

export const QUESTION: QuestionView = {
  id: 'q1',
  meetingId: 'm1',
  agendaItemId: null,
  text: 'Adopt the draft decision on the Committee on Cooperative Compliance',
  matter: 'other-substance',
  rule: 'two-thirds-present-voting',
  ruleSource: 'Rules of procedure (UN model)',
  status: 'voting',
  decidedBy: null,
  createdAt: '2026-03-02T09:00:00.000Z',
  decidedAt: null,
  voteId: '00000000-0000-4000-8000-000000000001',
};

/** 161 States with names in scrambled order; index i is `X<base36>`. */
export const STATES_161 = Array.from({ length: 161 }, (_, i) => {
  const letter = String.fromCharCode(65 + ((i * 11) % 26));
  return {
    delegationId: `d${i}`,
    iso3: `X${i.toString(36).toUpperCase().padStart(2, '0')}`,
    name: `${letter}${'abcdefghij'[i % 10]}land ${String(i).padStart(3, '0')}`,
  };
});

export function voteSnapshot(
  over: Partial<VoteSnapshot> = {},
  choices: Record<string, Choice> = {},
): VoteSnapshot {
  const eligible = over.eligible ?? STATES_161;
  const c = { yes: 0, no: 0, abstain: 0, notVoted: 0 };
  for (const ch of Object.values(choices)) c[ch] += 1;
  c.notVoted = eligible.length - c.yes - c.no - c.abstain;
  return {
    id: '00000000-0000-4000-8000-000000000001',
    questionId: 'q1',
    meetingId: 'm1',
    method: 'recorded',
    rule: 'two-thirds-present-voting',
    status: 'open',
    openedAt: '2026-03-02T09:00:00.000Z',
    closedAt: null,
    version: Object.keys(choices).length,
    eligible,
    counts: c,
    votes: choices,
    voted: null,
    rollCall: null,
    result: null,
    ...over,
  };
}

export function liveSnapshot(over: Partial<LiveSnapshot> = {}): LiveSnapshot {
  return { meeting: MEETING, quorum: QUORUM, question: QUESTION, vote: voteSnapshot(), ...over };
}
