import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { MeetingEntity } from '../meeting/meeting.entity';
import type { StateEntity } from '../register/state.entity';

@Entity({ name: 'delegations' })
@Unique('delegations_meeting_state_unique', ['meetingId', 'stateIso3'])
@Check('delegations_kind_check', `"kind" IN ('state','organisation')`)
@Check('delegations_kind_state_check', `("kind" = 'state') = ("state_iso3" IS NOT NULL)`)
@Check('delegations_credentials_check', `"credentials" IN ('none','provisional','accepted')`)
@Index('delegations_code_hash_idx', ['codeHash'], { unique: true, where: '"code_hash" IS NOT NULL' })
export class DelegationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: MeetingEntity;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'state_iso3', type: 'char', length: 3, nullable: true })
  stateIso3: string | null;

  @ManyToOne('StateEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3' })
  state: StateEntity | null;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text', default: 'none' })
  credentials: string;

  @Column({ type: 'boolean', default: false })
  present: boolean;

  @Column({ name: 'code_hash', type: 'text', nullable: true })
  codeHash: string | null;

  @Column({ name: 'code_issued_at', type: 'timestamptz', nullable: true })
  codeIssuedAt: Date | null;

  /** When the secretariat last revoked the delegation's sign-in (not its credentials: standing is unchanged). */
  @Column({ name: 'sign_in_revoked_at', type: 'timestamptz', nullable: true })
  signInRevokedAt: Date | null;

  /** The language the delegation's devices read in, chosen last on any of them (see PrincipalSchema.language). */
  @Column({ type: 'text', nullable: true })
  language: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
