import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { AgendaItemEntity } from '../meeting/agenda-item.entity';
import type { MeetingEntity } from '../meeting/meeting.entity';
import type { StateEntity } from '../register/state.entity';
import type { QuestionEntity } from '../vote/question.entity';

/** An Article 5 extension request, on the agenda of the next MSP or Review Conference. */
@Entity({ name: 'extension_requests' })
@Check('extension_requests_years_check', `"years" BETWEEN 1 AND 10`)
@Check('extension_requests_deadline_check', `"requested_deadline" > "current_deadline"`)
@Check('extension_requests_status_check', `"status" IN ('pending','granted','refused')`)
@Check('extension_requests_decided_check', `("status" = 'pending') = ("decided_on" IS NULL)`)
@Check('extension_requests_renewal_check', `NOT "renewal" OR "previous_extension" IS NOT NULL`)
@Index('extension_requests_pending_unique', ['stateIso3'], { unique: true, where: `"status" = 'pending'` })
export class ExtensionRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3: string;

  @ManyToOne('StateEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3' })
  state: StateEntity;

  @Column({ name: 'submitted_on', type: 'date' })
  submittedOn: string;

  @Column({ name: 'current_deadline', type: 'date' })
  currentDeadline: string;

  @Column({ type: 'int' })
  years: number;

  @Column({ name: 'requested_deadline', type: 'date' })
  requestedDeadline: string;

  @Column({ type: 'text' })
  contents: string;

  @Column({ type: 'boolean', default: false })
  renewal: boolean;

  @Column({ name: 'previous_extension', type: 'text', nullable: true })
  previousExtension: string | null;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne('MeetingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: MeetingEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @OneToOne('AgendaItemEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem: AgendaItemEntity;

  @Column({ type: 'text', default: 'pending' })
  status: 'pending' | 'granted' | 'refused';

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ name: 'question_id', type: 'uuid', nullable: true })
  questionId: string | null;

  @ManyToOne('QuestionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id' })
  question: QuestionEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A State's current Article 5 clearance deadline, as last set by a granted extension. */
@Entity({ name: 'clearance_deadlines' })
export class ClearanceDeadlineEntity {
  @PrimaryColumn({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3: string;

  @OneToOne('StateEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3' })
  state: StateEntity;

  @Column({ type: 'date' })
  deadline: string;

  @Column({ name: 'extension_request_id', type: 'uuid', nullable: true })
  extensionRequestId: string | null;

  @ManyToOne('ExtensionRequestEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'extension_request_id' })
  extensionRequest: ExtensionRequestEntity | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
