import { Inject, Injectable } from '@nestjs/common';
import {
  CONVENING_ROOM,
  type ConveningCounted,
  type DeadlineViewDto,
  type Indication,
  type IndicationBody,
  type MeetingKind,
  type MeetingSlot,
  type Principal,
  type StateAct,
  type StateRecord,
  deadlineView,
  deadlineReason,
  describeDeadline,
  nextMspOrReviewConference,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, isoDateIn } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { RealtimeService } from '../realtime/realtime.service';
import { RegisterService } from '../register/register.service';
import type { StateActEntity } from './state-act.entity';

export { orThrow } from '../../common/domain.exception';

export type QuestionRow = { id: string; meetingId: string; matter: string; status: string };

/**
 * Transaction-scoped advisory lock held while a Review Conference is checked and written, so two
 * requests cannot both pass the five-year check (Art. 12.1). Any fixed key works; this one spells
 * the article (Art. 12, Review Conference) so it cannot be mistaken for another lock's.
 */
export const REVIEW_CONFERENCE_LOCK = 1_997_012_001;

/** What every convening procedure needs: today in Geneva, the register, names, the live counter. */
@Injectable()
export class ConveningSupport {
  constructor(
    readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly register: RegisterService,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Periods are counted in Geneva (DOMAIN.md §4a), never in the zone of the meeting being
   * convened: the Secretary-General's communication and the States' acts are dated there.
   */
  today(): string {
    return this.clock.today(this.config.PLENARY_TIME_ZONE);
  }

  /** Geneva's zone: the zone of a meeting convened without one of its own. */
  get timeZone(): string {
    return this.config.PLENARY_TIME_ZONE;
  }

  /** Serialises Review Conference scheduling until the caller's transaction ends. */
  async lockReviewConferences(em: EntityManager): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [REVIEW_CONFERENCE_LOCK]);
  }

  dateOf(at: Date, timeZone: string): string {
    return isoDateIn(at, timeZone);
  }

  records(em?: EntityManager): Promise<StateRecord[]> {
    return this.register.loadRecords(em);
  }

  deadline(lastDay: string, today: string): DeadlineViewDto {
    const d = deadlineView(lastDay, today);
    return { ...d, explanation: describeDeadline(d), reason: deadlineReason(d) };
  }

  /** Who acts: the secretariat names the State and date; a delegation acts for its own State, today. */
  actor(
    who: Principal,
    body: IndicationBody,
    today: string,
  ): Indication & { enteredBy: 'secretariat' | 'delegation' } {
    if (who.role === 'secretariat') {
      if (!body.stateIso3)
        throw new DomainException('VALIDATION', 'Invalid body: stateIso3 is required', 'stateIso3');
      return { iso3: body.stateIso3, date: body.date ?? today, enteredBy: 'secretariat' };
    }
    const own = who.stateIso3?.trim();
    if (!own)
      throw new DomainException(
        'FORBIDDEN',
        'Only the delegation of a State acts for that State',
        'stateIso3',
      );
    if (body.stateIso3 && body.stateIso3 !== own)
      throw new DomainException('FORBIDDEN', `Your delegation acts only for ${own}`, 'stateIso3');
    if (body.date && body.date !== today)
      throw new DomainException(
        'VALIDATION',
        `A delegation acts today (${today}); the secretariat enters earlier dates`,
        'date',
      );
    return { iso3: own, date: today, enteredBy: 'delegation' };
  }

  stateActs(acts: readonly StateActEntity[], records: readonly StateRecord[]): StateAct[] {
    const names = new Map(records.map((r) => [r.iso3, r.name]));
    return [...acts]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.stateIso3 < b.stateIso3 ? -1 : 1))
      .map((a) => ({
        iso3: a.stateIso3.trim(),
        name: names.get(a.stateIso3.trim()) ?? a.stateIso3,
        date: a.date,
        enteredBy: a.enteredBy,
      }));
  }

  indications(acts: readonly StateActEntity[]): Indication[] {
    return acts.map((a) => ({ iso3: a.stateIso3.trim(), date: a.date }));
  }

  nameOf(records: readonly StateRecord[], iso3: string): string {
    return records.find((r) => r.iso3 === iso3)?.name ?? iso3;
  }

  async question(em: EntityManager, id: string): Promise<QuestionRow> {
    const rows = await em.query<QuestionRow[]>(
      'SELECT id, meeting_id AS "meetingId", matter, status FROM questions WHERE id = $1',
      [id],
    );
    if (!rows.length) throw new DomainException('NOT_FOUND', 'Question not found', 'questionId');
    return rows[0];
  }

  /** The next MSP or Review Conference starting on or after `from` (Art. 5 requests, Art. 13.3). */
  async nextMspOrReview(
    em: EntityManager,
    from: string,
  ): Promise<(MeetingSlot & { venue: string; timeZone: string; title: string }) | null> {
    const rows = await em.query<
      {
        id: string;
        kind: MeetingKind;
        startDate: string;
        endDate: string;
        venue: string;
        timeZone: string;
        title: string;
      }[]
    >(
      `SELECT id, kind, start_date AS "startDate", end_date AS "endDate", venue, time_zone AS "timeZone", title
         FROM meetings WHERE kind IN ('msp','review') AND start_date >= $1 ORDER BY start_date LIMIT 5`,
      [from],
    );
    return nextMspOrReviewConference(rows, from);
  }

  emitCounted(p: ConveningCounted): void {
    this.realtime.emitToRoom(CONVENING_ROOM, 'convening.counted', p);
  }
}
