import { Injectable } from '@nestjs/common';
import { maxIsoDate, minIsoDate } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import type { MeetingEntity } from './meeting.entity';

/** The day whose States Parties count: today in the meeting's time zone, within its dates. */
export function meetingDay(
  clock: Clock,
  m: Pick<MeetingEntity, 'timeZone' | 'startDate' | 'endDate'>,
): string {
  return minIsoDate(maxIsoDate(clock.today(m.timeZone), m.startDate), m.endDate);
}

/**
 * The UPDATE that bumps a meeting's version, for the one writer that must do it inside a larger
 * statement (a first cast registering presence, ballot.repository.ts).
 */
export const bumpMeetingVersionSql = (idExpr: string, condition = 'true') =>
  `UPDATE meetings SET version = version + 1 WHERE id = ${idExpr} AND ${condition} RETURNING version`;

/**
 * A register write may change N for every meeting not closed: bump them all, locking the rows in
 * id order so two register writes never deadlock. (A plain function: the register and the CLI
 * use it without the rest of the meeting module.)
 */
export async function bumpVersionsOfMeetingsNotClosed(em: EntityManager): Promise<void> {
  await em.query(
    `UPDATE meetings SET version = version + 1
      WHERE id IN (SELECT id FROM meetings WHERE status <> 'closed' ORDER BY id FOR UPDATE)`,
  );
}

/**
 * "The version a screen is at" has two parts, each defined once:
 * - the meeting's version (`meetings.version`), bumped here and nowhere else but in the cast
 *   statement above. Its writers, all in the transaction of the change they announce:
 *   MeetingService (status, agenda, rules), DelegationService (registration, credentials,
 *   presence), QuestionService (put, decided by consensus), VoteService (opened, closed),
 *   CastService (a first cast registering presence), ConclusionService (a committee's
 *   conclusion recorded), ConclusionRepository (the agenda item it carries to the next MSP or
 *   Review Conference), RegisterService (any register write: the
 *   count of States Parties may change for every meeting not closed) and `rollDay` (a new meeting
 *   day: N may change at midnight);
 * - the current vote's version (`VOTE_VERSION_SQL` in vote/live.repository.ts): the sum of its
 *   ballots' revisions, plus one once closed, so casts never queue on one counter row.
 * The live snapshot, the events and the reconcile pass all read these two, and nothing else.
 */
@Injectable()
export class MeetingVersionRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  day(m: Pick<MeetingEntity, 'timeZone' | 'startDate' | 'endDate'>): string {
    return meetingDay(this.clock, m);
  }

  async bump(em: EntityManager, meetingId: string): Promise<number> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows] = await em.query<[{ version: number }[], number]>(bumpMeetingVersionSql('$1'), [meetingId]);
    return rows[0].version;
  }

  /**
   * The meeting day changed since the version last accounted for it (midnight in the meeting's
   * time zone, a new N): bump once, whichever node or request sees it first. The first day ever
   * seen is only remembered (nobody holds an older snapshot of it). Answers the new version when
   * this call bumped it, else null.
   */
  async rollDay(
    m: Pick<MeetingEntity, 'id' | 'timeZone' | 'startDate' | 'endDate' | 'versionDay'>,
  ): Promise<number | null> {
    const day = this.day(m);
    if (m.versionDay === day) return null;
    const [rows] = await this.ds.query<[{ version: number }[], number]>(
      `UPDATE meetings SET version = version + (version_day IS NOT NULL)::int, version_day = $2
        WHERE id = $1 AND version_day IS DISTINCT FROM $2 RETURNING version`,
      [m.id, day],
    );
    return rows.length && m.versionDay !== null ? rows[0].version : null;
  }
}
