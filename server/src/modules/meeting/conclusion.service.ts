import { Injectable } from '@nestjs/common';
import {
  CONCLUSION_KIND,
  type ConclusionView,
  type RecordConclusionBody,
  MEETING_KIND_LABELS,
  type MeetingKind,
} from '@plenary/shared';
import { DataSource } from 'typeorm';
import { DomainException } from '../../common/domain.exception';
import { inTransaction } from '../../common/transaction';
import { RecordService } from '../record/record.service';
import { ConclusionRepository } from './conclusion.repository';
import { MeetingService } from './meeting.service';

/**
 * Conclusions and recommendations of a committee meeting (DOMAIN.md §9, issue 12 item 3): a
 * committee seeks general agreement and records them; the next MSP or Review Conference
 * considers them, as one agenda item per committee meeting.
 */
@Injectable()
export class ConclusionService {
  constructor(
    private readonly ds: DataSource,
    private readonly meetings: MeetingService,
    private readonly repo: ConclusionRepository,
    private readonly record: RecordService,
  ) {}

  async list(meetingId: string): Promise<ConclusionView[]> {
    await this.meetings.load(meetingId);
    return this.repo.list(this.ds.manager, meetingId);
  }

  async add(meetingId: string, body: RecordConclusionBody): Promise<ConclusionView> {
    const out = await inTransaction(this.ds, async (em) => {
      const m = await this.meetings.lock(em, meetingId);
      if (m.kind !== 'committee')
        throw new DomainException(
          'CONCLUSIONS_COMMITTEE_ONLY',
          `Conclusions and recommendations are recorded at a committee meeting; this is a ${MEETING_KIND_LABELS[m.kind as MeetingKind]}`,
          'meetingId',
        );
      if (m.status !== 'open')
        throw new DomainException(
          'MEETING_NOT_OPEN',
          `Conclusions and recommendations are recorded while the meeting is open; this one is ${m.status}`,
          'meetingId',
        );
      const view = await this.repo.insert(em, meetingId, body.kind, body.text);
      await this.record.append(em, {
        meetingId,
        kind: CONCLUSION_KIND,
        summary: `${body.kind === 'conclusion' ? 'Conclusion' : 'Recommendation'} ${view.position} of the ${m.title}: ${body.text}`,
        data: {
          conclusionId: view.id,
          position: view.position,
          kind: body.kind,
          text: body.text,
          committee: m.committee,
        },
      });
      // The committee meeting's screens list its conclusions: a change they must see.
      await this.meetings.bumpVersion(em, meetingId);
      const carriedTo = await this.repo.carryFrom(em, meetingId);
      return {
        view,
        committee: await this.meetings.get(meetingId, em),
        carriedTo: carriedTo ? await this.meetings.get(carriedTo, em) : null,
      };
    });
    this.meetings.announce(out.committee);
    if (out.carriedTo) this.meetings.announce(out.carriedTo);
    return out.view;
  }
}
