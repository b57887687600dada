import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { MeetingEntity } from '../meeting/meeting.entity';
import type { ClarificationEntity } from './clarification.entity';

/** A proposal to convene a Special Meeting (Art. 8.3-8.5), from communication to convening or lapse. */
@Entity({ name: 'special_meeting_proposals' })
@Check('special_meeting_proposals_outcome_check', `"meeting_id" IS NULL OR "lapsed_count" IS NULL`)
@Check(
  'special_meeting_proposals_lapse_check',
  `("lapsed_count" IS NULL) = ("lapsed_parties" IS NULL) AND ("lapsed_count" IS NULL) = ("lapsed_required" IS NULL)`,
)
@Check('special_meeting_proposals_requesting_check', `cardinality("requesting_states") >= 1`)
export class SpecialMeetingProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'clarification_id', type: 'uuid', nullable: true })
  clarificationId: string | null;

  @ManyToOne('ClarificationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clarification_id' })
  clarification: ClarificationEntity | null;

  @Column({ name: 'requesting_states', type: 'text', array: true })
  requestingStates: string[];

  @Column({ type: 'text' })
  matter: string;

  /** Date the Secretary-General communicated the proposal: day D of Art. 8.5. */
  @Column({ name: 'communicated_on', type: 'date' })
  communicatedOn: string;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @OneToOne('MeetingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: MeetingEntity | null;

  /** The final count, recorded when the window closed short. */
  @Column({ name: 'lapsed_count', type: 'int', nullable: true })
  lapsedCount: number | null;

  @Column({ name: 'lapsed_parties', type: 'int', nullable: true })
  lapsedParties: number | null;

  @Column({ name: 'lapsed_required', type: 'int', nullable: true })
  lapsedRequired: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
