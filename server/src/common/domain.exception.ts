import { HttpStatus } from '@nestjs/common';
import type { DomainError, Reason, Result, ServerErrorCode } from '@plenary/shared';

/**
 * Every server error code and its HTTP status. A Record over the shared union: a code added to
 * the union without a status here does not compile. Rule violations are 422.
 */
const STATUS_BY_CODE: Record<ServerErrorCode, number> = {
  VALIDATION: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  UNKNOWN_STATE: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  ALREADY_EXISTS: HttpStatus.CONFLICT,
  QUESTION_ACTIVE: HttpStatus.CONFLICT,
  HTTP_ERROR: HttpStatus.BAD_REQUEST,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
  DATABASE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  TRY_AGAIN: HttpStatus.SERVICE_UNAVAILABLE,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  LINK_USED: HttpStatus.GONE,
  LINK_EXPIRED: HttpStatus.GONE,
  CROSS_SITE_REQUEST: HttpStatus.FORBIDDEN,
  INVALID_DATE: 422,
  INVALID_INSTRUMENT_TYPE: 422,
  INVALID_TALLY: 422,
  INVALID_COUNT: 422,
  INVALID_RULES_OF_PROCEDURE: 422,
  DATE_BEFORE_SIGNATURE: 422,
  DATE_IN_FUTURE: 422,
  ALREADY_PARTY: 422,
  INSTRUMENT_PENDING: 422,
  LATER_INSTRUMENT_EXISTS: 422,
  SUCCESSION_DATE_NOT_ALLOWED: 422,
  SUCCESSION_DATE_AFTER_DEPOSIT: 422,
  NOT_A_PARTY: 422,
  ALREADY_WITHDRAWING: 422,
  NO_WITHDRAWAL: 422,
  NO_ARMED_CONFLICT_CONDITION: 422,
  DATE_BEFORE_WITHDRAWAL: 422,
  RULE_BELOW_REQUIRED: 422,
  RULE_FIXED_BY_CONVENTION: 422,
  CONVENTION_RULE_NOT_CONFIGURABLE: 422,
  MEETING_NOT_OPEN: 422,
  NO_DECISIONS: 422,
  QUESTION_NOT_PENDING: 422,
  QUORUM_NOT_MET: 422,
  INVALID_TRANSITION: 422,
  RULES_FIXED: 422,
  VOTE_OPEN: 422,
  VOTE_CLOSED: 422,
  NOT_ELIGIBLE: 422,
  NOT_DEVICE_VOTE: 422,
  ALREADY_VOTED: 422,
  OP_ID_REUSED: 422,
  STALE_CAST: HttpStatus.CONFLICT,
  COUNTS_EXCEED_PRESENT: 422,
  NOT_A_STATE: 422,
  BEFORE_PERIOD: 422,
  PERIOD_ENDED: 422,
  INVALID_STATES: 422,
  INVALID_EXTENSION: 422,
  RENEWAL_NEEDS_PREVIOUS: 422,
  TOO_MANY_EXPERTS: 422,
  NO_EXPERTS: 422,
  EXCLUDED_NATIONALITY: 422,
  REVIEW_CONFERENCE_TOO_EARLY: 422,
  CONVENE_DATE: 422,
  THRESHOLD_NOT_MET: 422,
  NO_NEXT_MEETING: 422,
  NOT_CONVENED: 422,
  ALREADY_CONVENED: 422,
  NOT_LAPSED: 422,
  NOT_ADOPTED: 422,
  NOT_DECIDED: 422,
  NOT_AUTHORIZED: 422,
  WRONG_QUESTION: 422,
  DEADLINE_MISMATCH: 422,
  // The floor: a request already made or a question already decided is a conflict; the rest are rule refusals.
  ALREADY_REQUESTED: HttpStatus.CONFLICT,
  ALREADY_DECIDED: HttpStatus.CONFLICT,
  LIST_NOT_OPEN: 422,
  LIST_CLOSED: 422,
  NOT_ON_LIST: 422,
  INTERVENTION_LIMIT: 422,
  LIST_EMPTY: 422,
  NO_SPEECH: 422,
  POINT_OF_ORDER_PENDING: 422,
  MOTION_PENDING: 422,
  DEBATE_NOT_OPEN: 422,
  OBSERVER_NOT_PERMITTED: 422,
  NOT_THE_MOVER: 422,
  NOT_RULED: 422,
  OUT_OF_PRECEDENCE: 422,
  NOT_DEBATABLE: 422,
  MOTION_SPEAKERS_FULL: 422,
  OBJECTION_RAISED: 422,
  INVALID_DIVISION: 422,
  INVALID_ORDER: 422,
  OUT_OF_SEQUENCE: 422,
  SPONSOR_CANNOT_EXPLAIN: 422,
  EXPLANATIONS_NOT_OPEN: 422,
  REPLY_LIMIT: 422,
  REPLIES_AT_END: 422,
  INVALID_PLACES: 422,
  NO_CANDIDATES: 422,
  DUPLICATE_CANDIDATE: 422,
  UNKNOWN_CANDIDATE: 422,
  INVALID_WITHDRAWAL: 422,
  CANDIDATE_NOT_STANDING: 422,
  ELECTION_COMPLETE: 422,
  ELECTION_HISTORY_MISMATCH: 422,
  NOT_ON_BALLOT: 422,
  DUPLICATE_MARK: 422,
  INVALID_LOT_SEED: 422,
  LOT_PENDING: 422,
  ACCLAMATION_NOT_AVAILABLE: 422,
  INVALID_TERM: 422,
  TERM_OVERLAP: 422,
  COMMITTEE_FULL: 422,
  CHAIR_NOT_SECOND_YEAR: 422,
  CHAIR_IS_PRESIDENT: 422,
  CONVENING_PROCEDURE_REQUIRED: 422,
  ROLL_CALL_BY_SECRETARIAT: HttpStatus.CONFLICT,
  ROLL_CALL_OUT_OF_TURN: HttpStatus.CONFLICT,
  ROLL_CALL_NOT_FINISHED: HttpStatus.CONFLICT,
  NOT_ROLL_CALL: HttpStatus.CONFLICT,
  PDF_UNAVAILABLE: 503,
  NOT_A_RECORDED_VOTE: 422,
  CONCLUSIONS_COMMITTEE_ONLY: 422,
};

export function statusForCode(code: ServerErrorCode): number {
  return STATUS_BY_CODE[code];
}

export class DomainException extends Error {
  constructor(
    readonly code: ServerErrorCode,
    message: string,
    readonly field?: string,
    readonly status: number = statusForCode(code),
    readonly issues?: { field: string; message: string }[],
    /** The refusal as data (a shared rule's reason): the error filter renders it in the request's language. */
    readonly reason?: Reason,
  ) {
    super(message);
  }

  static fromError(e: DomainError): DomainException {
    return new DomainException(e.code, e.message, e.field, undefined, undefined, e.reason);
  }

  /** The refusal as data, to keep (a screen renders it in its reader's language with `renderError`). */
  facts(): { code: ServerErrorCode; message: string; field?: string } {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export const notFound = (what: string, field?: string) =>
  new DomainException('NOT_FOUND', `${what} not found`, field);

/** A rule's refusal becomes the error answered to the client; nothing has been written yet. */
export function orThrow<T>(r: Result<T>): T {
  if (!r.ok) throw DomainException.fromError(r.error);
  return r.value;
}
