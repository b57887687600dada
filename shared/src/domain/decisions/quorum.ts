import type { Proportion, VotingRule } from './decisions';
import type { Matter } from './matters';
import type { Reason } from '../reasons/reasons';

export type MeetingKind =
  'msp' | 'special' | 'review' | 'amendment' | 'intersessional' | 'committee' | 'coordinating-committee';

/**
 * Meetings of the Convention's machinery that take no decisions (DOMAIN.md §2, §9): Intersessional
 * Meetings are informal; the four committees seek general agreement and record conclusions and
 * recommendations for the next MSP or Review Conference; the Coordinating Committee has no
 * substantive decision-making capacity.
 */
export const INFORMAL_MEETING_KINDS = ['intersessional', 'committee', 'coordinating-committee'] as const;
export type InformalMeetingKind = (typeof INFORMAL_MEETING_KINDS)[number];

/**
 * The informal kind as an ICU `select` value (a select key cannot hold a hyphen): the reasons and
 * refusals that name the kind carry this.
 */
export type InformalKindKey = 'intersessional' | 'committee' | 'coordinatingCommittee';

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  msp: 'Meeting of the States Parties',
  special: 'Special Meeting of the States Parties',
  review: 'Review Conference',
  amendment: 'Amendment Conference',
  intersessional: 'Intersessional meeting',
  committee: 'Committee meeting',
  'coordinating-committee': 'Meeting of the Coordinating Committee',
};

export type QuorumPurpose = 'opening' | 'decision';

/**
 * What a meeting adopts at its opening (§2, §3 [RoP default]). Never reaches a Convention rule:
 * the Special Meeting quorum and the voting rules of Convention matters are fixed.
 */
export type RulesOfProcedure = {
  openingQuorum: Proportion;
  decisionQuorum: Proportion;
  /** Overrides for matters whose rule is a RoP default; a Convention matter cannot appear here. */
  votingRules?: Partial<Record<Matter, VotingRule>>;
};

export type QuorumRequirement = {
  kind: MeetingKind;
  purpose: QuorumPurpose;
  parties: number;
  /** States Parties that must be present; null where no quorum applies or no decision may be taken. */
  required: number | null;
  threshold: Proportion | null;
  convention: boolean;
  source: string;
  explanation: string;
  reason: Reason<'quorum.required' | 'quorum.informalOpening' | 'quorum.informalNoDecisions'>;
};

export type QuorumCheck = Omit<QuorumRequirement, 'reason'> & {
  present: number;
  met: boolean;
  reason: Reason<'quorum.met' | 'quorum.notMet' | 'quorum.informalOpening' | 'quorum.informalNoDecisions'>;
};
