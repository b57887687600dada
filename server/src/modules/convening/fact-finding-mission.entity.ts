import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Expert } from '@plenary/shared';
import type { QuestionEntity } from '../vote/question.entity';
import type { SpecialMeetingProposalEntity } from './special-meeting-proposal.entity';

/** A fact-finding mission authorized by a Special Meeting (Art. 8.8-8.10). */
@Entity({ name: 'fact_finding_missions' })
@Check('fact_finding_missions_experts_check', `jsonb_array_length("experts") BETWEEN 1 AND 9`)
export class FactFindingMissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne('SpecialMeetingProposalEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id' })
  proposal: SpecialMeetingProposalEntity;

  @Column({ name: 'question_id', type: 'uuid', unique: true })
  questionId: string;

  @ManyToOne('QuestionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id' })
  question: QuestionEntity;

  @Column({ type: 'text' })
  mandate: string;

  @Column({ type: 'jsonb' })
  experts: Expert[];

  @Column({ name: 'excluded_nationalities', type: 'text', array: true })
  excludedNationalities: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
