import { Injectable, Logger } from '@nestjs/common';
import {
  type RollCallAnswerBody,
  type RollCallAnswerResult,
  SEATED_CREDENTIALS,
  checkRollCallAnswer,
  rollCallNow,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainException } from '../../common/domain.exception';
import { inTransaction } from '../../common/transaction';
import { MeetingService } from '../meeting/meeting.service';
import { RealtimeService } from '../realtime/realtime.service';
import { type RecordedCall, RollCallRepository } from './roll-call.repository';
import { TallyBroadcaster } from './tally-broadcaster';
import { VoteRepository } from './vote.repository';
import { VoteSnapshotBuilder } from './vote.snapshot';

/**
 * The roll-call, as the UN runs it: the secretariat calls each State in English alphabetical
 * order from the one drawn by lot and records its answer; those that pass are called again at
 * the end. Pads do not vote in a roll-call (CastService refuses them). An answer has the cast's
 * guarantees (ADR 0003): one transaction, locks in the house order (meeting, operation id,
 * vote, delegation, ballot), a retried operation id answered from what it recorded, and the
 * acknowledgement and the room's tally only after commit.
 */
@Injectable()
export class RollCallService {
  private readonly logger = new Logger(RollCallService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly meetings: MeetingService,
    private readonly votes: VoteRepository,
    private readonly rollCalls: RollCallRepository,
    private readonly snapshots: VoteSnapshotBuilder,
    private readonly tallies: TallyBroadcaster,
    private readonly realtime: RealtimeService,
  ) {}

  async answer(voteId: string, body: RollCallAnswerBody): Promise<RollCallAnswerResult> {
    const info = await this.votes.info(voteId);
    const out = await inTransaction(this.ds, async (em) => {
      // Lock order (ADR 0003): the meeting first (an answer may register presence), which also
      // orders every answer against the close; then the operation id, the vote, the cursor.
      await this.meetings.lock(em, info.meetingId);
      const done = await this.rollCalls.byOp(em, body.opId);
      if (done) {
        if (done.voteId !== voteId || done.iso3 !== body.iso3 || done.answer !== body.answer)
          throw new DomainException(
            'OP_ID_REUSED',
            'This operation id was used for another answer: use a new one',
            'opId',
          );
        return { ...done, replayed: true, meetingVersion: null };
      }
      if (info.method !== 'roll-call')
        throw new DomainException(
          'NOT_ROLL_CALL',
          `This vote is a ${info.method} vote, not a roll-call`,
          'voteId',
        );
      const status = await em.query<{ status: string }[]>(
        'SELECT status FROM votes WHERE id = $1 FOR SHARE',
        [voteId],
      );
      if (status[0]?.status !== 'open')
        throw new DomainException('VOTE_CLOSED', 'The vote is closed: nothing can change now', 'voteId');
      const cursor = await this.rollCalls.lockCursor(em, voteId);
      if (!cursor)
        throw new DomainException('NOT_ROLL_CALL', 'This vote has no roll-call to answer', 'voteId');
      const eligible = await this.rollCalls.eligible(em, voteId);
      const order = this.rollCalls.order(eligible.keys(), cursor.drawn);
      const calls = await this.rollCalls.calls(em, voteId);
      const turn = checkRollCallAnswer(order, calls, body.iso3);
      if (!turn.ok)
        throw new DomainException(
          'ROLL_CALL_OUT_OF_TURN',
          turn.called
            ? `It is ${turn.called}'s turn in the roll-call, not ${body.iso3}'s`
            : 'Every State has been called: the President may close the vote',
          'iso3',
        );
      const delegationId = eligible.get(body.iso3)!;
      let meetingVersion: number | null = null;
      if (body.answer !== 'pass') {
        await this.assertSeated(em, delegationId, body.iso3);
        if (await this.rollCalls.markPresent(em, delegationId))
          meetingVersion = await this.meetings.bumpVersion(em, info.meetingId);
        await this.rollCalls.writeBallot(em, voteId, delegationId, body.answer);
      }
      const seq = cursor.calls + 1;
      await this.rollCalls.record(em, {
        voteId,
        seq,
        round: turn.round,
        delegationId,
        iso3: body.iso3,
        answer: body.answer,
        opId: body.opId,
      });
      return {
        voteId,
        seq,
        round: turn.round,
        iso3: body.iso3,
        answer: body.answer,
        replayed: false,
        meetingVersion,
      };
    });
    // After commit: the room sees the answer in the next tally (lights P and X for passes).
    if (!out.replayed) this.tallies.schedule(voteId, info.meetingId);
    if (out.meetingVersion !== null) {
      const meetingVersion = out.meetingVersion;
      this.meetings
        .quorum(info.meetingId)
        .then((quorum) =>
          this.realtime.emitToMeeting(info.meetingId, 'meeting.presenceChanged', { meetingVersion, quorum }),
        )
        .catch((e: unknown) =>
          this.logger.warn(`presence not announced: ${e instanceof Error ? e.message : String(e)}`),
        );
    }
    return {
      voteId,
      iso3: out.iso3,
      answer: out.answer,
      round: out.round,
      seq: out.seq,
      replayed: out.replayed,
      vote: await this.snapshots.build(voteId),
    };
  }

  /** The close waits for the roll-call to end: every State called, those that passed called again. */
  async assertFinished(em: EntityManager, voteId: string): Promise<void> {
    const cursor = await this.rollCalls.cursor(em, voteId);
    if (!cursor) return;
    const eligible = await this.rollCalls.eligible(em, voteId);
    const now = rollCallNow(
      this.rollCalls.order(eligible.keys(), cursor.drawn),
      await this.rollCalls.calls(em, voteId),
    );
    if (now.called)
      throw new DomainException(
        'ROLL_CALL_NOT_FINISHED',
        `The roll-call is not finished: ${now.called} is called${now.round === 2 ? ' again (it passed)' : ''}`,
        'voteId',
      );
  }

  /** What the record keeps of a roll-call: the seed, the State drawn, the order and every answer. */
  async forRecord(
    em: EntityManager,
    voteId: string,
  ): Promise<{
    seed: string;
    drawn: string;
    order: string[];
    calls: Omit<RecordedCall, 'delegationId'>[];
  } | null> {
    const cursor = await this.rollCalls.cursor(em, voteId);
    if (!cursor) return null;
    const eligible = await this.rollCalls.eligible(em, voteId);
    return {
      seed: cursor.seed,
      drawn: cursor.drawn,
      order: this.rollCalls.order(eligible.keys(), cursor.drawn),
      calls: (await this.rollCalls.calls(em, voteId)).map(({ delegationId: _d, ...c }) => c),
    };
  }

  private async assertSeated(em: EntityManager, delegationId: string, iso3: string): Promise<void> {
    const rows = await em.query<unknown[]>(
      'SELECT 1 FROM delegations WHERE id = $1 AND credentials = ANY($2::text[]) FOR SHARE',
      [delegationId, [...SEATED_CREDENTIALS]],
    );
    if (!rows.length)
      throw new DomainException(
        'FORBIDDEN',
        `The credentials of ${iso3} are no longer accepted: it can only pass`,
        'iso3',
      );
  }
}
