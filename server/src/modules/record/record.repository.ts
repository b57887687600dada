import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OfficialRecordSource } from '@plenary/shared';
import type { ChainHead, StoredEntry } from './record-chain';

/** A timestamptz as the chain hashes it: UTC with microseconds, `2026-03-02T09:15:02.123456Z`. */
export const utcMicros = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface RecordRow {
  id: number;
  meetingId: string;
  seq: number;
  at: string;
  kind: string;
  summary: string;
  data: Record<string, unknown>;
  corrects: number | null;
  prevHash: string | null;
  hash: string;
}

const COLUMNS = `id::bigint AS id, meeting_id AS "meetingId", seq, ${utcMicros('at')} AS at, kind, summary, data,
  corrects_id AS corrects, prev_hash AS "prevHash", hash`;

const toRow = (r: RecordRow): RecordRow => ({
  ...r,
  id: Number(r.id),
  corrects: r.corrects === null ? null : Number(r.corrects),
});

/** The record's SQL: appends under the chain head's lock, reads in chain order. */
@Injectable()
export class RecordRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Locks the meeting's row, then its chain head (created empty the first time), for the rest of
   * the transaction, so appends to one meeting take turns; returns the head with the new entry's
   * id and time. The meeting row comes first, with the lock that bumping its version takes: a
   * use case that appends and then bumps the version, and one that bumps and then appends, take
   * the two in the same order and cannot deadlock (ADR 0005, lock order).
   */
  async lockHead(em: EntityManager, meetingId: string): Promise<ChainHead & { id: number; at: string }> {
    await em.query('SELECT 1 FROM meetings WHERE id = $1 FOR NO KEY UPDATE', [meetingId]);
    await em.query(
      'INSERT INTO record_chain_heads (meeting_id, seq, hash) VALUES ($1, 0, NULL) ON CONFLICT (meeting_id) DO NOTHING',
      [meetingId],
    );
    const [head] = await em.query<{ seq: number; hash: string | null }[]>(
      'SELECT seq, hash FROM record_chain_heads WHERE meeting_id = $1 FOR UPDATE',
      [meetingId],
    );
    // The time is read after the lock, so times never go backwards along a chain.
    const [next] = await em.query<{ id: number; at: string }[]>(
      `SELECT nextval(pg_get_serial_sequence('record_entries', 'id'))::bigint AS id, ${utcMicros('clock_timestamp()')} AS at`,
    );
    return { seq: head.seq, hash: head.hash, id: Number(next.id), at: next.at };
  }

  async insert(em: EntityManager, e: StoredEntry): Promise<RecordRow> {
    const [row] = await em.query<RecordRow[]>(
      `INSERT INTO record_entries (id, meeting_id, seq, at, kind, summary, data, corrects_id, prev_hash, hash)
       VALUES ($1, $2, $3, $4::timestamptz, $5, $6, $7::jsonb, $8, $9, $10)
       RETURNING ${COLUMNS}`,
      [
        e.id,
        e.meetingId,
        e.seq,
        e.at,
        e.kind,
        e.summary,
        JSON.stringify(e.data),
        e.corrects,
        e.prevHash,
        e.hash,
      ],
    );
    return toRow(row);
  }

  async findInMeeting(em: EntityManager, meetingId: string, id: number): Promise<RecordRow | null> {
    const rows = await em.query<RecordRow[]>(
      `SELECT ${COLUMNS} FROM record_entries WHERE meeting_id = $1 AND id = $2`,
      [meetingId, id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** A meeting's entries in chain order, optionally of one kind. */
  async list(meetingId: string, kind?: string, em: EntityManager = this.ds.manager): Promise<RecordRow[]> {
    const rows = await em.query<RecordRow[]>(
      `SELECT ${COLUMNS} FROM record_entries WHERE meeting_id = $1 AND ($2::text IS NULL OR kind = $2)
       ORDER BY seq, id`,
      [meetingId, kind ?? null],
    );
    return rows.map(toRow);
  }

  /** The stored chain head and the time of its entry; null when the meeting has no record yet. */
  async head(
    meetingId: string,
    em: EntityManager = this.ds.manager,
  ): Promise<(ChainHead & { at: string | null }) | null> {
    const rows = await em.query<{ seq: number; hash: string | null; at: string | null }[]>(
      `SELECT h.seq, h.hash, ${utcMicros('e.at')} AS at
         FROM record_chain_heads h LEFT JOIN record_entries e ON e.meeting_id = h.meeting_id AND e.seq = h.seq
        WHERE h.meeting_id = $1`,
      [meetingId],
    );
    return rows[0] ?? null;
  }

  /** What the official record prints about its meeting; null when there is no such meeting. */
  async meeting(
    meetingId: string,
    em: EntityManager = this.ds.manager,
  ): Promise<OfficialRecordSource['meeting'] | null> {
    const rows = await em.query<OfficialRecordSource['meeting'][]>(
      `SELECT id, code, kind, title, venue, to_char(start_date, 'YYYY-MM-DD') AS "startDate",
              to_char(end_date, 'YYYY-MM-DD') AS "endDate", time_zone AS "timeZone"
         FROM meetings WHERE id = $1`,
      [meetingId],
    );
    return rows[0] ?? null;
  }

  /** The meeting's agenda items and questions: the titles and texts decisions were taken on. */
  async agendaAndQuestions(
    meetingId: string,
    em: EntityManager = this.ds.manager,
  ): Promise<Pick<OfficialRecordSource, 'agenda' | 'questions'>> {
    const agenda = await em.query<OfficialRecordSource['agenda'][number][]>(
      'SELECT id, position, title FROM agenda_items WHERE meeting_id = $1 ORDER BY position',
      [meetingId],
    );
    const questions = await em.query<OfficialRecordSource['questions'][number][]>(
      'SELECT id, text, agenda_item_id AS "agendaItemId" FROM questions WHERE meeting_id = $1',
      [meetingId],
    );
    return { agenda, questions };
  }

  /** The titles of the meeting's elections, as the secretariat wrote them (the record prints them). */
  electionTitles(
    meetingId: string,
    em: EntityManager = this.ds.manager,
  ): Promise<{ id: string; title: string }[]> {
    return em.query<{ id: string; title: string }[]>(
      'SELECT id, title FROM elections WHERE meeting_id = $1 ORDER BY created_at, id',
      [meetingId],
    );
  }

  /** The meeting's delegations and their States, to name who raised a point of order. */
  delegationStates(
    meetingId: string,
    em: EntityManager = this.ds.manager,
  ): Promise<{ id: string; iso3: string | null }[]> {
    return em.query<{ id: string; iso3: string | null }[]>(
      'SELECT id, TRIM(state_iso3) AS iso3 FROM delegations WHERE meeting_id = $1',
      [meetingId],
    );
  }

  /** Meetings to verify: one (by id or code) or all, in date order. */
  async meetingsToVerify(em: EntityManager, idOrCode?: string): Promise<{ id: string; code: string }[]> {
    return em.query<{ id: string; code: string }[]>(
      `SELECT id, code FROM meetings
        WHERE $1::text IS NULL OR id::text = $1 OR lower(code) = lower($1)
        ORDER BY start_date, code`,
      [idOrCode ?? null],
    );
  }
}
