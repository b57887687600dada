import { Check, Column, Entity, ForeignKey, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { DelegationEntity } from '../delegation/delegation.entity';
import type { VoteEntity } from './vote.entity';

/** Who may vote in a vote, fixed when it opens (participants of States Parties on that day). */
@Entity({ name: 'vote_eligibility' })
export class VoteEligibilityEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @PrimaryColumn({ name: 'delegation_id', type: 'uuid' })
  delegationId: string;

  @ManyToOne('VoteEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vote_id' })
  vote: VoteEntity;

  @ManyToOne('DelegationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'delegation_id' })
  delegation: DelegationEntity;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3: string;

  @Column({ type: 'text' })
  name: string;
}

/**
 * One row per (vote, delegation): the schema itself makes a second ballot impossible, and the
 * foreign key to vote_eligibility makes an ineligible one impossible. For a secret ballot the
 * row records participation (choice is null) and, while the vote is open, the choice sealed under
 * the vote's key; the close counts it into the ballot box and erases it (ADR 0008).
 */
@Entity({ name: 'ballots' })
@Check('ballots_choice_check', `"choice" IS NULL OR "choice" IN ('yes','no','abstain')`)
@Check('ballots_sealed_check', `"choice" IS NULL OR "sealed_choice" IS NULL`)
@Check('ballots_revision_check', `"revision" >= 1`)
@ForeignKey(() => VoteEligibilityEntity, ['voteId', 'delegationId'], ['voteId', 'delegationId'], {
  onDelete: 'RESTRICT',
})
export class BallotEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @PrimaryColumn({ name: 'delegation_id', type: 'uuid' })
  delegationId: string;

  @Column({ type: 'text', nullable: true })
  choice: string | null;

  @Column({ type: 'int', default: 1 })
  revision: number;

  /**
   * Per signed-in session, the highest press sequence applied to this ballot: a press from the
   * same device with a lower sequence is stale and refused (recorded votes only; null until a
   * client sends a sequence).
   */
  @Column({ name: 'session_seqs', type: 'jsonb', nullable: true })
  sessionSeqs: Record<string, number> | null;

  /** A secret ballot's choice, sealed (AES-256-GCM) under its vote's key; null once the vote closes. */
  @Column({ name: 'sealed_choice', type: 'bytea', nullable: true })
  sealedChoice: Buffer | null;
}

/**
 * A secret ballot's box: one row per closed vote holding the totals only, written by the close
 * from the sealed ballots it opens (ADR 0008). While the vote is open there is no box: no count
 * per choice exists in the database to move when a State casts.
 */
@Entity({ name: 'secret_ballot_boxes' })
@Check('secret_ballot_boxes_counts_check', `"yes" >= 0 AND "no" >= 0 AND "abstain" >= 0`)
export class SecretBallotBoxEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @ManyToOne('VoteEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vote_id' })
  vote: VoteEntity;

  @Column({ type: 'int', default: 0 })
  yes: number;

  @Column({ type: 'int', default: 0 })
  no: number;

  @Column({ type: 'int', default: 0 })
  abstain: number;
}

/** Client operation ids already applied, so a retried cast is answered the same and counted once. */
@Entity({ name: 'cast_ops' })
export class CastOpEntity {
  @PrimaryColumn({ name: 'op_id', type: 'uuid' })
  opId: string;

  @Column({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @Column({ name: 'delegation_id', type: 'uuid' })
  delegationId: string;

  /** Null for secret ballots, so this table never links a State to its choice either. */
  @Column({ type: 'text', nullable: true })
  choice: string | null;

  @Column({ type: 'int' })
  revision: number;
}

/**
 * The data key of an open secret vote, wrapped (AES-256-GCM) by the ballot master key, which is
 * kept outside the database. Deleted by the close: what was sealed under it can never be opened.
 */
@Entity({ name: 'secret_ballot_keys' })
export class SecretBallotKeyEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @ManyToOne('VoteEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vote_id' })
  vote: VoteEntity;

  @Column({ name: 'wrapped_key', type: 'bytea' })
  wrappedKey: Buffer;
}

/**
 * One row: a one-way fingerprint (HMAC) of the ballot master key this database's secret ballots
 * are sealed under. A node given another key file refuses to start.
 */
@Entity({ name: 'ballot_key_fingerprint' })
@Check('ballot_key_fingerprint_one_row', `"id"`)
export class BallotKeyFingerprintEntity {
  @PrimaryColumn({ type: 'boolean', default: true })
  id: boolean;

  @Column({ type: 'text' })
  fingerprint: string;
}
