import type { DomainError, Result } from '../errors';
import type { Reason } from '../reasons/reasons';

/** Codes the convening rules emit; the server maps ALREADY_EXISTS and UNKNOWN_STATE, the rest are 422. */
export type ConveningErrorCode =
  | 'UNKNOWN_STATE'
  | 'DATE_IN_FUTURE'
  | 'BEFORE_PERIOD'
  | 'PERIOD_ENDED'
  | 'ALREADY_EXISTS'
  | 'NOT_A_PARTY'
  | 'INVALID_STATES'
  | 'INVALID_EXTENSION'
  | 'RENEWAL_NEEDS_PREVIOUS'
  | 'TOO_MANY_EXPERTS'
  | 'NO_EXPERTS'
  | 'EXCLUDED_NATIONALITY'
  | 'REVIEW_CONFERENCE_TOO_EARLY'
  | 'CONVENE_DATE'
  | 'CONVENING_PROCEDURE_REQUIRED';

export function conveningFail<T = never>(
  code: ConveningErrorCode,
  message: string,
  field?: string,
  reason?: Reason,
): Result<T> {
  const error: DomainError = field === undefined ? { code, message } : { code, message, field };
  if (reason) error.reason = reason;
  return { ok: false, error };
}
