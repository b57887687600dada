import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { StateEntity } from './state.entity';

@Entity({ name: 'withdrawals' })
export class WithdrawalEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3: string;

  @OneToOne('StateEntity', 'withdrawal', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3' })
  state: StateEntity;

  @Column({ name: 'received_date', type: 'date' })
  receivedDate: string;

  @Column({ name: 'armed_conflict', type: 'boolean', default: false })
  armedConflict: boolean;

  @Column({ name: 'conflict_ended_on', type: 'date', nullable: true })
  conflictEndedOn: string | null;

  /** Null while an armed-conflict condition holds and its end is not recorded (Art. 20). */
  @Column({ name: 'effective_date', type: 'date', nullable: true })
  effectiveDate: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
