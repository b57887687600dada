import { z } from 'zod';
import { ReasonSchema } from '../reason.contract';
import { Iso3Schema, IsoDateSchema, UuidSchema } from './common.contract';
import { MeetingTimeZoneSchema } from './time-zone.contract';
import { MatterSchema, MeetingViewSchema, VotingRuleSchema } from './plenary.contract';

// ---- Shared pieces ----------------------------------------------------------------------------
const text = (max: number) => z.string().trim().min(3, 'must have at least 3 characters').max(max);
const states = z.array(Iso3Schema).min(1, 'needs at least one State').max(200);

export const DeadlineViewSchema = z.object({
  lastDay: IsoDateSchema,
  daysRemaining: z.number().int(),
  passed: z.boolean(),
  /** English; `reason` is the same as data (deadline.*), rendered in the reader's language. */
  explanation: z.string(),
  reason: ReasonSchema.optional(),
});
export type DeadlineViewDto = z.infer<typeof DeadlineViewSchema>;

export const CountProgressSchema = z.object({
  rule: z.enum(['majority-of-parties', 'one-third-of-parties']),
  countedOn: IsoDateSchema,
  count: z.number().int(),
  parties: z.number().int(),
  required: z.number().int(),
  met: z.boolean(),
  metOn: IsoDateSchema.nullable(),
  explanation: z.string(),
  /** count.* or progress.*: the explanation as data. */
  reason: ReasonSchema.optional(),
});
export type CountProgressView = z.infer<typeof CountProgressSchema>;

export const StateActSchema = z.object({
  iso3: z.string(),
  name: z.string(),
  date: IsoDateSchema,
  enteredBy: z.enum(['secretariat', 'delegation']),
});
export type StateAct = z.infer<typeof StateActSchema>;

/** Secretariat: names the State and the date. A signed-in delegation: its own State, today (both may be omitted). */
export const IndicationBodySchema = z.object({
  stateIso3: Iso3Schema.optional(),
  date: IsoDateSchema.optional(),
});
export type IndicationBody = z.infer<typeof IndicationBodySchema>;

export const ConveningPhaseSchema = z.enum(['collecting', 'met', 'lapsed', 'convened']);

/** Which matters a Special Meeting decides and by which rule (Art. 8.6, 8.8, 8.20). */
export const Art8MatterSchema = z.object({
  matter: MatterSchema,
  label: z.string(),
  rule: VotingRuleSchema,
  source: z.string(),
  consensusFirst: z.boolean(),
});

// ---- Requests for Clarification (Art. 8.2) ----------------------------------------------------
export const CreateClarificationBodySchema = z.object({
  requestingStates: states,
  requestedState: Iso3Schema,
  submittedOn: IsoDateSchema,
  /** Date the requested State received it, through the Secretary-General; defaults to submittedOn. */
  receivedOn: IsoDateSchema.optional(),
  information: text(20000),
});
export type CreateClarificationBody = z.infer<typeof CreateClarificationBodySchema>;
export const ClarificationResponseBodySchema = z.object({ receivedOn: IsoDateSchema, text: text(20000) });
export type ClarificationResponseBody = z.infer<typeof ClarificationResponseBodySchema>;

export const ClarificationViewSchema = z.object({
  id: z.string(),
  requestingStates: z.array(z.string()),
  requestedState: z.string(),
  submittedOn: IsoDateSchema,
  receivedOn: IsoDateSchema,
  information: z.string(),
  responseDue: DeadlineViewSchema,
  response: z.object({ receivedOn: IsoDateSchema, text: z.string(), inTime: z.boolean() }).nullable(),
});
export type ClarificationView = z.infer<typeof ClarificationViewSchema>;

// ---- Special Meetings (Art. 8.3-8.5) ----------------------------------------------------------
export const CreateSpecialMeetingProposalBodySchema = z.object({
  clarificationId: UuidSchema.nullable().default(null),
  requestingStates: states,
  matter: text(20000),
  /** Date the Secretary-General communicated the proposal to all States Parties. */
  communicatedOn: IsoDateSchema,
});
export type CreateSpecialMeetingProposalBody = z.infer<typeof CreateSpecialMeetingProposalBodySchema>;

export const ConveneSpecialMeetingBodySchema = z
  .object({
    title: z.string().trim().min(3).max(200).optional(),
    venue: z.string().trim().min(2).max(200).default('Geneva'),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    timeZone: MeetingTimeZoneSchema,
  })
  .refine((b) => b.endDate >= b.startDate, { message: 'must not be before startDate', path: ['endDate'] });
export type ConveneSpecialMeetingBody = z.infer<typeof ConveneSpecialMeetingBodySchema>;

export const ExpertSchema = z.object({ name: z.string().trim().min(2).max(200), nationality: Iso3Schema });
export const CreateFactFindingMissionBodySchema = z.object({
  /** The adopted question (matter art8-fact-finding) by which the meeting authorized the mission. */
  questionId: UuidSchema,
  mandate: text(20000),
  experts: z.array(ExpertSchema).max(50),
  /** States directly affected besides the requested State, whose nationals cannot be appointed. */
  directlyAffected: z.array(Iso3Schema).max(200).default([]),
});
export type CreateFactFindingMissionBody = z.infer<typeof CreateFactFindingMissionBodySchema>;
export const FactFindingMissionViewSchema = z.object({
  id: z.string(),
  questionId: z.string(),
  mandate: z.string(),
  experts: z.array(ExpertSchema),
  excludedNationalities: z.array(z.string()),
});
export type FactFindingMissionView = z.infer<typeof FactFindingMissionViewSchema>;

export const SpecialMeetingProposalViewSchema = z.object({
  id: z.string(),
  clarificationId: z.string().nullable(),
  requestingStates: z.array(z.string()),
  matter: z.string(),
  communicatedOn: IsoDateSchema,
  favourBy: DeadlineViewSchema,
  conveneBy: DeadlineViewSchema,
  phase: ConveningPhaseSchema,
  progress: CountProgressSchema,
  favouring: z.array(StateActSchema),
  meetingId: z.string().nullable(),
  /** Set once the lapse is recorded, with the final count. */
  lapsed: z
    .object({
      count: z.number().int(),
      parties: z.number().int(),
      required: z.number().int(),
      explanation: z.string(),
      reason: ReasonSchema.optional(),
    })
    .nullable(),
  missions: z.array(FactFindingMissionViewSchema),
  decisions: z.array(Art8MatterSchema),
});
export type SpecialMeetingProposalView = z.infer<typeof SpecialMeetingProposalViewSchema>;

export const ConvenedMeetingSchema = z.object({
  proposal: SpecialMeetingProposalViewSchema,
  meeting: MeetingViewSchema,
  quorum: z.object({
    date: IsoDateSchema,
    parties: z.number().int(),
    required: z.number().int(),
    explanation: z.string(),
    reason: ReasonSchema.optional(),
  }),
});
export type ConvenedMeeting = z.infer<typeof ConvenedMeetingSchema>;

// ---- Amendments (Art. 13) ---------------------------------------------------------------------
export const CreateAmendmentBodySchema = z.object({
  proposedBy: Iso3Schema,
  text: text(50000),
  circulatedOn: IsoDateSchema,
});
export type CreateAmendmentBody = z.infer<typeof CreateAmendmentBodySchema>;
export const ScheduleAmendmentConferenceBodySchema = z.object({
  title: z.string().trim().min(3).max(200).optional(),
  venue: z.string().trim().min(2).max(200).optional(),
  /** Only when a majority requested an earlier conference; otherwise the day after the next MSP or Review Conference. */
  startDate: IsoDateSchema.optional(),
  days: z.number().int().min(1).max(30).default(1),
});
export type ScheduleAmendmentConferenceBody = z.infer<typeof ScheduleAmendmentConferenceBodySchema>;
export const AmendmentAdoptionBodySchema = z.object({ questionId: UuidSchema });
export const AcceptanceBodySchema = z.object({ stateIso3: Iso3Schema, date: IsoDateSchema });
export type AcceptanceBody = z.infer<typeof AcceptanceBodySchema>;

export const AmendmentViewSchema = z.object({
  id: z.string(),
  proposedBy: z.string(),
  text: z.string(),
  circulatedOn: IsoDateSchema,
  supportBy: DeadlineViewSchema,
  phase: ConveningPhaseSchema,
  support: CountProgressSchema,
  supporters: z.array(StateActSchema),
  earlierRequest: CountProgressSchema,
  earlierRequesters: z.array(StateActSchema),
  conferenceMeetingId: z.string().nullable(),
  adoption: z.object({ questionId: z.string(), adoptedOn: IsoDateSchema }).nullable(),
  acceptances: z.array(StateActSchema),
  entryIntoForce: IsoDateSchema.nullable(),
});
export type AmendmentView = z.infer<typeof AmendmentViewSchema>;

export const BoundViewSchema = z.object({
  on: IsoDateSchema,
  entryIntoForce: IsoDateSchema.nullable(),
  acceptances: CountProgressSchema,
  bound: z.array(z.object({ iso3: z.string(), name: z.string(), since: IsoDateSchema })),
});
export type BoundView = z.infer<typeof BoundViewSchema>;

// ---- Article 5 extension requests -------------------------------------------------------------
export const CreateExtensionRequestBodySchema = z
  .object({
    stateIso3: Iso3Schema,
    submittedOn: IsoDateSchema,
    currentDeadline: IsoDateSchema,
    years: z.number().int('must be whole years').min(1).max(10, 'may not exceed ten years (Art. 5.3)'),
    /** Art. 5.4: duration and reasons, preparatory work, circumstances, implications. */
    contents: text(50000),
    renewal: z.boolean().default(false),
    /** Art. 5.6: a renewal reports what was done under the previous extension. */
    previousExtension: z.string().trim().min(3).max(50000).nullable().default(null),
  })
  .refine((b) => !b.renewal || b.previousExtension !== null, {
    message: 'is required for a renewal (Art. 5.6)',
    path: ['previousExtension'],
  });
export type CreateExtensionRequestBody = z.infer<typeof CreateExtensionRequestBodySchema>;
export const ExtensionDecisionBodySchema = z
  .object({ questionId: UuidSchema.optional(), adopted: z.boolean().optional() })
  .refine((b) => (b.questionId === undefined) !== (b.adopted === undefined), {
    message: 'give either questionId or adopted',
    path: ['questionId'],
  });
export type ExtensionDecisionBody = z.infer<typeof ExtensionDecisionBodySchema>;

export const ExtensionRequestViewSchema = z.object({
  id: z.string(),
  stateIso3: z.string(),
  stateName: z.string(),
  submittedOn: IsoDateSchema,
  currentDeadline: IsoDateSchema,
  years: z.number().int(),
  requestedDeadline: IsoDateSchema,
  contents: z.string(),
  renewal: z.boolean(),
  previousExtension: z.string().nullable(),
  meetingId: z.string(),
  agendaItemId: z.string(),
  rule: VotingRuleSchema,
  status: z.enum(['pending', 'granted', 'refused']),
  decidedOn: IsoDateSchema.nullable(),
});
export type ExtensionRequestView = z.infer<typeof ExtensionRequestViewSchema>;
export const ClearanceDeadlineViewSchema = z.object({
  iso3: z.string(),
  deadline: DeadlineViewSchema,
  extensionRequestId: z.string().nullable(),
});
export type ClearanceDeadlineView = z.infer<typeof ClearanceDeadlineViewSchema>;

// ---- Review Conferences (Art. 12) -------------------------------------------------------------
export const CreateReviewConferenceBodySchema = z
  .object({
    requestingStates: states,
    number: z.number().int().min(1).max(99).nullable().default(null),
    title: z.string().trim().min(3).max(200),
    venue: z.string().trim().min(2).max(200),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    timeZone: MeetingTimeZoneSchema,
  })
  .refine((b) => b.endDate >= b.startDate, { message: 'must not be before startDate', path: ['endDate'] });
export type CreateReviewConferenceBody = z.infer<typeof CreateReviewConferenceBodySchema>;
export const ReviewConferenceTimingSchema = z.object({
  /** meetingId is null when the previous one is known from the history of meetings (1999-2025). */
  previous: z
    .object({ meetingId: z.string().nullable(), code: z.string().nullable(), startDate: IsoDateSchema })
    .nullable(),
  earliest: IsoDateSchema,
  explanation: z.string(),
  /** review.*: the explanation as data. */
  reason: ReasonSchema.optional(),
});
export type ReviewConferenceTiming = z.infer<typeof ReviewConferenceTimingSchema>;

// ---- Live counter -----------------------------------------------------------------------------
export const CONVENING_ROOM = 'convening';
export const CountedProcedureSchema = z.enum([
  'special-meeting',
  'amendment-support',
  'amendment-earlier',
  'amendment-acceptance',
]);
export type ConveningCounted = {
  procedure: z.infer<typeof CountedProcedureSchema>;
  id: string;
  progress: CountProgressView;
};
