import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { StateEntity } from '../register/state.entity';
import type { AmendmentEntity } from './amendment.entity';
import type { SpecialMeetingProposalEntity } from './special-meeting-proposal.entity';

export const STATE_ACT_KINDS = [
  'special-meeting-favour',
  'amendment-support',
  'amendment-earlier',
  'amendment-acceptance',
] as const;
export type StateActKind = (typeof STATE_ACT_KINDS)[number];

/** One State's act counted over all States Parties: each State acts once per procedure and kind. */
@Entity({ name: 'convening_state_acts' })
@Check(
  'convening_state_acts_kind_check',
  `"kind" IN ('special-meeting-favour','amendment-support','amendment-earlier','amendment-acceptance')`,
)
@Check('convening_state_acts_entered_by_check', `"entered_by" IN ('secretariat','delegation')`)
@Check(
  'convening_state_acts_target_check',
  `("kind" = 'special-meeting-favour') = ("special_meeting_id" IS NOT NULL) AND ("special_meeting_id" IS NULL) <> ("amendment_id" IS NULL)`,
)
@Unique('convening_state_acts_special_unique', ['kind', 'specialMeetingId', 'stateIso3'])
@Unique('convening_state_acts_amendment_unique', ['kind', 'amendmentId', 'stateIso3'])
@Index('convening_state_acts_amendment_idx', ['amendmentId', 'kind'])
export class StateActEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: StateActKind;

  @Column({ name: 'special_meeting_id', type: 'uuid', nullable: true })
  specialMeetingId: string | null;

  @ManyToOne('SpecialMeetingProposalEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'special_meeting_id' })
  specialMeeting: SpecialMeetingProposalEntity | null;

  @Column({ name: 'amendment_id', type: 'uuid', nullable: true })
  amendmentId: string | null;

  @ManyToOne('AmendmentEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'amendment_id' })
  amendment: AmendmentEntity | null;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3: string;

  @ManyToOne('StateEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3' })
  state: StateEntity;

  /** The date of the act (indication, notification, deposit), which decides whether it is in time. */
  @Column({ type: 'date' })
  date: string;

  @Column({ name: 'entered_by', type: 'text' })
  enteredBy: 'secretariat' | 'delegation';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
