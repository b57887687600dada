import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainRuleError, type ServerErrorCode } from '@plenary/shared';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-errors';
import { DomainException, statusForCode } from './domain.exception';
import { isRetryable } from './transaction';

/** The one place errors become HTTP answers; socket acks use `toApiError` too. */
export function toApiError(e: unknown): {
  statusCode: number;
  code: ServerErrorCode;
  message: string;
  field?: string;
  issues?: { field: string; message: string }[];
} {
  if (e instanceof DomainException) {
    return { statusCode: e.status, code: e.code, message: e.message, field: e.field, issues: e.issues };
  }
  if (e instanceof DomainRuleError) {
    return { statusCode: 422, code: e.code, message: e.message, field: e.field };
  }
  if (e instanceof HttpException) {
    const status = e.getStatus();
    const res = e.getResponse();
    const message =
      typeof res === 'string' ? res : ((res as { message?: string | string[] }).message ?? e.message);
    const code: ServerErrorCode =
      status === 404
        ? 'NOT_FOUND'
        : status === 401
          ? 'UNAUTHENTICATED'
          : status === 403
            ? 'FORBIDDEN'
            : 'HTTP_ERROR';
    return { statusCode: status, code, message: Array.isArray(message) ? message.join('; ') : message };
  }
  if (e instanceof SyntaxError && 'body' in e) {
    return { statusCode: 400, code: 'VALIDATION', message: 'Invalid body: malformed JSON', field: 'body' };
  }
  if (isDatabaseUnavailable(e)) {
    // Retryable: the pad sends the same operation again, which counts at most once.
    return {
      statusCode: statusForCode('DATABASE_UNAVAILABLE'),
      code: 'DATABASE_UNAVAILABLE',
      message: 'The database is unavailable at the moment; try again in a few seconds',
    };
  }
  const pg = e as { code?: string; constraint?: string };
  if (isRetryable(e)) {
    // A serialization failure or deadlock that escaped the retries: the same request will go through.
    return {
      statusCode: statusForCode('TRY_AGAIN'),
      code: 'TRY_AGAIN',
      message: 'The database was busy with conflicting changes: send the same request again',
    };
  }
  if (pg && typeof pg.code === 'string' && pg.code.startsWith('23')) {
    return {
      statusCode: 409,
      code: 'CONFLICT',
      message: `The change conflicts with existing data (${pg.constraint ?? pg.code})`,
    };
  }
  return { statusCode: 500, code: 'INTERNAL', message: 'Internal error' };
}

@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const body = toApiError(exception);
    // An outage is expected and retried by the clients: a warning without a stack, not an error.
    if (body.code === 'DATABASE_UNAVAILABLE') this.logger.warn(`database unavailable: ${String(exception)}`);
    // A stated refusal (PDF_UNAVAILABLE, TRY_AGAIN): expected, one line, no stack.
    else if (body.statusCode >= 500 && exception instanceof DomainException)
      this.logger.warn(`${body.code} (${body.statusCode}): ${body.message}`);
    else if (body.statusCode >= 500) this.logger.error(exception);
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }
}
