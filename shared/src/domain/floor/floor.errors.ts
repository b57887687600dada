import type { DomainError, Result } from '../errors';
import type { Reason } from '../reasons/reasons';

/** Codes the floor's rules emit. Conflicts (a request already made, a question already decided) are 409; rule refusals 422. */
export type FloorErrorCode =
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'INVALID_TRANSITION'
  | 'VOTE_OPEN'
  | 'NOT_DECIDED'
  | 'LIST_NOT_OPEN'
  | 'LIST_CLOSED'
  | 'ALREADY_REQUESTED'
  | 'NOT_ON_LIST'
  | 'INTERVENTION_LIMIT'
  | 'LIST_EMPTY'
  | 'NO_SPEECH'
  | 'POINT_OF_ORDER_PENDING'
  | 'MOTION_PENDING'
  | 'DEBATE_NOT_OPEN'
  | 'OBSERVER_NOT_PERMITTED'
  | 'NOT_THE_MOVER'
  | 'NOT_RULED'
  | 'ALREADY_DECIDED'
  | 'OUT_OF_PRECEDENCE'
  | 'NOT_DEBATABLE'
  | 'MOTION_SPEAKERS_FULL'
  | 'OBJECTION_RAISED'
  | 'INVALID_DIVISION'
  | 'INVALID_ORDER'
  | 'OUT_OF_SEQUENCE'
  | 'SPONSOR_CANNOT_EXPLAIN'
  | 'EXPLANATIONS_NOT_OPEN'
  | 'REPLY_LIMIT'
  | 'REPLIES_AT_END';

/** The rule each refusal names: DOMAIN.md's section and the UN model rule it follows (A/520/Rev.20). */
export const FLOOR_RULES = {
  speakers: 'list of speakers: DOMAIN.md §7; GA rule 68',
  timeLimit: 'time limit and number of interventions: DOMAIN.md §7; GA rule 72',
  listClosure: 'closing the list of speakers: DOMAIN.md §7; GA rule 73',
  pointOfOrder: 'point of order: DOMAIN.md §5, §7; GA rule 71',
  procedureOrSubstance: 'procedure or substance: DOMAIN.md §7',
  conductOfVote: 'conduct during voting: DOMAIN.md §5, §7; GA rule 88',
  precedence: 'order of procedural motions: DOMAIN.md §5, §7; GA rule 77',
  motionSpeakers: 'speakers on a procedural motion: DOMAIN.md §7; GA rules 74-76',
  observers: 'observers speak, never vote or move: DOMAIN.md §2',
  withdrawal: 'withdrawal of motions: GA rule 80',
  amendments: 'voting on amendments: DOMAIN.md §5, §7; GA rule 90',
  proposals: 'several proposals on one question: DOMAIN.md §7; GA rule 91',
  division: 'division of proposals: DOMAIN.md §7; GA rule 89',
  reconsideration: 'reconsideration of proposals: DOMAIN.md §7; GA rule 81',
  explanation: 'explanations of vote: DOMAIN.md §7; GA rule 88 and annex V',
  reply: 'right of reply: DOMAIN.md §7; GA rule 73 and annex V',
} as const;
export type FloorRule = keyof typeof FLOOR_RULES;

/**
 * A refusal that names its rule, with the same sentence as data (`reason`), rendered in the reader's
 * language; English keeps `message` with its particulars (ids). The rule: "The list of speakers is closed ... (closing the list of speakers: DOMAIN.md §7; GA rule 73)". */
export function floorFail<T = never>(
  code: FloorErrorCode,
  rule: FloorRule,
  message: string,
  field: string | undefined,
  reason: Reason,
): Result<T> {
  const text = `${message} (${FLOOR_RULES[rule]})`;
  const error: DomainError = field === undefined ? { code, message: text } : { code, message: text, field };
  error.reason = reason;
  return { ok: false, error };
}
