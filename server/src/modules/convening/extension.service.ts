import { Injectable } from '@nestjs/common';
import {
  type ClearanceDeadlineView,
  type CreateExtensionRequestBody,
  type ExtensionDecisionBody,
  type ExtensionRequestView,
  MATTERS,
  compareIsoDates,
  extendedDeadline,
  validateStatesParties,
} from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import { DomainException, notFound } from '../../common/domain.exception';
import { MeetingService } from '../meeting/meeting.service';
import { RecordService } from '../record/record.service';
import { ConveningSupport, orThrow } from './convening.support';
import { ClearanceDeadlineEntity, ExtensionRequestEntity } from './extension-request.entity';

/** Article 5 extension requests: at most ten years, decided at the next MSP or Review Conference. */
@Injectable()
export class ExtensionService {
  constructor(
    private readonly support: ConveningSupport,
    private readonly meetings: MeetingService,
    private readonly record: RecordService,
  ) {}

  private async view(em: EntityManager, r: ExtensionRequestEntity): Promise<ExtensionRequestView> {
    const records = await this.support.records(em);
    return {
      id: r.id,
      stateIso3: r.stateIso3.trim(),
      stateName: this.support.nameOf(records, r.stateIso3.trim()),
      submittedOn: r.submittedOn,
      currentDeadline: r.currentDeadline,
      years: r.years,
      requestedDeadline: r.requestedDeadline,
      contents: r.contents,
      renewal: r.renewal,
      previousExtension: r.previousExtension,
      meetingId: r.meetingId,
      agendaItemId: r.agendaItemId,
      rule: MATTERS['art5-extension'].rule,
      status: r.status,
      decidedOn: r.decidedOn,
    };
  }

  async list(): Promise<ExtensionRequestView[]> {
    const em = this.support.ds.manager;
    const rows = await em
      .getRepository(ExtensionRequestEntity)
      .find({ order: { submittedOn: 'DESC', createdAt: 'DESC' } });
    return Promise.all(rows.map((r) => this.view(em, r)));
  }

  async get(id: string, em: EntityManager = this.support.ds.manager): Promise<ExtensionRequestView> {
    const r = await em.getRepository(ExtensionRequestEntity).findOneBy({ id });
    if (!r) throw notFound('Extension request', 'id');
    return this.view(em, r);
  }

  /**
   * Records the request and puts it on the agenda of the next MSP or Review Conference, in one
   * transaction: the agenda item never outlives a request that failed to be written.
   */
  async create(body: CreateExtensionRequestBody): Promise<ExtensionRequestView> {
    const today = this.support.today();
    if (compareIsoDates(body.submittedOn, today) > 0)
      throw new DomainException(
        'DATE_IN_FUTURE',
        `The date ${body.submittedOn} is after today (${today})`,
        'submittedOn',
      );
    const { id, meeting } = await this.support.ds.transaction(async (em) => {
      const records = await this.support.records(em);
      orThrow(validateStatesParties([body.stateIso3], records, body.submittedOn, 'stateIso3'));
      const requestedDeadline = orThrow(extendedDeadline(body.currentDeadline, body.years));
      const recorded = await em
        .getRepository(ClearanceDeadlineEntity)
        .findOneBy({ stateIso3: body.stateIso3 });
      if (recorded && recorded.deadline !== body.currentDeadline) {
        throw new DomainException(
          'DEADLINE_MISMATCH',
          `The recorded clearance deadline of ${body.stateIso3} is ${recorded.deadline}, not ${body.currentDeadline}`,
          'currentDeadline',
        );
      }
      const name = this.support.nameOf(records, body.stateIso3);
      // A second pending request for the State also fails on the partial unique index, at commit.
      const pending = await em
        .getRepository(ExtensionRequestEntity)
        .findOneBy({ stateIso3: body.stateIso3, status: 'pending' });
      if (pending)
        throw new DomainException(
          'ALREADY_EXISTS',
          `${name} already has a pending extension request`,
          'stateIso3',
        );
      const next = await this.support.nextMspOrReview(em, today);
      if (!next)
        throw new DomainException(
          'NO_NEXT_MEETING',
          'No MSP or Review Conference is scheduled to decide the request: set the next one up first',
          'stateIso3',
        );
      const title = `Article 5 extension request of ${name}: ${body.years} year${body.years === 1 ? '' : 's'}, from ${body.currentDeadline} to ${requestedDeadline}${body.renewal ? ' (renewal, Art. 5.6)' : ''}`;
      const { meeting, itemId } = await this.meetings.appendAgendaItem(em, next.id, title);
      const repo = em.getRepository(ExtensionRequestEntity);
      const saved = await repo.save(
        repo.create({
          stateIso3: body.stateIso3,
          submittedOn: body.submittedOn,
          currentDeadline: body.currentDeadline,
          years: body.years,
          requestedDeadline,
          contents: body.contents,
          renewal: body.renewal,
          previousExtension: body.previousExtension,
          meetingId: next.id,
          agendaItemId: itemId,
        }),
      );
      await this.record.append(em, {
        meetingId: next.id,
        kind: 'convening.extension-request',
        summary: `${title}; decided by a majority of States Parties present and voting (Art. 5.5).`,
        data: {
          requestId: saved.id,
          stateIso3: body.stateIso3,
          currentDeadline: body.currentDeadline,
          years: body.years,
          requestedDeadline,
          renewal: body.renewal,
        },
      });
      return { id: saved.id, meeting };
    });
    this.meetings.announce(meeting);
    return this.get(id);
  }

  /** The meeting's decision: read from its question (matter art5-extension) or entered as adopted or not. */
  async decide(id: string, body: ExtensionDecisionBody): Promise<ExtensionRequestView> {
    return this.support.ds.transaction(async (em) => {
      const rows = await em.query<unknown[]>('SELECT 1 FROM extension_requests WHERE id = $1 FOR UPDATE', [
        id,
      ]);
      if (!rows.length) throw notFound('Extension request', 'id');
      const r = (await em.getRepository(ExtensionRequestEntity).findOneBy({ id })) as ExtensionRequestEntity;
      if (r.status !== 'pending')
        throw new DomainException(
          'ALREADY_EXISTS',
          `The request was already decided: ${r.status} on ${r.decidedOn}`,
          'id',
        );
      let adopted = body.adopted ?? false;
      if (body.questionId) {
        const q = await this.support.question(em, body.questionId);
        if (q.meetingId !== r.meetingId || q.matter !== 'art5-extension') {
          throw new DomainException(
            'WRONG_QUESTION',
            'The question must be the decision on this request at its meeting (matter art5-extension)',
            'questionId',
          );
        }
        if (q.status !== 'adopted' && q.status !== 'rejected')
          throw new DomainException(
            'NOT_DECIDED',
            `The question is ${q.status}: decide it first`,
            'questionId',
          );
        adopted = q.status === 'adopted';
      }
      const decidedOn = this.meetings.meetingDay(await this.meetings.load(r.meetingId, em));
      const status = adopted ? 'granted' : 'refused';
      await em.update(
        ExtensionRequestEntity,
        { id },
        { status, decidedOn, questionId: body.questionId ?? null },
      );
      if (adopted) {
        await em.query(
          `INSERT INTO clearance_deadlines (state_iso3, deadline, extension_request_id) VALUES ($1, $2, $3)
           ON CONFLICT (state_iso3) DO UPDATE SET deadline = EXCLUDED.deadline, extension_request_id = EXCLUDED.extension_request_id, updated_at = now()`,
          [r.stateIso3, r.requestedDeadline, id],
        );
      }
      await this.record.append(em, {
        meetingId: r.meetingId,
        kind: 'convening.extension-decided',
        summary: adopted
          ? `Extension granted to ${r.stateIso3.trim()}: clearance deadline now ${r.requestedDeadline} (Art. 5.5).`
          : `Extension refused to ${r.stateIso3.trim()}: clearance deadline remains ${r.currentDeadline} (Art. 5.5).`,
        data: {
          requestId: id,
          adopted,
          questionId: body.questionId ?? null,
          deadline: adopted ? r.requestedDeadline : r.currentDeadline,
        },
      });
      return this.get(id, em);
    });
  }

  async clearanceDeadline(iso3: string): Promise<ClearanceDeadlineView> {
    const d = await this.support.ds.getRepository(ClearanceDeadlineEntity).findOneBy({ stateIso3: iso3 });
    if (!d) throw notFound(`Clearance deadline for ${iso3}`, 'iso3');
    return {
      iso3,
      deadline: this.support.deadline(d.deadline, this.support.today()),
      extensionRequestId: d.extensionRequestId,
    };
  }
}
