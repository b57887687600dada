import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { AgendaItemEntity } from '../meeting/agenda-item.entity';
import type { MeetingEntity } from '../meeting/meeting.entity';

@Entity({ name: 'questions' })
@Check(
  'questions_matter_check',
  `"matter" IN ('art5-extension','art8-consider-further','art8-fact-finding','art8-measures','art13-amendment','procedural','other-substance','election')`,
)
@Check('questions_rule_check', `"rule" IN ('majority-present-voting','two-thirds-present-voting')`)
@Check('questions_status_check', `"status" IN ('pending','voting','adopted','rejected','no-decision')`)
@Check('questions_decided_by_check', `"decided_by" IS NULL OR "decided_by" IN ('consensus','vote')`)
@Index('questions_meeting_idx', ['meetingId', 'createdAt'])
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne('MeetingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: MeetingEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne('AgendaItemEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem: AgendaItemEntity | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  matter: string;

  @Column({ type: 'text' })
  rule: string;

  @Column({ type: 'text', default: 'pending' })
  status: string;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
