import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { MeetingEntity } from '../meeting/meeting.entity';

/**
 * The append-only record (DOMAIN.md §6). A trigger refuses UPDATE, DELETE and TRUNCATE; another
 * keeps each meeting's entries one hash chain (ADR 0005): `seq` counts from 1 with no gap,
 * `prevHash` is the previous entry's `hash`, and the chain head advances with every entry.
 */
@Entity({ name: 'record_entries' })
@Index('record_entries_meeting_idx', ['meetingId', 'id'])
@Unique('record_entries_meeting_seq_key', ['meetingId', 'seq'])
@Check('record_entries_seq_check', `"seq" >= 1`)
@Check('record_entries_hash_check', `"hash" ~ '^[0-9a-f]{64}$'`)
@Check(
  'record_entries_prev_hash_check',
  `("seq" = 1) = ("prev_hash" IS NULL) AND ("prev_hash" IS NULL OR "prev_hash" ~ '^[0-9a-f]{64}$')`,
)
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

  @Column({ type: 'integer' })
  seq: number;

  @Column({ name: 'prev_hash', type: 'text', nullable: true })
  prevHash: string | null;

  /** sha256 (hex) of the entry's canonical content, previous hash included (record-chain.ts). */
  @Column({ type: 'text' })
  hash: string;
}

/** The last entry of each meeting's chain; locked by every append, so appends take turns. */
@Entity({ name: 'record_chain_heads' })
@Check('record_chain_heads_check', `("seq" = 0) = ("hash" IS NULL)`)
export class RecordChainHeadEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne('MeetingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: MeetingEntity;

  /** The number of entries in the chain (0: none yet). */
  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'text', nullable: true })
  hash: string | null;
}
