import type { DomainError, Result } from '../errors';

/** Codes the election rules emit; all are rule refusals (422) except UNKNOWN_STATE (404). */
export type ElectionErrorCode =
  | 'INVALID_PLACES'
  | 'NO_CANDIDATES'
  | 'DUPLICATE_CANDIDATE'
  | 'UNKNOWN_CANDIDATE'
  | 'UNKNOWN_STATE'
  | 'NOT_A_PARTY'
  | 'INVALID_WITHDRAWAL'
  | 'CANDIDATE_NOT_STANDING'
  | 'ELECTION_COMPLETE'
  | 'ELECTION_HISTORY_MISMATCH'
  | 'INVALID_TALLY'
  | 'NOT_ON_BALLOT'
  | 'DUPLICATE_MARK'
  | 'INVALID_LOT_SEED'
  | 'LOT_PENDING'
  | 'ACCLAMATION_NOT_AVAILABLE';

export function electionFail<T = never>(code: ElectionErrorCode, message: string, field?: string): Result<T> {
  const error: DomainError = field === undefined ? { code, message } : { code, message, field };
  return { ok: false, error };
}
