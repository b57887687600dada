import { Injectable } from '@nestjs/common';
import {
  type CommitteeId,
  type ConclusionKind,
  type ConclusionView,
  type ConclusionsSlot,
  conclusionsDestination,
  conclusionsItemTitle,
} from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import { MeetingVersionRepository } from './meeting-version.repository';

type ConclusionRow = {
  id: string;
  meetingId: string;
  position: number;
  kind: ConclusionKind;
  text: string;
  recordedAt: Date;
};

const COLUMNS = `id, meeting_id AS "meetingId", position, kind, text, recorded_at AS "recordedAt"`;
const SLOT = `id, kind, to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate", status`;

/** A committee meeting whose conclusions are not yet on any MSP's or Review Conference's agenda. */
type Uncarried = { id: string; code: string; committee: CommitteeId; endDate: string };

const toView = (r: ConclusionRow): ConclusionView => ({
  id: r.id,
  meetingId: r.meetingId,
  position: r.position,
  kind: r.kind,
  text: r.text,
  recordedAt: r.recordedAt.toISOString(),
});

/**
 * A committee meeting's conclusions and recommendations (DOMAIN.md §9) and their carrying, once,
 * to the next MSP or Review Conference as one agenda item (`agenda_items.conclusions_of`, unique).
 *
 * Carrying happens from both sides, each under one transaction-scoped advisory lock so neither
 * misses the other: when a committee meeting records a conclusion (its destination may exist),
 * and when an MSP or Review Conference is set up (committee meetings may be waiting for it).
 */
@Injectable()
export class ConclusionRepository {
  constructor(private readonly versions: MeetingVersionRepository) {}

  async insert(
    em: EntityManager,
    meetingId: string,
    kind: ConclusionKind,
    text: string,
  ): Promise<ConclusionView> {
    // The caller holds the meeting's row lock: positions are taken in turn.
    const [row] = await em.query<ConclusionRow[]>(
      `INSERT INTO conclusions (meeting_id, position, kind, text)
       SELECT $1, COALESCE(MAX(position), 0) + 1, $2, $3 FROM conclusions WHERE meeting_id = $1
       RETURNING ${COLUMNS}`,
      [meetingId, kind, text],
    );
    return toView(row);
  }

  async list(em: EntityManager, meetingId: string): Promise<ConclusionView[]> {
    const rows = await em.query<ConclusionRow[]>(
      `SELECT ${COLUMNS} FROM conclusions WHERE meeting_id = $1 ORDER BY position`,
      [meetingId],
    );
    return rows.map(toView);
  }

  /** Carries this committee meeting's conclusions if not yet carried; answers the meeting that took them. */
  async carryFrom(em: EntityManager, committeeMeetingId: string): Promise<string | null> {
    await this.lockCarrying(em);
    const [waiting] = await this.uncarried(em, committeeMeetingId);
    if (!waiting) return null;
    const to = conclusionsDestination(waiting, await this.destinations(em, waiting.endDate));
    if (!to) return null;
    await this.addItem(em, to.id, waiting);
    return to.id;
  }

  /** A new MSP or Review Conference takes every committee meeting's conclusions waiting for it. */
  async carryTo(em: EntityManager, meetingId: string): Promise<number> {
    await this.lockCarrying(em);
    let carried = 0;
    for (const waiting of await this.uncarried(em, null)) {
      const to = conclusionsDestination(waiting, await this.destinations(em, waiting.endDate));
      if (to?.id !== meetingId) continue;
      await this.addItem(em, meetingId, waiting);
      carried += 1;
    }
    return carried;
  }

  private async lockCarrying(em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('plenary.conclusions.carry'))`);
  }

  private uncarried(em: EntityManager, committeeMeetingId: string | null): Promise<Uncarried[]> {
    return em.query<Uncarried[]>(
      `SELECT m.id, m.code, m.committee, to_char(m.end_date, 'YYYY-MM-DD') AS "endDate"
         FROM meetings m
        WHERE m.kind = 'committee' AND ($1::uuid IS NULL OR m.id = $1)
          AND EXISTS (SELECT 1 FROM conclusions c WHERE c.meeting_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM agenda_items a WHERE a.conclusions_of = m.id)
        ORDER BY m.start_date, m.code, m.id`,
      [committeeMeetingId],
    );
  }

  /** MSPs and Review Conferences not closed that start after `endDate`: the rule picks among them. */
  private destinations(em: EntityManager, endDate: string): Promise<ConclusionsSlot[]> {
    return em.query<ConclusionsSlot[]>(
      `SELECT ${SLOT} FROM meetings
        WHERE kind IN ('msp','review') AND status <> 'closed' AND start_date > $1
        ORDER BY start_date, id LIMIT 5`,
      [endDate],
    );
  }

  private async addItem(em: EntityManager, meetingId: string, from: Uncarried): Promise<void> {
    // Lock order: the committee meeting (the caller's), then the meeting whose agenda grows.
    await em.query('SELECT 1 FROM meetings WHERE id = $1 FOR UPDATE', [meetingId]);
    await em.query(
      `INSERT INTO agenda_items (meeting_id, position, title, conclusions_of)
       SELECT $1, COALESCE(MAX(position), 0) + 1, $2, $3 FROM agenda_items WHERE meeting_id = $1`,
      [meetingId, conclusionsItemTitle('en', { committee: from.committee, code: from.code }), from.id],
    );
    // The agenda is on every screen of that meeting.
    await this.versions.bump(em, meetingId);
  }
}
