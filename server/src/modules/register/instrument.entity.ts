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
import type { StateEntity } from './state.entity';

@Entity({ name: 'instruments' })
@Check(
  'instruments_type_check',
  `"type" IN ('ratification','acceptance','approval','accession','succession')`,
)
@Check('instruments_deposit_after_signature', `"deposit_date" >= DATE '1997-12-03'`)
@Index('instruments_state_idx', ['stateIso3'])
export class InstrumentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3: string;

  @ManyToOne('StateEntity', 'instruments', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3' })
  state: StateEntity;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'deposit_date', type: 'date' })
  depositDate: string;

  @Column({ name: 'succession_effective_date', type: 'date', nullable: true })
  successionEffectiveDate: string | null;

  @Column({ name: 'entry_into_force', type: 'date' })
  entryIntoForce: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
