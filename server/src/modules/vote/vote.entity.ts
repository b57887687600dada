import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { VoteResult } from '@plenary/shared';
import type { MeetingEntity } from '../meeting/meeting.entity';
import type { QuestionEntity } from './question.entity';

@Entity({ name: 'votes' })
@Check('votes_method_check', `"method" IN ('recorded','secret','show-of-hands','roll-call')`)
@Check('votes_rule_check', `"rule" IN ('majority-present-voting','two-thirds-present-voting')`)
@Check('votes_status_check', `"status" IN ('open','closed')`)
@Check('votes_closed_check', `("status" = 'closed') = ("closed_at" IS NOT NULL AND "result" IS NOT NULL)`)
@Index('votes_meeting_open_idx', ['meetingId'], { unique: true, where: `"status" = 'open'` })
export class VoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'question_id', type: 'uuid', unique: true })
  questionId: string;

  @OneToOne('QuestionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id' })
  question: QuestionEntity;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne('MeetingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: MeetingEntity;

  @Column({ type: 'text' })
  method: string;

  @Column({ type: 'text' })
  rule: string;

  @Column({ type: 'text', default: 'open' })
  status: string;

  /** The vote's day, fixed when it opens: its eligible States and its quorum's N are those of this day. */
  @Column({ name: 'vote_date', type: 'date' })
  voteDate: string;

  /**
   * The number of States Parties on the vote's day, fixed when the vote opens: the quorum's N at
   * the close, even if the close falls on another day (null for votes opened before it was kept).
   */
  @Column({ type: 'int', nullable: true })
  parties: number | null;

  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' })
  openedAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'roll_call_drawn', type: 'char', length: 3, nullable: true })
  rollCallDrawn: string | null;

  @Column({ name: 'result', type: 'jsonb', nullable: true })
  result: VoteResult | null;
}
