import { Check, Column, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';
import { VoteEligibilityEntity } from './ballot.entity';
import { VoteEntity } from './vote.entity';

/** A roll-call vote's draw and cursor (migration RollCall1795880000001). */
@Entity({ name: 'roll_calls' })
@Check('roll_calls_calls_check', `"calls" >= 0`)
export class RollCallEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid' })
  @ForeignKey(() => VoteEntity, { onDelete: 'RESTRICT', name: 'FK_roll_calls_vote' })
  voteId: string;

  /** The lot's seed: the State drawn is the eligible State with the lowest SHA-256(seed:ISO3). */
  @Column({ type: 'text' })
  seed: string;

  @Column({ type: 'char', length: 3 })
  drawn: string;

  /** How many answers have been recorded: the cursor every answer locks and moves. */
  @Column({ type: 'int', default: 0 })
  calls: number;
}

/** One answer to the roll-call, as the secretariat recorded it when the State was called. */
@Entity({ name: 'roll_call_answers' })
@Check('roll_call_answers_seq_check', `"seq" >= 1`)
@Check('roll_call_answers_round_check', `"round" IN (1, 2)`)
@Check('roll_call_answers_answer_check', `"answer" IN ('yes','no','abstain','pass')`)
@Unique('UQ_roll_call_answers_round', ['voteId', 'round', 'delegationId'])
@ForeignKey(() => VoteEligibilityEntity, ['voteId', 'delegationId'], ['voteId', 'delegationId'], {
  onDelete: 'RESTRICT',
  name: 'FK_roll_call_answers_eligibility',
})
export class RollCallAnswerEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid' })
  @ForeignKey(() => RollCallEntity, { onDelete: 'RESTRICT', name: 'FK_roll_call_answers_roll_call' })
  voteId: string;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'smallint' })
  round: number;

  @Column({ name: 'delegation_id', type: 'uuid' })
  delegationId: string;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3: string;

  @Column({ type: 'text' })
  answer: string;

  @Column({ name: 'op_id', type: 'uuid', unique: true })
  opId: string;

  @Column({ name: 'answered_at', type: 'timestamptz', default: () => 'now()' })
  answeredAt: Date;
}
