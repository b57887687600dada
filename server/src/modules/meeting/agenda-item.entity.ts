import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MeetingEntity } from './meeting.entity';

@Entity({ name: 'agenda_items' })
@Unique('agenda_items_position_unique', ['meetingId', 'position'])
@Unique('agenda_items_conclusions_of_unique', ['conclusionsOf'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne('MeetingEntity', 'agenda', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: MeetingEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  /**
   * The committee meeting whose conclusions and recommendations this item considers (carried to
   * the next MSP or Review Conference); unique, so a committee meeting's are carried once.
   */
  @Column({ name: 'conclusions_of', type: 'uuid', nullable: true })
  conclusionsOf: string | null;

  @ManyToOne('MeetingEntity', { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'conclusions_of', foreignKeyConstraintName: 'agenda_items_conclusions_of_fk' })
  conclusionsOfMeeting?: MeetingEntity;
}
