/**
 * Every error code the server can answer with, and the client's own transport codes. One union,
 * shared: the server maps each server code to an HTTP status exhaustively (a new code without a
 * status does not compile), and the client can switch over the same names.
 */
export const SERVER_ERROR_CODES = [
  // Request shape and access
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ALREADY_EXISTS',
  'HTTP_ERROR',
  'INTERNAL',
  'DATABASE_UNAVAILABLE',
  // Sign-in and the web edge
  'RATE_LIMITED',
  'LINK_USED',
  'LINK_EXPIRED',
  'CROSS_SITE_REQUEST',
  // Register and membership rules (Art. 17, 20)
  'UNKNOWN_STATE',
  'INVALID_DATE',
  'INVALID_INSTRUMENT_TYPE',
  'INVALID_TALLY',
  'INVALID_COUNT',
  'INVALID_RULES_OF_PROCEDURE',
  'DATE_BEFORE_SIGNATURE',
  'DATE_IN_FUTURE',
  'ALREADY_PARTY',
  'INSTRUMENT_PENDING',
  'LATER_INSTRUMENT_EXISTS',
  'SUCCESSION_DATE_NOT_ALLOWED',
  'SUCCESSION_DATE_AFTER_DEPOSIT',
  'NOT_A_PARTY',
  'ALREADY_WITHDRAWING',
  'NO_WITHDRAWAL',
  'NO_ARMED_CONFLICT_CONDITION',
  'DATE_BEFORE_WITHDRAWAL',
  // Questions and rules
  'RULE_BELOW_REQUIRED',
  'RULE_FIXED_BY_CONVENTION',
  'CONVENTION_RULE_NOT_CONFIGURABLE',
  // Meetings, delegations, votes
  'MEETING_NOT_OPEN',
  'NO_DECISIONS',
  'QUESTION_ACTIVE',
  'QUESTION_NOT_PENDING',
  'QUORUM_NOT_MET',
  'INVALID_TRANSITION',
  'RULES_FIXED',
  'VOTE_OPEN',
  'VOTE_CLOSED',
  'NOT_ELIGIBLE',
  'NOT_DEVICE_VOTE',
  'ALREADY_VOTED',
  'OP_ID_REUSED',
  'COUNTS_EXCEED_PRESENT',
  'NOT_A_STATE',
  // Convening procedures (Art. 5, 8, 12, 13)
  'BEFORE_PERIOD',
  'PERIOD_ENDED',
  'INVALID_STATES',
  'INVALID_EXTENSION',
  'RENEWAL_NEEDS_PREVIOUS',
  'TOO_MANY_EXPERTS',
  'NO_EXPERTS',
  'EXCLUDED_NATIONALITY',
  'REVIEW_CONFERENCE_TOO_EARLY',
  'CONVENE_DATE',
  'THRESHOLD_NOT_MET',
  'NO_NEXT_MEETING',
  'NOT_CONVENED',
  'ALREADY_CONVENED',
  'NOT_LAPSED',
  'NOT_ADOPTED',
  'NOT_DECIDED',
  'NOT_AUTHORIZED',
  'WRONG_QUESTION',
  'DEADLINE_MISMATCH',
] as const;
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];

/** Failures the client produces itself: no network, no answer in time, an answer it cannot read, its own fault. */
export const CLIENT_ERROR_CODES = ['NETWORK', 'TIMEOUT', 'BAD_RESPONSE', 'CLIENT'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export type ErrorCode = ServerErrorCode | ClientErrorCode;

const SERVER_CODES: ReadonlySet<string> = new Set(SERVER_ERROR_CODES);
export const isServerErrorCode = (code: string): code is ServerErrorCode => SERVER_CODES.has(code);
