import type { QuestionView, VoteSnapshot } from '@plenary/shared';

const eligible = [
  { delegationId: 'd1', iso3: 'AFG', name: 'Afghanistan' },
  { delegationId: 'd2', iso3: 'AGO', name: 'Angola' },
  { delegationId: 'd3', iso3: 'BEL', name: 'Belgium' },
  { delegationId: 'd4', iso3: 'CHL', name: 'Chile' },
  { delegationId: 'd5', iso3: 'DNK', name: 'Denmark' },
];

/** A recorded two-thirds vote with five States entitled: 2 yes, 1 no, 2 not voted. */
export const vote = (over: Partial<VoteSnapshot> = {}): VoteSnapshot => ({
  id: 'v1',
  questionId: 'q1',
  meetingId: 'm1',
  method: 'recorded',
  rule: 'two-thirds-present-voting',
  status: 'open',
  openedAt: '2026-03-02T09:00:00Z',
  closedAt: null,
  version: 3,
  eligible,
  counts: null,
  votes: { AGO: 'yes', BEL: 'no', DNK: 'yes' },
  voted: null,
  rollCall: null,
  result: null,
  ...over,
});

/** The question that vote decides: a two-thirds matter, being voted on. */
export const question: QuestionView = {
  id: 'q1',
  meetingId: 'm1',
  agendaItemId: null,
  text: 'Adopt the draft decision',
  matter: 'other-substance',
  rule: 'two-thirds-present-voting',
  ruleSource: 'Rules of procedure (UN model)',
  status: 'voting',
  decidedBy: null,
  createdAt: '2026-03-02T09:00:00Z',
  decidedAt: null,
  voteId: 'v1',
};

/** The live facts the console's action reasons read: an open meeting with its decision quorum met. */
export const LIVE = {
  meeting: { status: 'open' as const },
  quorum: { present: 100, decision: { required: 81, met: true, explanation: '' } },
};
