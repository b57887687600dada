import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { MeetingEntity } from '../meeting/meeting.entity';

/** The append-only record (DOMAIN.md §6). A trigger refuses UPDATE, DELETE and TRUNCATE. */
@Entity({ name: 'record_entries' })
@Index('record_entries_meeting_idx', ['meetingId', 'id'])
export class RecordEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: number;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne('MeetingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: MeetingEntity;

  @Column({ type: 'text' })
  kind: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @Column({ name: 'corrects_id', type: 'bigint', nullable: true })
  correctsId: number | null;

  @ManyToOne('RecordEntryEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrects_id' })
  corrects: RecordEntryEntity | null;
}
