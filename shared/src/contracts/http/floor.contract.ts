import { z } from 'zod';
import { SPEAKER_CATEGORIES, type MotionKind, type SpeakerCategory } from '../../domain/floor/floor';
import { DEFAULT_FLOOR_SETTINGS, type FloorSettings } from '../../domain/floor/floor.settings';
import { MatterSchema, VotingRuleSchema } from './plenary.contract';

// Times in milliseconds: at least a second, at most a day.
const duration = z.number().int().min(1000, 'must be at least 1 second').max(86_400_000);
const count = z.number().int().min(0).max(100);
const speakers = z.object({ for: count, against: count });

export const SpeakerCategorySchema = z.enum(SPEAKER_CATEGORIES as [SpeakerCategory, ...SpeakerCategory[]]);

const motionSpeakers = z.object({
  'suspend-meeting': speakers,
  'adjourn-meeting': speakers,
  'adjourn-debate': speakers,
  'close-debate': speakers,
  division: speakers,
  reconsideration: speakers,
} satisfies Record<MotionKind, typeof speakers>);

/**
 * A meeting's floor settings (DOMAIN.md §7: every number is a per-meeting setting). Every field
 * has the default of the UN model, so `{}` parses to DEFAULT_FLOOR_SETTINGS.
 */
export const FloorSettingsSchema = z.object({
  speakingTimeMs: duration.nullable().default(DEFAULT_FLOOR_SETTINGS.speakingTimeMs),
  maxInterventionsPerItem: z
    .number()
    .int()
    .min(1)
    .max(100)
    .nullable()
    .default(DEFAULT_FLOOR_SETTINGS.maxInterventionsPerItem),
  categoryOrder: z
    .array(SpeakerCategorySchema)
    .length(SPEAKER_CATEGORIES.length)
    .refine((o) => new Set(o).size === o.length, 'must name each category once')
    .default([...DEFAULT_FLOOR_SETTINGS.categoryOrder]),
  motionSpeakers: motionSpeakers.default(DEFAULT_FLOOR_SETTINGS.motionSpeakers),
  explanationTimeMs: duration.default(DEFAULT_FLOOR_SETTINGS.explanationTimeMs),
  replies: z
    .object({ maxPerItem: count, firstMs: duration, laterMs: duration })
    .default(DEFAULT_FLOOR_SETTINGS.replies),
  reconsiderationRule: VotingRuleSchema.default(DEFAULT_FLOOR_SETTINGS.reconsiderationRule),
  observersMayRaisePointsOfOrder: z.boolean().default(DEFAULT_FLOOR_SETTINGS.observersMayRaisePointsOfOrder),
});

// The schema's output is exactly the domain's type, both ways: a field added to one and not the other fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<z.output<typeof FloorSettingsSchema>, FloorSettings> = true;
void _sameShape;

// ---- The President's and the secretariat's actions on the floor (one item at a time) ----------
const id = z.string().trim().min(1, 'is required').max(100);
const delegation = z.string().uuid('must be a delegation id');
const text = z.string().trim().min(1, 'is required').max(20_000);
const symbol = z.string().trim().min(1).max(100).nullable().default(null);
const sponsors = z.array(delegation).max(200).default([]);
const DivisionPartSchema = z.object({
  id,
  label: z.string().trim().min(1, 'is required').max(200),
  operative: z.boolean(),
});

export const MotionInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['suspend-meeting', 'adjourn-meeting', 'adjourn-debate', 'close-debate']) }),
  z.object({
    kind: z.literal('division'),
    proposalId: id,
    parts: z.array(DivisionPartSchema).min(2).max(100),
  }),
  z.object({ kind: z.literal('reconsideration'), proposalId: id }),
]);

/**
 * Every action may name the floor's revision the console acted on: if the floor has changed since
 * (another console, a pad), the action is refused (409 CONFLICT) instead of applied twice.
 */
const act = <A extends string, S extends z.ZodRawShape>(action: A, shape: S) =>
  z.object({ action: z.literal(action), revision: z.number().int().min(0).optional(), ...shape });

/**
 * One action of the chair on the floor of an agenda item (DOMAIN.md §7). A motion or an appeal
 * is put to the vote as a question (`put-motion`, `put-appeal`, `put-next`): the existing vote
 * machinery decides it, and the floor takes the outcome when the question is decided. The
 * secretariat may only `add-speaker` (a delegation without a device).
 */
export const FloorActionBodySchema = z.discriminatedUnion('action', [
  act('open-list', {}),
  act('close-list', {}),
  act('reopen-list', {}),
  act('add-speaker', { delegationId: delegation }),
  act('move-speaker', { delegationId: delegation, toIndex: z.number().int().min(0).max(10_000) }),
  act('remove-speaker', { delegationId: delegation }),
  act('next-speaker', {}),
  act('give-floor', { delegationId: delegation }),
  act('end-speech', {}),
  act('pause-speech', {}),
  act('resume-speech', {}),
  act('raise-point-of-order', { delegationId: delegation, onConductOfVote: z.boolean().default(false) }),
  act('rule', { rulingId: id, ruling: text }),
  act('rule-procedure-or-substance', { question: text, classification: z.enum(['procedure', 'substance']) }),
  act('appeal', { rulingId: id, delegationId: delegation }),
  act('put-appeal', { rulingId: id }),
  act('move-motion', { delegationId: delegation, motion: MotionInputSchema }),
  act('object', { motionId: id, delegationId: delegation }),
  act('withdraw-motion', { motionId: id, delegationId: delegation }),
  act('take-up-motion', { motionId: id }),
  act('motion-speaker', { motionId: id, delegationId: delegation, side: z.enum(['for', 'against']) }),
  act('put-motion', { motionId: id }),
  act('adopt-motion', { motionId: id }),
  act('resume-debate', {}),
  act('submit-proposal', { id, symbol, text, sponsors }),
  act('submit-amendment', { id, proposalId: id, symbol, text, sponsors }),
  act('order-amendments', { proposalId: id, order: z.array(id).min(1).max(200) }),
  act('mark-consequential', { amendmentId: id, onAdoptionOf: id }),
  /** Several proposals on one question are voted in the order submitted unless the meeting decides otherwise (`decidedBy`: how). */
  act('order-proposals', {
    order: z.array(id).min(1).max(200),
    decidedBy: z.string().trim().min(1, 'is required').max(300),
  }),
  act('put-next', {
    matter: MatterSchema.default('other-substance'),
  }),
  act('open-explanations', { subjectId: id, phase: z.enum(['before', 'after']) }),
  act('add-explanation', { delegationId: delegation }),
  act('next-explanation', {}),
  act('close-explanations', {}),
  act('add-reply', { delegationId: delegation }),
  act('next-reply', { at: z.enum(['end-of-item', 'end-of-day']).default('end-of-item') }),
]);
export type FloorActionBody = z.infer<typeof FloorActionBodySchema>;
export type FloorAction = FloorActionBody['action'];

/** A delegation's own request from its pad (socket): to speak, explain its vote, or reply. */
export const FloorRequestCommandSchema = z.object({
  meetingId: z.string().uuid('must be a meeting id'),
  queue: z.enum(['speakers', 'explanation', 'reply']).default('speakers'),
});
export type FloorRequestCommand = z.infer<typeof FloorRequestCommandSchema>;

export const PointOfOrderCommandSchema = z.object({
  meetingId: z.string().uuid('must be a meeting id'),
  onConductOfVote: z.boolean().default(false),
});
export type PointOfOrderCommand = z.infer<typeof PointOfOrderCommandSchema>;
