import { z } from 'zod';
import { SPEAKER_CATEGORIES, type MotionKind, type SpeakerCategory } from '../../domain/floor/floor';
import { DEFAULT_FLOOR_SETTINGS, type FloorSettings } from '../../domain/floor/floor.settings';
import { VotingRuleSchema } from './plenary.contract';

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
