import { Injectable } from '@nestjs/common';
import {
  type CreateReviewConferenceBody,
  type MeetingView,
  type ReviewConferenceTiming,
  reviewConferenceTiming,
  validateReviewConferenceDate,
  validateStatesParties,
} from '@plenary/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { EntityManager } from 'typeorm';
import { MeetingService } from '../meeting/meeting.service';
import { RecordService } from '../record/record.service';
import { ConveningSupport, orThrow } from './convening.support';

/** The Review Conferences held before this system, from the shipped history (e.g. 5RC, Siem Reap 2024). */
export function historicReviewConferences(
  file = join(__dirname, '..', '..', '..', 'seed', 'meetings-history.csv'),
): { code: string; startDate: string }[] {
  const rows = parse<{ number: string; start: string }>(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  return rows.filter((r) => /RC$/.test(r.number)).map((r) => ({ code: r.number, startDate: r.start }));
}

/** Article 12: a Review Conference on request, never less than five years after the previous one. */
@Injectable()
export class ReviewConferenceService {
  constructor(
    private readonly support: ConveningSupport,
    private readonly meetings: MeetingService,
    private readonly record: RecordService,
  ) {}

  private readonly history = historicReviewConferences();

  async timing(em: EntityManager = this.support.ds.manager): Promise<ReviewConferenceTiming> {
    const rows = await em.query<{ meetingId: string; code: string; startDate: string }[]>(
      `SELECT id AS "meetingId", code, start_date AS "startDate" FROM meetings WHERE kind = 'review' ORDER BY start_date DESC LIMIT 1`,
    );
    const candidates: { meetingId: string | null; code: string | null; startDate: string }[] = [
      ...rows,
      ...this.history.map((h) => ({ meetingId: null, code: h.code, startDate: h.startDate })),
    ];
    const previous = candidates.sort((a, b) => b.startDate.localeCompare(a.startDate))[0] ?? null;
    const { earliest, reason } = reviewConferenceTiming(previous?.startDate ?? null);
    const explanation = previous
      ? `The previous Review Conference${previous.code ? ` (${previous.code})` : ''} began on ${previous.startDate}; the next may begin on ${earliest} at the earliest (Art. 12.1).`
      : `No Review Conference is recorded; the first may begin five years after entry into force, on ${earliest} (Art. 12.1).`;
    return { previous, earliest, explanation, reason };
  }

  /**
   * One transaction under the Review Conference lock: the five-year check (Art. 12.1) reads the
   * latest Review Conference and the new one is written before any other request may read it.
   */
  async create(body: CreateReviewConferenceBody): Promise<MeetingView> {
    const today = this.support.today();
    return this.support.ds.transaction(async (em) => {
      await this.support.lockReviewConferences(em);
      const timing = await this.timing(em);
      const records = await this.support.records(em);
      orThrow(validateStatesParties(body.requestingStates, records, today, 'requestingStates'));
      orThrow(validateReviewConferenceDate(body.startDate, timing.previous?.startDate ?? null));
      const meeting = await this.meetings.create(
        {
          kind: 'review',
          number: body.number,
          title: body.title,
          venue: body.venue,
          startDate: body.startDate,
          endDate: body.endDate,
          timeZone: body.timeZone,
          agenda: [],
        },
        em,
      );
      const requesting = body.requestingStates.map((s) => this.support.nameOf(records, s)).join(', ');
      await this.record.append(em, {
        meetingId: meeting.id,
        kind: 'convening.review-conference',
        summary: `Convened under Art. 12 at the request of ${requesting}. ${timing.explanation}`,
        data: {
          requestingStates: body.requestingStates,
          previous: timing.previous,
          earliest: timing.earliest,
        },
      });
      return meeting;
    });
  }
}
