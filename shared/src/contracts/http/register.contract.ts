import { z } from 'zod';
import { ReasonSchema } from '../reason.contract';
import { Iso3Schema, IsoDateSchema } from './common.contract';

export const InstrumentTypeSchema = z.enum([
  'ratification',
  'acceptance',
  'approval',
  'accession',
  'succession',
]);

export const OnDateQuerySchema = z.object({ on: IsoDateSchema.optional() });

export const PartyStatusSchema = z.enum(['party', 'pending', 'withdrawn', 'non-party']);

export const InstrumentViewSchema = z.object({
  id: z.number().int(),
  type: InstrumentTypeSchema,
  depositDate: IsoDateSchema,
  successionEffectiveDate: IsoDateSchema.nullable(),
  entryIntoForce: IsoDateSchema,
});

export const WithdrawalViewSchema = z.object({
  receivedDate: IsoDateSchema,
  armedConflict: z.boolean(),
  conflictEndedOn: IsoDateSchema.nullable(),
  effectiveDate: IsoDateSchema.nullable(),
});

export const StateViewSchema = z.object({
  iso3: Iso3Schema,
  name: z.string(),
  regionalGroup: z.string().nullable(),
  status: PartyStatusSchema,
  /** Date the Convention entered into force for the State, if it has. */
  partySince: IsoDateSchema.nullable(),
  instruments: z.array(InstrumentViewSchema),
  withdrawal: WithdrawalViewSchema.nullable(),
});
export type StateView = z.infer<typeof StateViewSchema>;

export const StatesResponseSchema = z.object({
  date: IsoDateSchema,
  count: z.number().int(),
  states: z.array(StateViewSchema),
});
export type StatesResponse = z.infer<typeof StatesResponseSchema>;

/** A figure and its explanation: English as the rule words it, and as data (`reason`) for any language. */
export const ThresholdSchema = z.object({
  required: z.number().int(),
  explanation: z.string(),
  reason: ReasonSchema.optional(),
});

export const RegisterSummarySchema = z.object({
  date: IsoDateSchema,
  count: z.number().int(),
  byRegionalGroup: z.array(z.object({ group: z.string(), count: z.number().int() })),
  quorumSpecialMeeting: ThresholdSchema,
  oneThirdToConvene: ThresholdSchema,
  majorityOfParties: ThresholdSchema,
  openingQuorumMsp: ThresholdSchema,
  decisionQuorumMsp: ThresholdSchema,
});
export type RegisterSummary = z.infer<typeof RegisterSummarySchema>;

export const CreateStateBodySchema = z.object({
  iso3: Iso3Schema,
  name: z.string().trim().min(2, 'must have at least 2 characters').max(120),
  regionalGroup: z.string().trim().min(1).max(60).nullable().default(null),
  signatureDate: IsoDateSchema.nullable().default(null),
});
export type CreateStateBody = z.infer<typeof CreateStateBodySchema>;

export const RecordInstrumentBodySchema = z
  .object({
    type: InstrumentTypeSchema,
    depositDate: IsoDateSchema,
    successionEffectiveDate: IsoDateSchema.nullable().default(null),
  })
  .refine((b) => b.type === 'succession' || b.successionEffectiveDate === null, {
    message: 'is only given for a succession',
    path: ['successionEffectiveDate'],
  });
export type RecordInstrumentBody = z.infer<typeof RecordInstrumentBodySchema>;

export const RecordWithdrawalBodySchema = z.object({
  receivedDate: IsoDateSchema,
  armedConflict: z.boolean().default(false),
});
export type RecordWithdrawalBody = z.infer<typeof RecordWithdrawalBodySchema>;

export const RecordConflictEndBodySchema = z.object({ endedOn: IsoDateSchema });
export type RecordConflictEndBody = z.infer<typeof RecordConflictEndBodySchema>;
