import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { StateEntity } from '../register/state.entity';

/** A Request for Clarification (Art. 8.2) and, once received, the requested State's answer. */
@Entity({ name: 'clarification_requests' })
@Check('clarification_requests_received_check', `"received_on" >= "submitted_on"`)
@Check(
  'clarification_requests_response_check',
  `("response_received_on" IS NULL) = ("response_text" IS NULL)`,
)
@Check(
  'clarification_requests_response_date_check',
  `"response_received_on" IS NULL OR "response_received_on" >= "received_on"`,
)
@Check('clarification_requests_requesting_check', `cardinality("requesting_states") >= 1`)
export class ClarificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'requesting_states', type: 'text', array: true })
  requestingStates: string[];

  @Column({ name: 'requested_state', type: 'char', length: 3 })
  requestedState: string;

  @ManyToOne('StateEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_state' })
  requested: StateEntity;

  @Column({ name: 'submitted_on', type: 'date' })
  submittedOn: string;

  /** The 28 days of Art. 8.2 run from receipt by the requested State. */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ type: 'text' })
  information: string;

  @Column({ name: 'response_received_on', type: 'date', nullable: true })
  responseReceivedOn: string | null;

  @Column({ name: 'response_text', type: 'text', nullable: true })
  responseText: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
