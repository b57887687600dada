import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import {
  DomainRuleError,
  type Language,
  negotiateLanguage,
  type Reason,
  renderError,
  resolveLanguage,
  type ServerErrorCode,
} from '@plenary/shared';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-errors';
import { DomainException, statusForCode } from './domain.exception';
import { isRetryable } from './transaction';
import { ValidationException } from './zod.pipe';

type ApiErrorBody = {
  statusCode: number;
  code: ServerErrorCode;
  message: string;
  field?: string;
  issues?: { field: string; message: string }[];
};

/**
 * The language a client asks for: `?lang=` (one of the six) when given, else the best of its
 * Accept-Language, else English. Socket handshakes give the same two (`auth.lang` or `query.lang`,
 * and the header).
 */
export function languageOf(lang: unknown, acceptLanguage: unknown): Language {
  if (typeof lang === 'string') {
    const asked = resolveLanguage(lang);
    if (!asked.fallback && asked.requested !== null) return asked.language;
  }
  return negotiateLanguage(typeof acceptLanguage === 'string' ? acceptLanguage : null).language;
}

export function requestLanguage(req: Pick<Request, 'query' | 'headers'>): Language {
  const query = req.query as Record<string, unknown> | undefined;
  return languageOf(query?.lang, req.headers['accept-language']);
}

/**
 * The one place errors become HTTP answers (and socket acks). In English the message is the one
 * written where the error arose, with its particulars; in another language it is rendered from the
 * error's data (shared/src/i18n/errors.ts): the rule's reason with its facts when it has one, else
 * the code's sentence, and the field at fault. `code`, `field` and `issues` never change.
 */
export function toApiError(e: unknown, lang: Language = 'en'): ApiErrorBody {
  const body = englishApiError(e);
  if (lang === 'en') return body;
  const reason: Reason | undefined =
    e instanceof DomainException || e instanceof DomainRuleError ? e.reason : undefined;
  const localIssues = e instanceof ValidationException ? (e.issuesIn(lang) ?? undefined) : undefined;
  return { ...body, message: renderError(lang, { code: body.code, field: body.field, reason, localIssues }) };
}

function englishApiError(e: unknown): ApiErrorBody {
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
    const body = toApiError(exception, requestLanguage(host.switchToHttp().getRequest<Request>()));
    // An outage is expected and retried by the clients: a warning without a stack, not an error.
    if (body.code === 'DATABASE_UNAVAILABLE') this.logger.warn(`database unavailable: ${String(exception)}`);
    // A stated refusal (PDF_UNAVAILABLE, TRY_AGAIN): expected, one line, no stack.
    else if (body.statusCode >= 500 && exception instanceof DomainException)
      this.logger.warn(`${body.code} (${body.statusCode}): ${body.message}`);
    else if (body.statusCode >= 500) this.logger.error(exception);
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }
}
