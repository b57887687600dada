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
import type { DelegationEntity } from '../delegation/delegation.entity';

/** A signed-in browser or device. Only the SHA-256 of the session token is stored. */
@Entity({ name: 'sessions' })
@Check('sessions_role_check', `"role" IN ('secretariat','president','delegation','observer')`)
@Index('sessions_token_hash_idx', ['tokenHash'], { unique: true })
@Index('sessions_delegation_idx', ['delegationId'])
@Index('sessions_user_idx', ['userId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'delegation_id', type: 'uuid', nullable: true })
  delegationId: string | null;

  @ManyToOne('DelegationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delegation_id' })
  delegation: DelegationEntity | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
