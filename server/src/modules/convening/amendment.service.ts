import { Injectable } from '@nestjs/common';
import {
  type AcceptanceBody,
  type AmendmentView,
  type BoundView,
  type CreateAmendmentBody,
  type IndicationBody,
  type Principal,
  type ScheduleAmendmentConferenceBody,
  addDays,
  amendmentConferenceStart,
  amendmentSupportLastDay,
  boundByAmendment,
  compareIsoDates,
  conveningPhase,
  countProgress,
  maxIsoDate,
  validateIndication,
  validateStatesParties,
} from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import { DomainException, notFound } from '../../common/domain.exception';
import { MeetingService } from '../meeting/meeting.service';
import { RecordService } from '../record/record.service';
import { AmendmentEntity } from './amendment.entity';
import { ConveningSupport, orThrow } from './convening.support';
import { StateActEntity, type StateActKind } from './state-act.entity';

type CountedKind = 'amendment-support' | 'amendment-earlier' | 'amendment-acceptance';
const PROCEDURE = {
  'amendment-support': 'amendment-support',
  'amendment-earlier': 'amendment-earlier',
  'amendment-acceptance': 'amendment-acceptance',
} as const;

/** Article 13: circulation, support within 30 days, the Amendment Conference, adoption, acceptances. */
@Injectable()
export class AmendmentService {
  constructor(
    private readonly support: ConveningSupport,
    private readonly meetings: MeetingService,
    private readonly record: RecordService,
  ) {}

  private async build(em: EntityManager, a: AmendmentEntity, today: string): Promise<AmendmentView> {
    const records = await this.support.records(em);
    const acts = await em.getRepository(StateActEntity).findBy({ amendmentId: a.id });
    const of = (k: StateActKind) => acts.filter((x) => x.kind === k);
    const supportBy = amendmentSupportLastDay(a.circulatedOn);
    const support = countProgress(
      'majority-of-parties',
      this.support.indications(of('amendment-support')),
      records,
      { from: a.circulatedOn, lastDay: supportBy },
      today,
    );
    const earlier = countProgress(
      'majority-of-parties',
      this.support.indications(of('amendment-earlier')),
      records,
      { from: a.circulatedOn, lastDay: null },
      today,
    );
    const acceptances = this.support.indications(of('amendment-acceptance'));
    return {
      id: a.id,
      proposedBy: a.proposedBy.trim(),
      text: a.text,
      circulatedOn: a.circulatedOn,
      supportBy: this.support.deadline(supportBy, today),
      phase: conveningPhase(support, supportBy, today, a.conferenceMeetingId !== null),
      support,
      supporters: this.support.stateActs(of('amendment-support'), records),
      earlierRequest: earlier,
      earlierRequesters: this.support.stateActs(of('amendment-earlier'), records),
      conferenceMeetingId: a.conferenceMeetingId,
      adoption:
        a.adoptionQuestionId && a.adoptedOn
          ? { questionId: a.adoptionQuestionId, adoptedOn: a.adoptedOn }
          : null,
      acceptances: this.support.stateActs(of('amendment-acceptance'), records),
      entryIntoForce: boundByAmendment(acceptances, records, today).entryIntoForce,
    };
  }

  private async lock(em: EntityManager, id: string): Promise<AmendmentEntity> {
    const rows = await em.query<unknown[]>('SELECT 1 FROM amendment_proposals WHERE id = $1 FOR UPDATE', [
      id,
    ]);
    if (!rows.length) throw notFound('Amendment', 'id');
    return (await em.getRepository(AmendmentEntity).findOneBy({ id })) as AmendmentEntity;
  }

  async list(): Promise<AmendmentView[]> {
    const em = this.support.ds.manager;
    const today = this.support.today();
    const rows = await em
      .getRepository(AmendmentEntity)
      .find({ order: { circulatedOn: 'DESC', createdAt: 'DESC' } });
    return Promise.all(rows.map((a) => this.build(em, a, today)));
  }

  async get(id: string, em: EntityManager = this.support.ds.manager): Promise<AmendmentView> {
    const a = await em.getRepository(AmendmentEntity).findOneBy({ id });
    if (!a) throw notFound('Amendment', 'id');
    return this.build(em, a, this.support.today());
  }

  async create(body: CreateAmendmentBody): Promise<AmendmentView> {
    const today = this.support.today();
    return this.support.ds.transaction(async (em) => {
      if (compareIsoDates(body.circulatedOn, today) > 0)
        throw new DomainException(
          'DATE_IN_FUTURE',
          `The date ${body.circulatedOn} is after today (${today})`,
          'circulatedOn',
        );
      orThrow(
        validateStatesParties(
          [body.proposedBy],
          await this.support.records(em),
          body.circulatedOn,
          'proposedBy',
        ),
      );
      const repo = em.getRepository(AmendmentEntity);
      const a = await repo.save(
        repo.create({ proposedBy: body.proposedBy, text: body.text, circulatedOn: body.circulatedOn }),
      );
      return this.build(em, a, today);
    });
  }

  /** Support (Art. 13.1), a request to meet earlier (Art. 13.3) or an instrument of acceptance (Art. 13.5). */
  async act(id: string, kind: CountedKind, who: Principal, body: IndicationBody): Promise<AmendmentView> {
    const today = this.support.today();
    const view = await this.support.ds.transaction(async (em) => {
      const a = await this.lock(em, id);
      const act = this.support.actor(who, body, today);
      const existing = await em.getRepository(StateActEntity).findBy({ amendmentId: id, kind });
      let ctx: Parameters<typeof validateIndication>[3];
      if (kind === 'amendment-support') {
        ctx = {
          act: 'support the amendment',
          from: a.circulatedOn,
          lastDay: amendmentSupportLastDay(a.circulatedOn),
          period: `Art. 13.1: 30 days after circulation on ${a.circulatedOn}`,
          today,
        };
      } else if (kind === 'amendment-earlier') {
        if (a.conferenceMeetingId)
          throw new DomainException(
            'ALREADY_CONVENED',
            'The Amendment Conference is already scheduled',
            'id',
          );
        ctx = {
          act: 'request an earlier Amendment Conference',
          from: a.circulatedOn,
          lastDay: null,
          period: `Art. 13.3, from the circulation on ${a.circulatedOn}`,
          today,
        };
      } else {
        if (!a.adoptedOn)
          throw new DomainException(
            'NOT_ADOPTED',
            'Acceptances are deposited once the Amendment Conference has adopted the amendment',
            'id',
          );
        ctx = {
          act: 'deposit an instrument of acceptance',
          from: a.adoptedOn,
          lastDay: null,
          period: `Art. 13.5, from the adoption on ${a.adoptedOn}`,
          today,
        };
      }
      orThrow(
        validateIndication(act, this.support.indications(existing), await this.support.records(em), ctx),
      );
      await em
        .getRepository(StateActEntity)
        .insert({ kind, amendmentId: id, stateIso3: act.iso3, date: act.date, enteredBy: act.enteredBy });
      return this.build(em, a, today);
    });
    const progress =
      kind === 'amendment-support'
        ? view.support
        : kind === 'amendment-earlier'
          ? view.earlierRequest
          : (await this.bound(id, today)).acceptances;
    this.support.emitCounted({ procedure: PROCEDURE[kind], id, progress });
    return view;
  }

  async accept(id: string, who: Principal, body: AcceptanceBody): Promise<AmendmentView> {
    return this.act(id, 'amendment-acceptance', who, { stateIso3: body.stateIso3, date: body.date });
  }

  /**
   * Art. 13.3: right after the next MSP or Review Conference (the day after it ends), unless a
   * majority of States Parties requested an earlier conference; then on the date given.
   */
  async scheduleConference(id: string, body: ScheduleAmendmentConferenceBody): Promise<AmendmentView> {
    const today = this.support.today();
    await this.support.ds.transaction(async (em) => {
      const a = await this.lock(em, id);
      if (a.conferenceMeetingId)
        throw new DomainException('ALREADY_EXISTS', 'The Amendment Conference is already scheduled', 'id');
      const view = await this.build(em, a, today);
      if (!view.support.metOn)
        throw new DomainException(
          'THRESHOLD_NOT_MET',
          `No Amendment Conference: ${view.support.explanation}`,
          'id',
        );
      let start: string;
      let venue = body.venue;
      let timeZone = this.support.timeZone;
      let after = '';
      if (view.earlierRequest.met) {
        if (!body.startDate)
          throw new DomainException(
            'VALIDATION',
            'A majority requested an earlier conference: give its startDate',
            'startDate',
          );
        if (compareIsoDates(body.startDate, today) < 0)
          throw new DomainException(
            'CONVENE_DATE',
            `The conference cannot start in the past (today is ${today})`,
            'startDate',
          );
        start = body.startDate;
        after = `earlier, as a majority requested (${view.earlierRequest.explanation})`;
      } else {
        if (body.startDate) {
          throw new DomainException(
            'CONVENE_DATE',
            `The conference follows the next MSP or Review Conference unless a majority requests it earlier: ${view.earlierRequest.explanation}`,
            'startDate',
          );
        }
        const next = await this.support.nextMspOrReview(em, maxIsoDate(view.support.metOn, today));
        if (!next)
          throw new DomainException(
            'NO_NEXT_MEETING',
            'No MSP or Review Conference is scheduled: set the next one up first (Art. 13.3)',
            'id',
          );
        start = amendmentConferenceStart(next);
        venue = venue ?? next.venue;
        timeZone = next.timeZone;
        after = `immediately following ${next.title} (${next.startDate} to ${next.endDate})`;
      }
      // In this transaction: if anything below fails, no Amendment Conference is left behind.
      const meeting = await this.meetings.create(
        {
          kind: 'amendment',
          number: null,
          title: body.title ?? 'Amendment Conference',
          venue: venue ?? 'Geneva',
          startDate: start,
          endDate: addDays(start, body.days - 1),
          timeZone,
          agenda: [
            'Opening of the Amendment Conference',
            'Consideration and adoption of the proposed amendment (Art. 13.4)',
          ],
        },
        em,
      );
      await em.update(AmendmentEntity, { id }, { conferenceMeetingId: meeting.id });
      const s = view.support;
      await this.record.append(em, {
        meetingId: meeting.id,
        kind: 'convening.amendment-conference',
        summary: `Convened under Art. 13: ${s.count} of ${s.parties} States Parties supported the amendment circulated on ${a.circulatedOn} (a majority requires ${s.required}), first met on ${s.metOn}; held ${after}.`,
        data: {
          amendmentId: id,
          circulatedOn: a.circulatedOn,
          supportBy: view.supportBy.lastDay,
          count: s.count,
          parties: s.parties,
          required: s.required,
          metOn: s.metOn,
          earlier: view.earlierRequest.met,
        },
      });
    });
    return this.get(id);
  }

  /** Reads the Amendment Conference's decision (matter art13-amendment, two-thirds present and voting). */
  async recordAdoption(id: string, questionId: string): Promise<AmendmentView> {
    await this.support.ds.transaction(async (em) => {
      const a = await this.lock(em, id);
      if (!a.conferenceMeetingId)
        throw new DomainException('NOT_CONVENED', 'Schedule the Amendment Conference first', 'id');
      if (a.adoptedOn)
        throw new DomainException(
          'ALREADY_EXISTS',
          `The adoption was already recorded (${a.adoptedOn})`,
          'questionId',
        );
      const q = await this.support.question(em, questionId);
      if (q.meetingId !== a.conferenceMeetingId || q.matter !== 'art13-amendment') {
        throw new DomainException(
          'WRONG_QUESTION',
          'The question must be the Amendment Conference’s decision on the amendment (matter art13-amendment)',
          'questionId',
        );
      }
      if (q.status !== 'adopted')
        throw new DomainException(
          'NOT_ADOPTED',
          `The amendment was not adopted: the question is ${q.status}`,
          'questionId',
        );
      const meeting = await this.meetings.load(a.conferenceMeetingId, em);
      const adoptedOn = this.meetings.meetingDay(meeting);
      await em.update(AmendmentEntity, { id }, { adoptionQuestionId: questionId, adoptedOn });
      await this.record.append(em, {
        meetingId: meeting.id,
        kind: 'convening.amendment-adopted',
        summary: `Amendment adopted on ${adoptedOn} (Art. 13.4); it enters into force when a majority of States Parties have deposited instruments of acceptance (Art. 13.5).`,
        data: { amendmentId: id, questionId, adoptedOn },
      });
    });
    return this.get(id);
  }

  /** Who is bound on `on` (Art. 13.5): the early acceptors from entry into force, later ones from deposit. */
  async bound(id: string, on: string = this.support.today()): Promise<BoundView> {
    const em = this.support.ds.manager;
    const a = await em.getRepository(AmendmentEntity).findOneBy({ id });
    if (!a) throw notFound('Amendment', 'id');
    const records = await this.support.records(em);
    const acts = await em
      .getRepository(StateActEntity)
      .findBy({ amendmentId: id, kind: 'amendment-acceptance' });
    const inds = this.support.indications(acts);
    const { entryIntoForce, bound } = boundByAmendment(inds, records, on);
    const acceptances = countProgress(
      'majority-of-parties',
      inds,
      records,
      { from: a.adoptedOn ?? a.circulatedOn, lastDay: null },
      on,
    );
    return {
      on,
      entryIntoForce,
      acceptances,
      bound: bound.map((b) => ({ iso3: b.iso3, name: this.support.nameOf(records, b.iso3), since: b.date })),
    };
  }
}
