import { z } from 'zod';
import { REASON_CODES, type Reason, type ReasonCode } from '../domain/reasons/reasons';

/**
 * A reason on the wire or in a stored record entry: `{ code, params }` with JSON scalar params.
 * The per-code shape of `params` is the shared rules' (they are its only producers); this schema
 * checks the code is known and the params are plain data, so any reader can render it.
 */
export const ReasonSchema = z.object({
  code: z.enum(REASON_CODES as [ReasonCode, ...ReasonCode[]]),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
}) as unknown as z.ZodType<Reason>;
