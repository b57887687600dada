import { Injectable, Logger } from '@nestjs/common';
import { type ElectionCastCommand, type ElectionCastResult, checkBallot } from '@plenary/shared';
import { DomainException, notFound, orThrow } from '../../common/domain.exception';
import { scrubbed } from '../../common/transaction';
import { MeetingService } from '../meeting/meeting.service';
import { RealtimeService } from '../realtime/realtime.service';
import type { Caller } from '../vote/cast.service';
import { ElectionBallotBox } from './election-ballot-box';
import { ElectionCastRepository } from './election-cast.repository';
import { ElectionVotedBroadcaster } from './election-voted-broadcaster';
import { ElectionRepository } from './election.repository';

/**
 * A delegation's secret ballot in an election round, exactly once (ADR 0003's cast, ADR 0008's
 * sealing): checked, sealed under the round's key, written in one statement that claims the
 * operation id first, acknowledged after commit; then the count of ballots cast is announced.
 * Blank and spoilt ballots are sealed like any other and told apart only at the count.
 */
@Injectable()
export class ElectionCastService {
  private readonly logger = new Logger(ElectionCastService.name);

  constructor(
    private readonly casts: ElectionCastRepository,
    private readonly elections: ElectionRepository,
    private readonly meetings: MeetingService,
    private readonly realtime: RealtimeService,
    private readonly voted: ElectionVotedBroadcaster,
    private readonly box: ElectionBallotBox,
  ) {}

  async cast(caller: Caller, cmd: ElectionCastCommand): Promise<ElectionCastResult> {
    const who = caller.principal;
    if (!who || !caller.tokenHash)
      throw new DomainException('UNAUTHENTICATED', 'Sign in with your delegation code to vote');
    if (who.role !== 'delegation' || !who.delegationId)
      throw new DomainException(
        'FORBIDDEN',
        who.role === 'observer' ? 'Observers do not vote' : 'Only a delegation casts a ballot',
        'role',
      );
    const found = await this.elections.roundForBallot(cmd.electionId, cmd.round);
    if (!found) throw notFound('Round', 'round');
    const ballot = orThrow(checkBallot(found.round, cmd.marks));
    // Sealed before it reaches the database; a round without a key is counted: the statement
    // then writes nothing and a retry is still answered as a replay.
    const key = await this.box.keyFor(found.roundId).catch((e: unknown) => {
      throw scrubbed(e, 'ballot');
    });
    const out = await this.casts.cast({
      roundId: found.roundId,
      meetingId: found.meetingId,
      delegationId: who.delegationId,
      tokenHash: caller.tokenHash,
      opId: cmd.opId,
      sealed: key ? this.box.seal(key, found.round, found.roundId, who.delegationId, ballot) : null,
    });
    const result = { electionId: cmd.electionId, round: cmd.round, opId: cmd.opId };
    switch (out.kind) {
      case 'replay': {
        const facts = await this.casts.refusalFacts(found.roundId, who.delegationId, caller.tokenHash);
        if (!facts.signedIn) throw signedOut();
        if (out.op.roundId !== found.roundId || out.op.delegationId !== who.delegationId)
          throw new DomainException(
            'OP_ID_REUSED',
            'This operation id was used for another ballot: use a new one',
            'opId',
          );
        return { ...result, replayed: true };
      }
      case 'refused':
        // Counted on another node, perhaps: its key is of no more use here.
        this.box.forget(found.roundId);
        throw await this.whyRefused(found.roundId, who.delegationId, caller.tokenHash);
      case 'already-voted':
        throw new DomainException(
          'ALREADY_VOTED',
          'Your delegation has cast its ballot in this round',
          'round',
        );
      case 'applied':
        break;
    }
    this.voted.schedule({
      electionId: cmd.electionId,
      round: cmd.round,
      roundId: found.roundId,
      meetingId: found.meetingId,
    });
    if (out.meetingVersion !== null) {
      const meetingVersion = out.meetingVersion;
      this.meetings
        .quorum(found.meetingId)
        .then((quorum) =>
          this.realtime.emitToMeeting(found.meetingId, 'meeting.presenceChanged', { meetingVersion, quorum }),
        )
        .catch((e: unknown) =>
          this.logger.warn(`presence not announced: ${e instanceof Error ? e.message : String(e)}`),
        );
    }
    return { ...result, replayed: false };
  }

  private async whyRefused(
    roundId: string,
    delegationId: string,
    tokenHash: string,
  ): Promise<DomainException> {
    const f = await this.casts.refusalFacts(roundId, delegationId, tokenHash);
    if (!f.exists) return notFound('Round', 'round');
    if (!f.signedIn) return signedOut();
    if (!f.seated)
      return new DomainException(
        'FORBIDDEN',
        'Your delegation’s credentials are not accepted: it follows the meeting but does not vote',
        'role',
      );
    if (f.status !== 'open')
      return new DomainException('VOTE_CLOSED', 'This round is counted: ballots are closed', 'round');
    return new DomainException(
      'NOT_ELIGIBLE',
      'Your delegation is not among the States Parties eligible in this round',
      'round',
    );
  }
}

const signedOut = () =>
  new DomainException(
    'UNAUTHENTICATED',
    'Your session has ended or your delegation’s sign-in was revoked: sign in again',
  );
