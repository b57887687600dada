import { HttpStatus } from '@nestjs/common';

/** Domain error codes and the HTTP status each maps to; unknown codes are rule violations (422). */
const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  UNKNOWN_STATE: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  ALREADY_EXISTS: HttpStatus.CONFLICT,
  QUESTION_ACTIVE: HttpStatus.CONFLICT,
};

export function statusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? HttpStatus.UNPROCESSABLE_ENTITY;
}

export class DomainException extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly status: number = statusForCode(code),
    readonly issues?: { field: string; message: string }[],
  ) {
    super(message);
  }

  static fromError(e: { code: string; message: string; field?: string }): DomainException {
    return new DomainException(e.code, e.message, e.field);
  }
}

export const notFound = (what: string, field?: string) => new DomainException('NOT_FOUND', `${what} not found`, field);
