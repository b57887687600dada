import { randomInt } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  type CastResult,
  type Choice,
  type LiveSnapshot,
  type MeetingKind,
  type Principal,
  type PutQuestionBody,
  type QuestionView,
  type VoteMethod,
  type VoteResult,
  type VoteSnapshot,
  type VotingRule,
  canTakeDecisions,
  decide,
  ruleForMatter,
  validateRuleForMatter,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, notFound } from '../../common/domain.exception';
import { toMeetingView } from '../meeting/meeting.mapper';
import { MeetingService } from '../meeting/meeting.service';
import { RealtimeService } from '../realtime/realtime.service';
import { RecordService } from '../record/record.service';
import { ParticipantRepository } from '../participant/participant.repository';
import { BallotRepository } from './ballot.repository';
import { QuestionEntity } from './question.entity';
import { TallyBroadcaster } from './tally-broadcaster';
import { VoteEntity } from './vote.entity';
import { VoteSnapshotBuilder, toQuestionView } from './vote.snapshot';

type Counts = { yes: number; no: number; abstain: number };

@Injectable()
export class VoteService {
  /** A vote's method never changes, so casts need not read it from the database. */
  private readonly methods = new Map<string, VoteMethod>();
  private readonly logger = new Logger(VoteService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly meetings: MeetingService,
    private readonly participants: ParticipantRepository,
    private readonly record: RecordService,
    private readonly realtime: RealtimeService,
    private readonly ballots: BallotRepository,
    private readonly snapshots: VoteSnapshotBuilder,
    private readonly tallies: TallyBroadcaster,
    private readonly clock: Clock,
  ) {}

  // ---- questions ------------------------------------------------------------------------------
  async putQuestion(meetingId: string, body: PutQuestionBody): Promise<QuestionView> {
    const { view, version } = await this.ds.transaction(async (em) => {
      const m = await this.meetings.lock(em, meetingId);
      if (m.status !== 'open')
        throw new DomainException(
          'MEETING_NOT_OPEN',
          `Questions are put in an open meeting; this one is ${m.status}`,
          'meetingId',
        );
      if (!canTakeDecisions(m.kind as MeetingKind))
        throw new DomainException(
          'NO_DECISIONS',
          'An intersessional meeting takes no decisions',
          'meetingId',
        );
      if (body.agendaItemId && !m.agenda.some((a) => a.id === body.agendaItemId))
        throw notFound('Agenda item', 'agendaItemId');
      const active = await em.query<unknown[]>(
        "SELECT 1 FROM questions WHERE meeting_id = $1 AND status IN ('pending','voting')",
        [meetingId],
      );
      if (active.length)
        throw new DomainException(
          'QUESTION_ACTIVE',
          'Another question is before the meeting: decide it first',
          'meetingId',
        );
      let rule: VotingRule = ruleForMatter(body.matter, m.rules);
      if (body.rule) {
        const checked = validateRuleForMatter(body.matter, body.rule, m.rules);
        if (!checked.ok) throw new DomainException(checked.error.code, checked.error.message, 'rule');
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
    });
    this.realtime.emitToMeeting(meetingId, 'question.put', { meetingVersion: version, question: view });
    return view;
  }

  async questions(meetingId: string): Promise<QuestionView[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      'SELECT id FROM questions WHERE meeting_id = $1 ORDER BY created_at',
      [meetingId],
    );
    return Promise.all(rows.map((r) => this.question(r.id)));
  }

  async question(id: string, em: EntityManager = this.ds.manager): Promise<QuestionView> {
    const q = await em.getRepository(QuestionEntity).findOneBy({ id });
    if (!q) throw notFound('Question', 'questionId');
    const v = await em.getRepository(VoteEntity).findOne({ where: { questionId: id }, select: { id: true } });
    return toQuestionView(q, v?.id ?? null);
  }

  /** "Adopted without a vote": the President asked for objections and heard none. */
  async adoptByConsensus(questionId: string): Promise<QuestionView> {
    const { view, version, meetingId } = await this.ds.transaction(async (em) => {
      const q = await this.lockQuestion(em, questionId);
      if (q.status !== 'pending')
        throw new DomainException('QUESTION_NOT_PENDING', `The question is ${q.status}`, 'questionId');
      await this.requireDecisionQuorum(em, q.meetingId, 'A decision');
      await em.update(
        QuestionEntity,
        { id: q.id },
        { status: 'adopted', decidedBy: 'consensus', decidedAt: this.clock.now() },
      );
      const version = await this.meetings.bumpVersion(em, q.meetingId);
      await this.record.append(em, {
        meetingId: q.meetingId,
        kind: 'decision.consensus',
        summary: `Adopted without a vote: ${q.text}`,
        data: { questionId: q.id, matter: q.matter, rule: q.rule, method: 'consensus' },
      });
      return { view: await this.question(q.id, em), version, meetingId: q.meetingId };
    });
    this.realtime.emitToMeeting(meetingId, 'question.decided', { meetingVersion: version, question: view });
    return view;
  }

  // ---- votes ----------------------------------------------------------------------------------
  async openVote(questionId: string, method: VoteMethod): Promise<VoteSnapshot> {
    const { vote, version } = await this.ds.transaction(async (em) => {
      const q = await this.lockQuestion(em, questionId);
      const m = await this.meetings.lock(em, q.meetingId);
      if (m.status !== 'open')
        throw new DomainException(
          'MEETING_NOT_OPEN',
          `A vote is opened in an open meeting; this one is ${m.status}`,
          'questionId',
        );
      if (q.status !== 'pending')
        throw new DomainException('QUESTION_NOT_PENDING', `The question is ${q.status}`, 'questionId');
      await this.requireDecisionQuorum(em, q.meetingId, 'A vote');
      const day = this.meetings.meetingDay(m);
      const participants = (await this.participants.onDay(q.meetingId, day, em)).participants.map((p) => ({
        id: p.delegationId,
        iso3: p.iso3,
        name: p.name,
      }));
      const drawn =
        method === 'roll-call' && participants.length
          ? participants[randomInt(participants.length)].iso3
          : null;
      const repo = em.getRepository(VoteEntity);
      const v = await repo.save(
        repo.create({
          questionId,
          meetingId: q.meetingId,
          method,
          rule: q.rule,
          status: 'open',
          voteDate: day,
          rollCallDrawn: drawn,
        }),
      );
      if (participants.length) {
        await em.query(
          `INSERT INTO vote_eligibility (vote_id, delegation_id, state_iso3, name)
           SELECT $1, d.id, d.iso3, d.name FROM jsonb_to_recordset($2::jsonb) AS d(id uuid, iso3 text, name text)`,
          [v.id, JSON.stringify(participants)],
        );
      }
      await em.update(QuestionEntity, { id: questionId }, { status: 'voting' });
      const version = await this.meetings.bumpVersion(em, q.meetingId);
      await this.record.append(em, {
        meetingId: q.meetingId,
        kind: 'vote.opened',
        summary: `Vote opened (${method}) on: ${q.text}`,
        data: {
          voteId: v.id,
          questionId,
          method,
          rule: q.rule,
          voteDate: day,
          eligible: participants.map((p) => p.iso3),
          rollCallDrawnByLot: drawn,
        },
      });
      return { vote: await this.snapshots.fromEntity(v, em), version };
    });
    this.methods.set(vote.id, method);
    this.realtime.emitToMeeting(vote.meetingId, 'vote.opened', { meetingVersion: version, vote });
    return vote;
  }

  async cast(who: Principal | null, voteId: string, choice: Choice, opId: string): Promise<CastResult> {
    if (!who) throw new DomainException('UNAUTHENTICATED', 'Sign in with your delegation code to vote');
    if (who.role !== 'delegation' || !who.delegationId) {
      throw new DomainException(
        'FORBIDDEN',
        who.role === 'observer' ? 'Observers do not vote' : 'Only a delegation casts a vote',
        'role',
      );
    }
    const method = await this.methodOf(voteId);
    if (method === 'show-of-hands')
      throw new DomainException(
        'NOT_DEVICE_VOTE',
        'This vote is by show of hands: the secretariat counts in the room',
        'voteId',
      );
    const out = await this.ballots.cast(voteId, who.delegationId, choice, opId, method === 'secret');
    if (!out.accepted) throw await this.whyRefused(voteId, who.delegationId);
    if (out.alreadyVoted)
      throw new DomainException(
        'ALREADY_VOTED',
        'In a secret ballot a vote cannot be changed once cast',
        'voteId',
      );
    if (out.revision === null) return this.replay(opId, voteId, who.delegationId, choice);
    const vote = await this.meetingOf(voteId);
    this.tallies.schedule(voteId, vote);
    // After the ack's commit and off its path: a failure here (a node shutting down, a lost
    // connection) must not reject unhandled and take the process down; clients catch up through
    // meeting.versions.
    if (out.becamePresent && out.meetingVersion !== null) {
      this.announcePresence(vote, out.meetingVersion).catch((e: unknown) =>
        this.logger.warn(`presence not announced: ${e instanceof Error ? e.message : String(e)}`),
      );
    }
    return { voteId, choice, revision: out.revision, opId, replayed: false };
  }

  async close(voteId: string, counts?: Counts): Promise<{ vote: VoteSnapshot; question: QuestionView }> {
    const { vote, question, version } = await this.ds.transaction(async (em) => {
      // Lock order as in cast: the vote first (waits for casts in flight), then the meeting.
      const rows = await em.query<unknown[]>('SELECT 1 FROM votes WHERE id = $1 FOR UPDATE', [voteId]);
      if (!rows.length) throw notFound('Vote', 'voteId');
      const v = await em.getRepository(VoteEntity).findOneByOrFail({ id: voteId });
      if (v.status !== 'open')
        throw new DomainException('VOTE_CLOSED', 'The vote is already closed', 'voteId');
      const q = await em.getRepository(QuestionEntity).findOneByOrFail({ id: v.questionId });
      const m = await this.meetings.lock(em, v.meetingId);
      const tally = await this.tallyForClose(em, v, counts);
      const quorum = await this.meetings.quorum(v.meetingId, em);
      if (v.method === 'show-of-hands' && tally.yes + tally.no + tally.abstain > quorum.present) {
        throw new DomainException(
          'COUNTS_EXCEED_PRESENT',
          `The counts (${tally.yes + tally.no + tally.abstain}) exceed the ${quorum.present} States Parties present`,
          'counts',
        );
      }
      const d = decide(v.rule as VotingRule, tally);
      const quorumHeld = quorum.decision.met;
      const result: VoteResult = {
        outcome: quorumHeld ? d.outcome : 'no-quorum',
        yes: tally.yes,
        no: tally.no,
        abstain: tally.abstain,
        presentAndVoting: d.presentAndVoting,
        required: d.required,
        quorumRequired: quorum.decision.required,
        presentAtClose: quorum.present,
        explanation: quorumHeld
          ? d.explanation
          : `No decision: the quorum did not hold when the vote closed (${quorum.decision.explanation}). ${d.explanation}`,
      };
      await em.update(VoteEntity, { id: voteId }, { status: 'closed', closedAt: this.clock.now(), result });
      const status = result.outcome === 'no-quorum' ? 'no-decision' : result.outcome;
      await em.update(
        QuestionEntity,
        { id: q.id },
        { status, decidedBy: 'vote', decidedAt: this.clock.now() },
      );
      const version = await this.meetings.bumpVersion(em, m.id);
      const closed = await this.snapshots.build(voteId, em);
      await this.record.append(em, {
        meetingId: m.id,
        kind: 'decision.vote',
        summary: `${result.explanation} — ${q.text}`,
        data: {
          voteId,
          questionId: q.id,
          matter: q.matter,
          rule: v.rule,
          method: v.method,
          voteDate: v.voteDate,
          openedAt: v.openedAt,
          closedAt: closed.closedAt,
          eligible: closed.eligible.length,
          result,
          votes: closed.votes,
          voted: closed.voted,
        },
      });
      return { vote: closed, question: await this.question(q.id, em), version };
    });
    this.tallies.cancel(voteId);
    this.realtime.emitToMeeting(vote.meetingId, 'vote.closed', { meetingVersion: version, vote, question });
    return { vote, question };
  }

  snapshot(voteId: string): Promise<VoteSnapshot> {
    return this.snapshots.build(voteId);
  }

  /** Everything a screen needs, read fresh: the meeting, quorum, current question and vote. */
  async live(meetingId: string): Promise<LiveSnapshot> {
    const m = await this.meetings.load(meetingId);
    const quorum = await this.meetings.quorum(meetingId);
    const last = await this.ds.query<{ id: string }[]>(
      'SELECT id FROM questions WHERE meeting_id = $1 ORDER BY created_at DESC LIMIT 1',
      [meetingId],
    );
    const question = last.length ? await this.question(last[0].id) : null;
    const vote = question?.voteId ? await this.snapshots.build(question.voteId) : null;
    return { meeting: toMeetingView(m), quorum, question, vote };
  }

  // ---- helpers --------------------------------------------------------------------------------
  private async tallyForClose(em: EntityManager, v: VoteEntity, counts?: Counts): Promise<Counts> {
    if (v.method === 'show-of-hands') {
      if (!counts)
        throw new DomainException(
          'VALIDATION',
          'A show of hands needs the counts taken in the room',
          'counts',
        );
      return counts;
    }
    if (counts)
      throw new DomainException('VALIDATION', 'Counts are entered only for a show of hands', 'counts');
    const table = v.method === 'secret' ? 'secret_ballots' : 'ballots';
    const rows = await em.query<{ choice: Choice; n: number }[]>(
      `SELECT choice, count(*)::int AS n FROM ${table} WHERE vote_id = $1 GROUP BY choice`,
      [v.id],
    );
    const c = { yes: 0, no: 0, abstain: 0 };
    for (const r of rows) c[r.choice] = r.n;
    return c;
  }

  private async requireDecisionQuorum(em: EntityManager, meetingId: string, what: string): Promise<void> {
    const q = await this.meetings.quorum(meetingId, em);
    if (!q.decision.met)
      throw new DomainException(
        'QUORUM_NOT_MET',
        `${what} needs the decision quorum: ${q.decision.explanation}`,
        'quorum',
      );
  }

  private async lockQuestion(em: EntityManager, id: string): Promise<QuestionEntity> {
    const rows = await em.query<unknown[]>('SELECT 1 FROM questions WHERE id = $1 FOR UPDATE', [id]);
    if (!rows.length) throw notFound('Question', 'questionId');
    return em.getRepository(QuestionEntity).findOneByOrFail({ id });
  }

  private readonly meetingIds = new Map<string, string>();
  private async meetingOf(voteId: string): Promise<string> {
    let id = this.meetingIds.get(voteId);
    if (!id) {
      const rows = await this.ds.query<{ meeting_id: string }[]>(
        'SELECT meeting_id FROM votes WHERE id = $1',
        [voteId],
      );
      id = rows[0].meeting_id;
      this.meetingIds.set(voteId, id);
    }
    return id;
  }

  private async methodOf(voteId: string): Promise<VoteMethod> {
    let m = this.methods.get(voteId);
    if (!m) {
      const rows = await this.ds.query<{ method: VoteMethod }[]>('SELECT method FROM votes WHERE id = $1', [
        voteId,
      ]);
      if (!rows.length) throw notFound('Vote', 'voteId');
      m = rows[0].method;
      this.methods.set(voteId, m);
    }
    return m;
  }

  private async whyRefused(voteId: string, delegationId: string): Promise<DomainException> {
    const rows = await this.ds.query<{ status: string; eligible: boolean }[]>(
      `SELECT v.status, EXISTS (SELECT 1 FROM vote_eligibility e WHERE e.vote_id = v.id AND e.delegation_id = $2) AS eligible FROM votes v WHERE v.id = $1`,
      [voteId, delegationId],
    );
    if (!rows.length) return notFound('Vote', 'voteId');
    if (rows[0].status !== 'open')
      return new DomainException('VOTE_CLOSED', 'The vote is closed: nothing can change now', 'voteId');
    return new DomainException(
      'NOT_ELIGIBLE',
      'Your delegation is not among the States Parties eligible in this vote',
      'voteId',
    );
  }

  private async replay(
    opId: string,
    voteId: string,
    delegationId: string,
    choice: Choice,
  ): Promise<CastResult> {
    const op = await this.ballots.findOp(opId);
    if (!op || op.voteId !== voteId || op.delegationId !== delegationId) {
      throw new DomainException(
        'OP_ID_REUSED',
        'This operation id was used for another cast: use a new one',
        'opId',
      );
    }
    return { voteId, choice: op.choice ?? choice, revision: op.revision, opId, replayed: true };
  }

  private async announcePresence(meetingId: string, meetingVersion: number): Promise<void> {
    const quorum = await this.meetings.quorum(meetingId);
    this.realtime.emitToMeeting(meetingId, 'meeting.presenceChanged', { meetingVersion, quorum });
  }
}
