import { Injectable } from '@nestjs/common';
import {
  type ConveneSpecialMeetingBody,
  type ConvenedMeeting,
  type CreateSpecialMeetingProposalBody,
  type IndicationBody,
  MATTERS,
  type Matter,
  type Principal,
  type SpecialMeetingProposalView,
  compareIsoDates,
  conveningPhase,
  countProgress,
  quorumFor,
  specialMeetingDates,
  statesPartiesOn,
  validateIndication,
  validateSpecialMeetingStart,
  validateStatesParties,
  reason,
} from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import { DomainException, notFound } from '../../common/domain.exception';
import { MeetingService } from '../meeting/meeting.service';
import { RecordService } from '../record/record.service';
import { ClarificationEntity } from './clarification.entity';
import { ConveningSupport, orThrow } from './convening.support';
import { FactFindingMissionEntity } from './fact-finding-mission.entity';
import { SpecialMeetingProposalEntity } from './special-meeting-proposal.entity';
import { StateActEntity } from './state-act.entity';

const ART8_MATTERS: Matter[] = ['art8-consider-further', 'art8-fact-finding', 'art8-measures'];
const DECISIONS = ART8_MATTERS.map((matter) => ({
  matter,
  label: MATTERS[matter].label,
  rule: MATTERS[matter].rule,
  source: MATTERS[matter].source,
  consensusFirst: MATTERS[matter].consensusFirst,
}));
const AGENDA = [
  'Opening of the Special Meeting',
  'Adoption of the agenda and the rules of procedure',
  'Whether to consider the matter further (Art. 8.6)',
  'Fact-finding mission and its mandate (Art. 8.8)',
  'Measures and recommendations (Art. 8.18-8.20)',
];

/** Art. 8.3-8.10: the proposal, the one-third favouring it within 14 days, the meeting and its missions. */
@Injectable()
export class SpecialMeetingService {
  constructor(
    private readonly support: ConveningSupport,
    private readonly meetings: MeetingService,
    private readonly record: RecordService,
  ) {}

  private async build(
    em: EntityManager,
    p: SpecialMeetingProposalEntity,
    today: string,
  ): Promise<SpecialMeetingProposalView> {
    const records = await this.support.records(em);
    const acts = await em
      .getRepository(StateActEntity)
      .findBy({ specialMeetingId: p.id, kind: 'special-meeting-favour' });
    const missions = await em
      .getRepository(FactFindingMissionEntity)
      .find({ where: { proposalId: p.id }, order: { createdAt: 'ASC' } });
    const { favourBy, conveneBy } = specialMeetingDates(p.communicatedOn);
    const progress = countProgress(
      'one-third-of-parties',
      this.support.indications(acts),
      records,
      { from: p.communicatedOn, lastDay: favourBy },
      today,
    );
    const lapsed =
      p.lapsedCount !== null && p.lapsedParties !== null && p.lapsedRequired !== null
        ? {
            count: p.lapsedCount,
            parties: p.lapsedParties,
            required: p.lapsedRequired,
            explanation: `Lapsed: ${p.lapsedCount} of ${p.lapsedParties} States Parties favoured it by ${favourBy}; one-third requires ${p.lapsedRequired} (Art. 8.5).`,
            reason: reason('progress.ended', {
              countRule: 'one-third-of-parties',
              count: p.lapsedCount,
              parties: p.lapsedParties,
              required: p.lapsedRequired,
              lastDay: favourBy,
            }),
          }
        : null;
    return {
      id: p.id,
      clarificationId: p.clarificationId,
      requestingStates: p.requestingStates,
      matter: p.matter,
      communicatedOn: p.communicatedOn,
      favourBy: this.support.deadline(favourBy, today),
      conveneBy: this.support.deadline(conveneBy, today),
      phase: conveningPhase(progress, favourBy, today, p.meetingId !== null),
      progress,
      favouring: this.support.stateActs(acts, records),
      meetingId: p.meetingId,
      lapsed,
      missions: missions.map((m) => ({
        id: m.id,
        questionId: m.questionId,
        mandate: m.mandate,
        experts: m.experts,
        excludedNationalities: m.excludedNationalities,
      })),
      decisions: DECISIONS,
    };
  }

  private async lock(em: EntityManager, id: string): Promise<SpecialMeetingProposalEntity> {
    const rows = await em.query<unknown[]>(
      'SELECT 1 FROM special_meeting_proposals WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (!rows.length) throw notFound('Special Meeting proposal', 'id');
    return (await em
      .getRepository(SpecialMeetingProposalEntity)
      .findOneBy({ id })) as SpecialMeetingProposalEntity;
  }

  async list(): Promise<SpecialMeetingProposalView[]> {
    const today = this.support.today();
    const em = this.support.ds.manager;
    const rows = await em
      .getRepository(SpecialMeetingProposalEntity)
      .find({ order: { communicatedOn: 'DESC', createdAt: 'DESC' } });
    return Promise.all(rows.map((p) => this.build(em, p, today)));
  }

  async get(id: string, em: EntityManager = this.support.ds.manager): Promise<SpecialMeetingProposalView> {
    const p = await em.getRepository(SpecialMeetingProposalEntity).findOneBy({ id });
    if (!p) throw notFound('Special Meeting proposal', 'id');
    return this.build(em, p, this.support.today());
  }

  async create(body: CreateSpecialMeetingProposalBody): Promise<SpecialMeetingProposalView> {
    const today = this.support.today();
    return this.support.ds.transaction(async (em) => {
      if (compareIsoDates(body.communicatedOn, today) > 0)
        throw new DomainException(
          'DATE_IN_FUTURE',
          `The date ${body.communicatedOn} is after today (${today})`,
          'communicatedOn',
        );
      if (body.clarificationId) {
        const c = await em.getRepository(ClarificationEntity).findOneBy({ id: body.clarificationId });
        if (!c) throw notFound('Request for Clarification', 'clarificationId');
        if (compareIsoDates(body.communicatedOn, c.submittedOn) < 0) {
          throw new DomainException(
            'BEFORE_PERIOD',
            `The proposal cannot be communicated before the Request for Clarification (${c.submittedOn})`,
            'communicatedOn',
          );
        }
      }
      orThrow(
        validateStatesParties(
          body.requestingStates,
          await this.support.records(em),
          body.communicatedOn,
          'requestingStates',
        ),
      );
      const repo = em.getRepository(SpecialMeetingProposalEntity);
      const p = await repo.save(
        repo.create({
          clarificationId: body.clarificationId,
          requestingStates: body.requestingStates,
          matter: body.matter,
          communicatedOn: body.communicatedOn,
        }),
      );
      return this.build(em, p, today);
    });
  }

  /** A State favours the proposal: counted live against one-third of the States Parties on each day. */
  async favour(id: string, who: Principal, body: IndicationBody): Promise<SpecialMeetingProposalView> {
    const today = this.support.today();
    const view = await this.support.ds.transaction(async (em) => {
      const p = await this.lock(em, id);
      if (p.meetingId)
        throw new DomainException(
          'ALREADY_CONVENED',
          'The Special Meeting has been convened; no further indications are taken',
          'id',
        );
      const act = this.support.actor(who, body, today);
      const existing = await em
        .getRepository(StateActEntity)
        .findBy({ specialMeetingId: id, kind: 'special-meeting-favour' });
      const { favourBy } = specialMeetingDates(p.communicatedOn);
      const ctx = {
        act: 'favour the Special Meeting',
        from: p.communicatedOn,
        lastDay: favourBy,
        period: `Art. 8.5: 14 days from the communication on ${p.communicatedOn}`,
        today,
      };
      orThrow(
        validateIndication(act, this.support.indications(existing), await this.support.records(em), ctx),
      );
      await em.getRepository(StateActEntity).insert({
        kind: 'special-meeting-favour',
        specialMeetingId: id,
        stateIso3: act.iso3,
        date: act.date,
        enteredBy: act.enteredBy,
      });
      return this.build(em, p, today);
    });
    this.support.emitCounted({ procedure: 'special-meeting', id, progress: view.progress });
    return view;
  }

  /**
   * One action, one transaction: the Special Meeting, with its Art. 8.5 quorum, once one-third
   * favoured it in time. The convene-by day is Geneva's today (§4a), whatever the meeting's zone.
   */
  async convene(id: string, body: ConveneSpecialMeetingBody): Promise<ConvenedMeeting> {
    const today = this.support.today();
    const meeting = await this.support.ds.transaction(async (em) => {
      const p = await this.lock(em, id);
      if (p.meetingId)
        throw new DomainException('ALREADY_EXISTS', 'The Special Meeting has already been convened', 'id');
      const view = await this.build(em, p, today);
      if (!view.progress.metOn) {
        throw new DomainException('THRESHOLD_NOT_MET', `Not convened: ${view.progress.explanation}`, 'id');
      }
      if (view.conveneBy.passed)
        throw new DomainException(
          'PERIOD_ENDED',
          `The Special Meeting had to be convened by ${view.conveneBy.lastDay} (Art. 8.5)`,
          'startDate',
        );
      if (compareIsoDates(body.startDate, today) < 0)
        throw new DomainException(
          'CONVENE_DATE',
          `The meeting cannot start in the past (today is ${today} in Geneva)`,
          'startDate',
        );
      orThrow(validateSpecialMeetingStart(body.startDate, view.progress.metOn, view.conveneBy.lastDay));
      const records = await this.support.records(em);
      const requesting = p.requestingStates.map((s) => this.support.nameOf(records, s)).join(', ');
      const meeting = await this.meetings.create(
        {
          kind: 'special',
          number: null,
          title:
            body.title ?? `Special Meeting of the States Parties requested by ${requesting}`.slice(0, 200),
          venue: body.venue,
          startDate: body.startDate,
          endDate: body.endDate,
          timeZone: body.timeZone,
          agenda: AGENDA,
        },
        em,
      );
      await em.update(SpecialMeetingProposalEntity, { id }, { meetingId: meeting.id });
      const { count, parties, required, metOn } = view.progress;
      await this.record.append(em, {
        meetingId: meeting.id,
        kind: 'convening.special-meeting',
        summary: `Convened under Art. 8.5 at the request of ${requesting}: ${count} of ${parties} States Parties favoured it (one-third requires ${required}), first met on ${metOn}; convene by ${view.conveneBy.lastDay}.`,
        data: {
          proposalId: id,
          communicatedOn: p.communicatedOn,
          favourBy: view.favourBy.lastDay,
          conveneBy: view.conveneBy.lastDay,
          count,
          parties,
          required,
          metOn,
        },
      });
      return meeting;
    });
    const n = statesPartiesOn(await this.support.records(), meeting.startDate).length;
    const q = quorumFor('special', 'decision', n);
    return {
      proposal: await this.get(id),
      meeting,
      quorum: {
        date: meeting.startDate,
        parties: n,
        required: q.required ?? 0,
        explanation: q.explanation,
        reason: q.reason,
      },
    };
  }

  /** Records the lapse and its final count, once the 14 days have passed short of one-third. */
  async lapse(id: string): Promise<SpecialMeetingProposalView> {
    const today = this.support.today();
    return this.support.ds.transaction(async (em) => {
      const p = await this.lock(em, id);
      const view = await this.build(em, p, today);
      if (p.lapsedCount !== null)
        throw new DomainException('ALREADY_EXISTS', 'The lapse has already been recorded', 'id');
      if (view.phase !== 'lapsed') {
        throw new DomainException(
          'NOT_LAPSED',
          `The proposal has not lapsed: it is ${view.phase} (${view.favourBy.explanation})`,
          'id',
        );
      }
      const { count, parties, required } = view.progress;
      await em.update(
        SpecialMeetingProposalEntity,
        { id },
        { lapsedCount: count, lapsedParties: parties, lapsedRequired: required },
      );
      return this.get(id, em);
    });
  }
}
