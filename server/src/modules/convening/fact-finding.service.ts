import { Injectable } from '@nestjs/common';
import {
  type CreateFactFindingMissionBody,
  type FactFindingMissionView,
  validateExperts,
} from '@plenary/shared';
import { DomainException, notFound } from '../../common/domain.exception';
import { RecordService } from '../record/record.service';
import { ClarificationEntity } from './clarification.entity';
import { ConveningSupport, orThrow } from './convening.support';
import { FactFindingMissionEntity } from './fact-finding-mission.entity';
import { SpecialMeetingProposalEntity } from './special-meeting-proposal.entity';

/** Art. 8.8-8.10: a mission the Special Meeting authorized, its mandate and its experts. */
@Injectable()
export class FactFindingService {
  constructor(
    private readonly support: ConveningSupport,
    private readonly record: RecordService,
  ) {}

  async authorize(proposalId: string, body: CreateFactFindingMissionBody): Promise<FactFindingMissionView> {
    const view = await this.support.ds.transaction(async (em) => {
      const locked = await em.query<unknown[]>(
        'SELECT 1 FROM special_meeting_proposals WHERE id = $1 FOR UPDATE',
        [proposalId],
      );
      if (!locked.length) throw notFound('Special Meeting proposal', 'id');
      const p = (await em
        .getRepository(SpecialMeetingProposalEntity)
        .findOneBy({ id: proposalId })) as SpecialMeetingProposalEntity;
      if (!p.meetingId)
        throw new DomainException(
          'NOT_CONVENED',
          'A fact-finding mission is authorized by the Special Meeting: convene it first',
          'id',
        );
      const q = await this.support.question(em, body.questionId);
      if (q.meetingId !== p.meetingId || q.matter !== 'art8-fact-finding') {
        throw new DomainException(
          'NOT_AUTHORIZED',
          'The question must be this Special Meeting’s decision to authorize a fact-finding mission (matter art8-fact-finding)',
          'questionId',
        );
      }
      if (q.status !== 'adopted')
        throw new DomainException(
          'NOT_AUTHORIZED',
          `The mission was not authorized: the question is ${q.status}`,
          'questionId',
        );
      const clarification = p.clarificationId
        ? await em.getRepository(ClarificationEntity).findOneBy({ id: p.clarificationId })
        : null;
      const requested = clarification ? [clarification.requestedState.trim()] : [];
      const excluded = [
        ...new Set([
          ...p.requestingStates,
          ...(clarification?.requestingStates ?? []),
          ...requested,
          ...body.directlyAffected,
        ]),
      ].sort();
      const records = await this.support.records(em);
      const experts = orThrow(
        validateExperts(body.experts, excluded, (iso3) => this.support.nameOf(records, iso3)),
      );
      const repo = em.getRepository(FactFindingMissionEntity);
      const m = await repo.save(
        repo.create({
          proposalId,
          questionId: q.id,
          mandate: body.mandate,
          experts,
          excludedNationalities: excluded,
        }),
      );
      await this.record.append(em, {
        meetingId: p.meetingId,
        kind: 'convening.fact-finding-mission',
        summary: `Fact-finding mission authorized (Art. 8.8) with ${experts.length} expert${experts.length === 1 ? '' : 's'}: ${experts.map((e) => `${e.name} (${e.nationality})`).join(', ')}.`,
        data: {
          missionId: m.id,
          questionId: q.id,
          mandate: body.mandate,
          experts,
          excludedNationalities: excluded,
        },
      });
      return { id: m.id, questionId: q.id, mandate: m.mandate, experts, excludedNationalities: excluded };
    });
    return view;
  }
}
