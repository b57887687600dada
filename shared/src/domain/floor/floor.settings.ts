import type { VotingRule } from '../decisions/decisions';
import { SPEAKER_CATEGORIES, type MotionKind, type SpeakerCategory } from './floor';

/** How many may speak for and against a motion before it is put to the vote. */
export type MotionSpeakers = { for: number; against: number };

/**
 * Every number of DOMAIN.md §7 is a per-meeting setting, stored with the meeting; these are the
 * defaults (the UN model). Times are milliseconds.
 */
export type FloorSettings = {
  /** Time per speech on the list and on a motion (GA rule 72); null: the meeting set no limit. */
  speakingTimeMs: number | null;
  /** Interventions per delegation on one item (GA rule 72); null: no limit. */
  maxInterventionsPerItem: number | null;
  /** The categories' order on the list of speakers. */
  categoryOrder: SpeakerCategory[];
  /** Speakers heard on each motion before the vote (GA rules 74-76, 81, 89). */
  motionSpeakers: Record<MotionKind, MotionSpeakers>;
  /** Explanation of vote, before or after (GA rules, annex V: 10 minutes). */
  explanationTimeMs: number;
  /** Rights of reply per delegation per item, and their lengths (GA rules, annex V: two; 10 then 5 minutes). */
  replies: { maxPerItem: number; firstMs: number; laterMs: number };
  /** Reconsideration of a proposal (GA rule 81: two-thirds present and voting). */
  reconsiderationRule: VotingRule;
  /** Observers may raise points of order (UN practice: only members may; off by default). */
  observersMayRaisePointsOfOrder: boolean;
};

const MINUTE = 60_000;

export const DEFAULT_MOTION_SPEAKERS: Record<MotionKind, MotionSpeakers> = {
  'suspend-meeting': { for: 0, against: 0 },
  'adjourn-meeting': { for: 0, against: 0 },
  'adjourn-debate': { for: 2, against: 2 },
  'close-debate': { for: 0, against: 2 },
  division: { for: 2, against: 2 },
  reconsideration: { for: 0, against: 2 },
};

export const DEFAULT_FLOOR_SETTINGS: FloorSettings = {
  speakingTimeMs: null,
  maxInterventionsPerItem: null,
  categoryOrder: [...SPEAKER_CATEGORIES],
  motionSpeakers: DEFAULT_MOTION_SPEAKERS,
  explanationTimeMs: 10 * MINUTE,
  replies: { maxPerItem: 2, firstMs: 10 * MINUTE, laterMs: 5 * MINUTE },
  reconsiderationRule: 'two-thirds-present-voting',
  observersMayRaisePointsOfOrder: false,
};
