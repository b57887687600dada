import { z } from 'zod';
import { SERVER_ERROR_CODES } from '../errors';

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in the form YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a calendar date')
  .meta({ example: '2026-02-20', format: 'date' });

export const Iso3Schema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals, e.g. POL');

export const IdSchema = z.coerce.number().int('must be a whole number').positive('must be positive');
export const UuidSchema = z.string().uuid('must be a UUID');

/** The body of every 4xx/5xx answer, and the `error` of a failed socket ack. */
export const ApiErrorSchema = z.object({
  statusCode: z.number().int(),
  code: z.enum(SERVER_ERROR_CODES),
  message: z.string(),
  field: z.string().optional(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** The server's clock as every screen counts from it: today's calendar date in Geneva. */
export const ServerTimeSchema = z.object({
  /** Today in Geneva (YYYY-MM-DD): the day registers, periods and deadlines are counted on. */
  today: IsoDateSchema,
  /** The server's instant (ISO 8601), for the same reading of "now" on every device. */
  now: z.string(),
});
export type ServerTime = z.infer<typeof ServerTimeSchema>;
