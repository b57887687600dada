import { Column, Entity, OneToMany, OneToOne, PrimaryColumn } from 'typeorm';
import { InstrumentEntity } from './instrument.entity';
import { WithdrawalEntity } from './withdrawal.entity';

@Entity({ name: 'states' })
export class StateEntity {
  @PrimaryColumn({ type: 'char', length: 3 })
  iso3: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ name: 'regional_group', type: 'text', nullable: true })
  regionalGroup: string | null;

  @Column({ name: 'signature_date', type: 'date', nullable: true })
  signatureDate: string | null;

  @OneToMany(() => InstrumentEntity, (i) => i.state)
  instruments: InstrumentEntity[];

  @OneToOne(() => WithdrawalEntity, (w) => w.state)
  withdrawal: WithdrawalEntity | null;
}
