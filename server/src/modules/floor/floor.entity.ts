import type { FloorSettings, FloorState, FloorSubject } from '@plenary/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AgendaItemEntity } from '../meeting/agenda-item.entity';
import type { MeetingEntity } from '../meeting/meeting.entity';
import type { QuestionEntity } from '../vote/question.entity';

/**
 * The floor of one agenda item (DOMAIN.md §7): the whole pure state as JSON, so a restart
 * restores it exactly (who has the floor, the clock's start and accumulated time, the queues).
 * `revision` counts its changes; every change is written under the meeting's row lock.
 */
@Entity({ name: 'floors' })
@Index('floors_meeting_idx', ['meetingId', 'updatedAt'])
export class FloorEntity {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @ManyToOne('AgendaItemEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem: AgendaItemEntity;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne('MeetingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: MeetingEntity;

  @Column({ type: 'jsonb' })
  state: FloorState;

  @Column({ type: 'int', default: 0 })
  revision: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A question the floor put to the vote machinery, and what its outcome decides on the floor. */
@Entity({ name: 'floor_questions' })
@Index('floor_questions_item_idx', ['agendaItemId'])
export class FloorQuestionEntity {
  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne('QuestionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id' })
  question: QuestionEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @ManyToOne('FloorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  floor: FloorEntity;

  @Column({ type: 'jsonb' })
  subject: FloorSubject;

  /** Set once the floor has taken the question's outcome. */
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}

/** A meeting's floor settings (every number of DOMAIN.md §7 is a per-meeting setting). */
@Entity({ name: 'floor_settings' })
export class FloorSettingsEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: MeetingEntity;

  @Column({ type: 'jsonb' })
  settings: FloorSettings;
}
