import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * A vote's version, the one definition (ADR 0003): the sum of its ballots' revisions, plus one
 * once closed, plus a roll-call's answers (a pass changes no ballot but moves the roll-call). Every
 * cast adds exactly one revision to exactly one row, so it only grows, and no shared counter row
 * serialises the casts. `v` is the alias of a `votes` row in the query.
 */
export const VOTE_VERSION_SQL = (v: string) =>
  `((SELECT COALESCE(sum(b.revision), 0) FROM ballots b WHERE b.vote_id = ${v}.id)::int + CASE WHEN ${v}.status = 'closed' THEN 1 ELSE 0 END + COALESCE((SELECT rc.calls FROM roll_calls rc WHERE rc.vote_id = ${v}.id), 0))`;

/**
 * The meeting's current question is its latest one; the meeting's current vote is that
 * question's vote, or none while the latest question has no vote (put, or decided by consensus).
 * The one definition: the live snapshot and the reconcile pass both read it here.
 */
const CURRENT_SQL = `
SELECT m.id AS meeting_id, m.version AS meeting_version, m.time_zone, m.start_date, m.end_date,
       m.version_day, cq.id AS question_id, cv.id AS vote_id,
       CASE WHEN cv.id IS NULL THEN NULL ELSE ${VOTE_VERSION_SQL('cv')} END AS vote_version
  FROM meetings m
  LEFT JOIN LATERAL (
    SELECT q.id FROM questions q WHERE q.meeting_id = m.id ORDER BY q.created_at DESC, q.id DESC LIMIT 1
  ) cq ON true
  LEFT JOIN votes cv ON cv.question_id = cq.id
 WHERE m.id = ANY($1::uuid[])`;

export interface CurrentRow {
  meetingId: string;
  meetingVersion: number;
  questionId: string | null;
  voteId: string | null;
  voteVersion: number | null;
  /** What the meeting day is computed from, so a reader can notice a new day. */
  id: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  versionDay: string | null;
}

interface Row {
  meeting_id: string;
  meeting_version: number;
  time_zone: string;
  start_date: string;
  end_date: string;
  version_day: string | null;
  question_id: string | null;
  vote_id: string | null;
  vote_version: number | null;
}

@Injectable()
export class LiveRepository {
  constructor(private readonly ds: DataSource) {}

  /** For each meeting: its version, current question, current vote and that vote's version. */
  async current(meetingIds: string[], em: EntityManager = this.ds.manager): Promise<CurrentRow[]> {
    if (!meetingIds.length) return [];
    const rows = await em.query<Row[]>(CURRENT_SQL, [meetingIds]);
    return rows.map((r) => ({
      meetingId: r.meeting_id,
      meetingVersion: r.meeting_version,
      questionId: r.question_id,
      voteId: r.vote_id,
      voteVersion: r.vote_version,
      id: r.meeting_id,
      timeZone: r.time_zone,
      startDate: r.start_date,
      endDate: r.end_date,
      versionDay: r.version_day,
    }));
  }
}
