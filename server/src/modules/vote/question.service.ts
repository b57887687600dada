import { Injectable } from '@nestjs/common';
import {
  type MeetingKind,
  type PutQuestionBody,
  type QuestionView,
  type VotingRule,
  ruleForMatter,
  validateRuleForMatter,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, notFound } from '../../common/domain.exception';
import { inTransaction } from '../../common/transaction';
import { MeetingService } from '../meeting/meeting.service';
import { assertTakesDecisions } from '../meeting/no-decisions';
import { RealtimeService } from '../realtime/realtime.service';
import { RecordService } from '../record/record.service';
import { QuestionDecidedHook } from './question-decided.hook';
import { QuestionEntity } from './question.entity';
import { QuestionRepository } from './question.repository';
import { toQuestionView } from './vote.snapshot';

/** Questions put to the meeting, and those decided without a vote. */
@Injectable()
export class QuestionService {
  constructor(
    private readonly ds: DataSource,
    private readonly meetings: MeetingService,
    private readonly questions: QuestionRepository,
    private readonly record: RecordService,
    private readonly realtime: RealtimeService,
    private readonly clock: Clock,
    private readonly decided: QuestionDecidedHook,
  ) {}

  async put(meetingId: string, body: PutQuestionBody): Promise<QuestionView> {
    const { view, version } = await inTransaction(this.ds, (em) => this.putIn(em, meetingId, body));
    this.realtime.emitToMeeting(meetingId, 'question.put', { meetingVersion: version, question: view });
    return view;
  }

  /**
   * Puts the question in the caller's transaction (the floor puts a motion or an amendment in
   * the same transaction as the floor's change); the caller emits `question.put` after commit.
   */
  async putIn(
    em: EntityManager,
    meetingId: string,
    body: PutQuestionBody,
  ): Promise<{ view: QuestionView; version: number }> {
    const m = await this.meetings.lock(em, meetingId);
    if (m.status !== 'open')
      throw new DomainException(
        'MEETING_NOT_OPEN',
        `Questions are put in an open meeting; this one is ${m.status}`,
        'meetingId',
      );
    assertTakesDecisions(m.kind as MeetingKind);
    if (body.agendaItemId && !m.agenda.some((a) => a.id === body.agendaItemId))
      throw notFound('Agenda item', 'agendaItemId');
    if (await this.questions.hasActive(em, meetingId))
      throw new DomainException(
        'QUESTION_ACTIVE',
        'Another question is before the meeting: decide it first',
        'meetingId',
      );
    let rule: VotingRule = ruleForMatter(body.matter, m.rules);
    if (body.rule) {
      const checked = validateRuleForMatter(body.matter, body.rule, m.rules);
      if (!checked.ok)
        throw new DomainException(
          checked.error.code,
          checked.error.message,
          'rule',
          undefined,
          undefined,
          checked.error.reason,
        );
      rule = checked.value;
    }
    const repo = em.getRepository(QuestionEntity);
    const q = await repo.save(
      repo.create({
        meetingId,
        agendaItemId: body.agendaItemId,
        text: body.text,
        matter: body.matter,
        rule,
        status: 'pending',
      }),
    );
    const version = await this.meetings.bumpVersion(em, meetingId);
    const view = toQuestionView(q, null);
    await this.record.append(em, {
      meetingId,
      kind: 'question.put',
      summary: `Question put (${body.matter}, ${view.ruleSource}): ${body.text}`,
      data: { questionId: q.id, matter: body.matter, rule, agendaItemId: body.agendaItemId },
    });
    return { view, version };
  }

  async list(meetingId: string): Promise<QuestionView[]> {
    const ids = await this.questions.idsOf(meetingId);
    return Promise.all(ids.map((id) => this.view(id)));
  }

  async view(id: string, em: EntityManager = this.ds.manager): Promise<QuestionView> {
    const found = await this.questions.find(id, em);
    if (!found) throw notFound('Question', 'questionId');
    return toQuestionView(found.question, found.voteId);
  }

  /** "Adopted without a vote": the President asked for objections and heard none. */
  async adoptByConsensus(questionId: string): Promise<QuestionView> {
    const { view, version, meetingId } = await inTransaction(this.ds, async (em) => {
      // Lock order (ADR 0003): the meeting, then the question.
      const meetingId = await this.questions.meetingOf(em, questionId);
      await this.meetings.lock(em, meetingId);
      const q = await this.questions.lock(em, questionId);
      if (q.status !== 'pending')
        throw new DomainException('QUESTION_NOT_PENDING', `The question is ${q.status}`, 'questionId');
      const quorum = await this.meetings.quorum(meetingId, em);
      if (!quorum.decision.met)
        throw new DomainException(
          'QUORUM_NOT_MET',
          `A decision needs the decision quorum: ${quorum.decision.explanation}`,
          'quorum',
        );
      await em.update(
        QuestionEntity,
        { id: q.id },
        { status: 'adopted', decidedBy: 'consensus', decidedAt: this.clock.now() },
      );
      const version = await this.meetings.bumpVersion(em, meetingId);
      await this.record.append(em, {
        meetingId,
        kind: 'decision.consensus',
        summary: `Adopted without a vote: ${q.text}`,
        data: { questionId: q.id, matter: q.matter, rule: q.rule, method: 'consensus' },
      });
      return { view: await this.view(q.id, em), version, meetingId };
    });
    this.realtime.emitToMeeting(meetingId, 'question.decided', { meetingVersion: version, question: view });
    await this.decided.decided(view);
    return view;
  }
}
