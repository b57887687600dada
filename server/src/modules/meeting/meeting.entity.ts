import { Check, Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { RulesOfProcedure } from '@plenary/shared';
import { AgendaItemEntity } from './agenda-item.entity';

@Entity({ name: 'meetings' })
@Check(
  'meetings_kind_check',
  `"kind" IN ('msp','special','review','amendment','intersessional','committee','coordinating-committee')`,
)
@Check(
  'meetings_committee_check',
  `(("kind" = 'committee') = ("committee" IS NOT NULL)) AND ("committee" IS NULL OR "committee" IN ('article-5-implementation','victim-assistance','cooperation-and-assistance','cooperative-compliance'))`,
)
@Check('meetings_status_check', `"status" IN ('scheduled','open','suspended','closed')`)
@Check('meetings_dates_check', `"end_date" >= "start_date"`)
@Check('meetings_version_check', `"version" >= 0`)
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: string;

  /** The committee a committee meeting is of (DOMAIN.md §9); null for every other kind. */
  @Column({ type: 'text', nullable: true })
  committee: string | null;

  @Column({ type: 'int', nullable: true })
  number: number | null;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  venue: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ name: 'time_zone', type: 'text', default: 'Europe/Zurich' })
  timeZone: string;

  @Column({ type: 'text', default: 'scheduled' })
  status: string;

  @Column({ type: 'jsonb' })
  rules: RulesOfProcedure;

  /** Set when the meeting first opens: from then on its rules of procedure are fixed. */
  @Column({ name: 'rules_fixed_at', type: 'timestamptz', nullable: true })
  rulesFixedAt: Date | null;

  /**
   * The meeting's version: bumped by every change a screen shows except casts (a vote has its own
   * version). Every writer goes through meeting-version.repository.ts, which lists them.
   */
  @Column({ type: 'int', default: 0 })
  version: number;

  /** The meeting day the version last accounted for: a new day (a new N) is a change too. */
  @Column({ name: 'version_day', type: 'date', nullable: true })
  versionDay: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => AgendaItemEntity, (a) => a.meeting)
  agenda: AgendaItemEntity[];
}
