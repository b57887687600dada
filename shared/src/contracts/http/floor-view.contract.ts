import { z } from 'zod';
import type { FloorState } from '../../domain/floor/floor';
import type { FloorSettings } from '../../domain/floor/floor.settings';

/**
 * What a floor question decides, kept with the question (the server settles the floor from the
 * question's outcome): a motion, an appeal against a ruling, or a step of the voting sequence.
 */
export const FloorSubjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('motion'), motionId: z.string() }),
  z.object({ kind: z.literal('appeal'), rulingId: z.string() }),
  z.object({ kind: z.literal('amendment'), proposalId: z.string(), amendmentId: z.string() }),
  z.object({ kind: z.literal('part'), proposalId: z.string(), partId: z.string() }),
  z.object({ kind: z.literal('proposal'), proposalId: z.string() }),
]);
export type FloorSubject = z.infer<typeof FloorSubjectSchema>;

/**
 * The floor of one agenda item as every screen reads it: the whole pure state (DOMAIN.md §7; the
 * clock is read against `serverNow`), the names of the delegations it mentions, and the questions
 * it put to the vote machinery, and the meeting's settings. `revision` counts the floor's own changes.
 */
export const FloorViewSchema = z.object({
  meetingId: z.string(),
  agendaItemId: z.string(),
  itemTitle: z.string(),
  revision: z.number().int(),
  serverNow: z.number().int(),
  state: z.custom<FloorState>(
    (v) => typeof v === 'object' && v !== null && 'list' in v,
    'must be a floor state',
  ),
  names: z.record(z.string(), z.string()),
  /** The meeting's floor settings: the console applies the same rules to show why an action is unavailable. */
  settings: z.custom<FloorSettings>(
    (v) => typeof v === 'object' && v !== null && 'motionSpeakers' in v,
    'must be the floor settings',
  ),
  questions: z.array(z.object({ questionId: z.string(), subject: FloorSubjectSchema, settled: z.boolean() })),
});
export type FloorView = z.infer<typeof FloorViewSchema>;
