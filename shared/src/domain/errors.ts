import type { ServerErrorCode } from '../contracts/errors';
import type { Reason } from './reasons/reasons';

/**
 * Rules report a broken rule as data, so the server's error filter and the client's forms can map
 * the `code` without parsing messages.
 */
export type DomainError = {
  code: ServerErrorCode;
  message: string;
  field?: string;
  /** The refusal as data, rendered in the reader's language (shared/src/i18n); `message` is its English. */
  reason?: Reason;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/** Codes the domain rules emit; the server's error filter can map each to a status. */
export type DomainErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_INSTRUMENT_TYPE'
  | 'INVALID_TALLY'
  | 'INVALID_COUNT'
  | 'INVALID_RULES_OF_PROCEDURE'
  | 'DATE_BEFORE_SIGNATURE'
  | 'DATE_IN_FUTURE'
  | 'ALREADY_PARTY'
  | 'INSTRUMENT_PENDING'
  | 'LATER_INSTRUMENT_EXISTS'
  | 'SUCCESSION_DATE_NOT_ALLOWED'
  | 'SUCCESSION_DATE_AFTER_DEPOSIT'
  | 'NOT_A_PARTY'
  | 'ALREADY_WITHDRAWING'
  | 'NO_WITHDRAWAL'
  | 'NO_ARMED_CONFLICT_CONDITION'
  | 'DATE_BEFORE_WITHDRAWAL'
  | 'RULE_BELOW_REQUIRED'
  | 'RULE_FIXED_BY_CONVENTION'
  | 'CONVENTION_RULE_NOT_CONFIGURABLE';

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: DomainErrorCode,
  message: string,
  field?: string,
  reason?: Reason,
): Result<T> {
  const error: DomainError = field === undefined ? { code, message } : { code, message, field };
  if (reason) error.reason = reason;
  return { ok: false, error };
}

/**
 * Thrown only when a caller breaks a function's precondition (a malformed date, a negative count):
 * input from people is checked first with the `validate*` functions, which return a Result instead.
 * It carries the same shape as DomainError so one error filter handles both.
 */
export class DomainRuleError extends Error implements DomainError {
  readonly code: DomainErrorCode;
  readonly field?: string;
  readonly reason?: Reason;

  constructor(code: DomainErrorCode, message: string, field?: string, reason?: Reason) {
    super(message);
    this.name = 'DomainRuleError';
    this.code = code;
    if (field !== undefined) this.field = field;
    if (reason !== undefined) this.reason = reason;
  }

  toDomainError(): DomainError {
    const error: DomainError =
      this.field === undefined
        ? { code: this.code, message: this.message }
        : { code: this.code, message: this.message, field: this.field };
    if (this.reason) error.reason = this.reason;
    return error;
  }
}
