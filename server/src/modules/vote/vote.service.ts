import { Injectable } from '@nestjs/common';
import {
  type Choice,
  type QuestionView,
  type VoteMethod,
  type VoteResult,
  type VoteSnapshot,
  type VotingRule,
  decide,
  reason,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { inTransaction } from '../../common/transaction';
import { MeetingService } from '../meeting/meeting.service';
import { ParticipantRepository } from '../participant/participant.repository';
import { RealtimeService } from '../realtime/realtime.service';
import { RecordService } from '../record/record.service';
import { BallotSealer } from './ballot-sealer';
import { type Ballots, ballotsDigest } from './ballots-digest';
import { CastService } from './cast.service';
import { QuestionEntity } from './question.entity';
import { QuestionRepository } from './question.repository';
import { QuestionDecidedHook } from './question-decided.hook';
import { QuestionService } from './question.service';
import { RollCallRepository } from './roll-call.repository';
import { RollCallService } from './roll-call.service';
import { TallyBroadcaster } from './tally-broadcaster';
import { VoteEntity } from './vote.entity';
import { VoteRepository } from './vote.repository';
import { VoteSnapshotBuilder } from './vote.snapshot';

type Counts = { yes: number; no: number; abstain: number };

/** Opening and closing votes. Casts are CastService's; what screens read is LiveService's. */
@Injectable()
export class VoteService {
  constructor(
    private readonly ds: DataSource,
    private readonly meetings: MeetingService,
    private readonly participants: ParticipantRepository,
    private readonly questions: QuestionService,
    private readonly questionRows: QuestionRepository,
    private readonly votes: VoteRepository,
    private readonly record: RecordService,
    private readonly realtime: RealtimeService,
    private readonly snapshots: VoteSnapshotBuilder,
    private readonly tallies: TallyBroadcaster,
    private readonly casts: CastService,
    private readonly sealer: BallotSealer,
    private readonly clock: Clock,
    private readonly rollCalls: RollCallService,
    private readonly rollCallRows: RollCallRepository,
    private readonly decided: QuestionDecidedHook,
  ) {}

  /**
   * Opens a vote on a pending question. Its day is fixed now: the eligible States (participants
   * of States Parties on that day) and N, the number of States Parties that day, which the
   * quorum at the close uses even if the close falls after midnight.
   */
  async open(questionId: string, method: VoteMethod): Promise<VoteSnapshot> {
    const { vote, version } = await inTransaction(this.ds, async (em) => {
      // Lock order (ADR 0003): the meeting, then the question.
      const meetingId = await this.questionRows.meetingOf(em, questionId);
      const m = await this.meetings.lock(em, meetingId);
      const q = await this.questionRows.lock(em, questionId);
      if (m.status !== 'open')
        throw new DomainException(
          'MEETING_NOT_OPEN',
          `A vote is opened in an open meeting; this one is ${m.status}`,
          'questionId',
        );
      if (q.status !== 'pending')
        throw new DomainException('QUESTION_NOT_PENDING', `The question is ${q.status}`, 'questionId');
      const day = this.meetings.meetingDay(m);
      const quorum = await this.meetings.quorum(meetingId, em, { day });
      if (!quorum.decision.met)
        throw new DomainException(
          'QUORUM_NOT_MET',
          `A vote needs the decision quorum: ${quorum.decision.explanation}`,
          'quorum',
        );
      const onDay = await this.participants.onDay(meetingId, day, em);
      const eligible = onDay.participants.map((p) => ({ id: p.delegationId, iso3: p.iso3, name: p.name }));
      const lot = method === 'roll-call' ? this.rollCallRows.draw(eligible.map((e) => e.iso3)) : null;
      const drawn = lot?.drawn ?? null;
      const repo = em.getRepository(VoteEntity);
      const v = await repo.save(
        repo.create({
          questionId,
          meetingId,
          method,
          rule: q.rule,
          status: 'open',
          voteDate: day,
          parties: onDay.parties,
          rollCallDrawn: drawn,
        }),
      );
      await this.votes.fixEligibility(em, v.id, eligible);
      if (lot) await this.rollCallRows.start(em, v.id, lot.seed, lot.drawn);
      // A secret vote's data key, stored wrapped by the master key (ADR 0008).
      if (method === 'secret') await this.sealer.createKey(em, v.id);
      await em.update(QuestionEntity, { id: questionId }, { status: 'voting' });
      const version = await this.meetings.bumpVersion(em, meetingId);
      await this.record.append(em, {
        meetingId,
        kind: 'vote.opened',
        summary: `Vote opened (${method}) on: ${q.text}`,
        data: {
          voteId: v.id,
          questionId,
          method,
          rule: q.rule,
          voteDate: day,
          parties: onDay.parties,
          eligible: eligible.map((p) => p.iso3),
          rollCallDrawnByLot: drawn,
          ...(lot ? { rollCallSeed: lot.seed } : {}),
        },
      });
      return { vote: await this.snapshots.fromEntity(v, em), version };
    });
    this.realtime.emitToMeeting(vote.meetingId, 'vote.opened', { meetingVersion: version, vote });
    return vote;
  }

  /**
   * Closes the vote and declares the result. Every acknowledged ballot is counted: the vote row's
   * FOR UPDATE waits for each cast in flight to commit, and a cast after it finds the vote closed.
   * The quorum is that of the vote's day with its N, present counted now.
   */
  async close(voteId: string, counts?: Counts): Promise<{ vote: VoteSnapshot; question: QuestionView }> {
    const { vote, question, version } = await inTransaction(this.ds, async (em) => {
      // Lock order (ADR 0003): the meeting, the question, then the vote.
      const { meetingId } = await this.votes.info(voteId);
      const m = await this.meetings.lock(em, meetingId);
      const unlocked = await em.getRepository(VoteEntity).findOneByOrFail({ id: voteId });
      const q = await this.questionRows.lock(em, unlocked.questionId);
      const v = await this.votes.lock(em, voteId);
      if (v.status !== 'open')
        throw new DomainException('VOTE_CLOSED', 'The vote is already closed', 'voteId');
      if (v.method === 'roll-call') await this.rollCalls.assertFinished(em, voteId);
      const { tally, ballots } = await this.countBallots(em, v, counts);
      const quorum = await this.meetings.quorum(meetingId, em, { day: v.voteDate, parties: v.parties });
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
          : // No "adopted" or "rejected" beside "no decision": the votes cast, and nothing they would decide.
            `No decision: the quorum did not hold when the vote closed (${quorum.decision.explanation.replace(/\.$/, '')}). Votes cast: ${tally.yes} in favour, ${tally.no} against, ${tally.abstain} abstaining.`,
        reason: quorumHeld
          ? d.reason
          : reason('decision.noQuorum', { present: quorum.present, required: quorum.decision.required ?? 0 }),
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
          parties: quorum.parties,
          openedAt: v.openedAt,
          closedAt: closed.closedAt,
          eligible: closed.eligible.length,
          result,
          votes: closed.votes,
          voted: closed.voted,
          ballotsDigest: ballotsDigest(ballots),
          ...(v.method === 'roll-call' ? { rollCall: await this.rollCalls.forRecord(em, voteId) } : {}),
        },
      });
      return { vote: closed, question: await this.questions.view(q.id, em), version };
    });
    this.tallies.cancel(voteId);
    this.casts.forget(voteId);
    this.realtime.emitToMeeting(vote.meetingId, 'vote.closed', { meetingVersion: version, vote, question });
    await this.decided.decided(question);
    return { vote, question };
  }

  snapshot(voteId: string): Promise<VoteSnapshot> {
    return this.snapshots.build(voteId);
  }

  /** The tally to declare, and the ballots it came from (for the record's digest). */
  private async countBallots(
    em: EntityManager,
    v: VoteEntity,
    counts?: Counts,
  ): Promise<{ tally: Counts; ballots: Ballots }> {
    if (v.method === 'show-of-hands') {
      if (!counts)
        throw new DomainException(
          'VALIDATION',
          'A show of hands needs the counts taken in the room',
          'counts',
        );
      return { tally: counts, ballots: { method: 'show-of-hands' } };
    }
    if (counts)
      throw new DomainException('VALIDATION', 'Counts are entered only for a show of hands', 'counts');
    if (v.method === 'secret') {
      // The key is taken (read and deleted), the sealed ballots opened and counted, then erased:
      // once this transaction commits nothing sealed in this vote can be opened (ADR 0008).
      const key = await this.sealer.takeKey(em, v.id);
      const sealed = await this.votes.sealedBallots(em, v.id);
      const counted: Counts = { yes: 0, no: 0, abstain: 0 };
      if (sealed.length && !key)
        throw new Error(`vote ${v.id}: sealed ballots but no key (the database was changed outside Plenary)`);
      for (const b of sealed)
        counted[this.sealer.openChoice(key!, v.id, b.delegation_id, b.sealed_choice)] += 1;
      const totals = await this.votes.closeBox(em, v.id, counted);
      return { tally: totals, ballots: { method: 'secret', totals } };
    }
    const rows = await this.votes.recordedBallots(em, v.id);
    const tally: Record<Choice, number> = { yes: 0, no: 0, abstain: 0 };
    for (const r of rows) tally[r.choice] += 1;
    return { tally, ballots: { method: v.method as 'recorded' | 'roll-call', ballots: rows } };
  }
}
