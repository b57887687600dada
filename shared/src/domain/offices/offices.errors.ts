import type { DomainError, Result } from '../errors';

/** Codes the office rules emit; all are rule refusals (422) except UNKNOWN_STATE (404). */
export type OfficeErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_TERM'
  | 'UNKNOWN_STATE'
  | 'NOT_A_PARTY'
  | 'TERM_OVERLAP'
  | 'COMMITTEE_FULL'
  | 'CHAIR_NOT_SECOND_YEAR'
  | 'CHAIR_IS_PRESIDENT';

export function officeFail<T = never>(code: OfficeErrorCode, message: string, field?: string): Result<T> {
  const error: DomainError = field === undefined ? { code, message } : { code, message, field };
  return { ok: false, error };
}
