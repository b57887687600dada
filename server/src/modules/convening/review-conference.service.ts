import { Injectable } from '@nestjs/common';
import {
  type CreateReviewConferenceBody,
  type MeetingView,
  type ReviewConferenceTiming,
  earliestReviewConference,
  validateReviewConferenceDate,
  validateStatesParties,
} from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import { MeetingService } from '../meeting/meeting.service';
import { RecordService } from '../record/record.service';
import { ConveningSupport, orThrow } from './convening.support';

/** Article 12: a Review Conference on request, never less than five years after the previous one. */
@Injectable()
export class ReviewConferenceService {
  constructor(
    private readonly support: ConveningSupport,
    private readonly meetings: MeetingService,
    private readonly record: RecordService,
  ) {}

  async timing(em: EntityManager = this.support.ds.manager): Promise<ReviewConferenceTiming> {
    const rows = await em.query<{ id: string; startDate: string }[]>(
      `SELECT id, start_date AS "startDate" FROM meetings WHERE kind = 'review' ORDER BY start_date DESC LIMIT 1`,
    );
    const previous = rows[0] ?? null;
    const earliest = earliestReviewConference(previous?.startDate ?? null);
    const explanation = previous
      ? `The previous Review Conference began on ${previous.startDate}; the next may begin on ${earliest} at the earliest (Art. 12.1).`
      : `No Review Conference is recorded; the first may begin five years after entry into force, on ${earliest} (Art. 12.1).`;
    return { previous: previous ? { meetingId: previous.id, startDate: previous.startDate } : null, earliest, explanation };
  }

  async create(body: CreateReviewConferenceBody): Promise<MeetingView> {
    const today = this.support.today(body.timeZone);
    const timing = await this.timing();
    const records = await this.support.records();
    orThrow(validateStatesParties(body.requestingStates, records, today, 'requestingStates'));
    orThrow(validateReviewConferenceDate(body.startDate, timing.previous?.startDate ?? null));
    const meeting = await this.meetings.create({
      kind: 'review',
      number: body.number,
      title: body.title,
      venue: body.venue,
      startDate: body.startDate,
      endDate: body.endDate,
      timeZone: body.timeZone,
      agenda: [],
    });
    const requesting = body.requestingStates.map((s) => this.support.nameOf(records, s)).join(', ');
    await this.support.ds.transaction((em) =>
      this.record.append(em, {
        meetingId: meeting.id,
        kind: 'convening.review-conference',
        summary: `Convened under Art. 12 at the request of ${requesting}. ${timing.explanation}`,
        data: { requestingStates: body.requestingStates, previous: timing.previous, earliest: timing.earliest },
      }),
    );
    return meeting;
  }
}
