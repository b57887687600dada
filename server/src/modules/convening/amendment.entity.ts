import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { MeetingEntity } from '../meeting/meeting.entity';
import type { StateEntity } from '../register/state.entity';
import type { QuestionEntity } from '../vote/question.entity';

/** A proposed amendment (Art. 13): circulation, conference, adoption. Acceptances are state acts. */
@Entity({ name: 'amendment_proposals' })
@Check('amendment_proposals_adoption_check', `("adoption_question_id" IS NULL) = ("adopted_on" IS NULL)`)
export class AmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposed_by', type: 'char', length: 3 })
  proposedBy: string;

  @ManyToOne('StateEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by' })
  proposer: StateEntity;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'circulated_on', type: 'date' })
  circulatedOn: string;

  @Column({ name: 'conference_meeting_id', type: 'uuid', nullable: true })
  conferenceMeetingId: string | null;

  @OneToOne('MeetingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'conference_meeting_id' })
  conference: MeetingEntity | null;

  @Column({ name: 'adoption_question_id', type: 'uuid', nullable: true })
  adoptionQuestionId: string | null;

  @ManyToOne('QuestionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adoption_question_id' })
  adoptionQuestion: QuestionEntity | null;

  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
