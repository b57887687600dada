import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  type ElectionCastCommand,
  type ElectionCastResult,
  checkBallot,
  classifyBallot,
} from '@plenary/shared';
import { DomainException, notFound, orThrow } from '../../common/domain.exception';
import { MeetingService } from '../meeting/meeting.service';
import { RealtimeService } from '../realtime/realtime.service';
import type { Caller } from '../vote/cast.service';
import { ELECTION_BALLOT_BOX, type ClassifiedBallot, type ElectionBallotBox } from './election-ballot-box';
import { ElectionCastRepository } from './election-cast.repository';
import { ElectionVotedBroadcaster } from './election-voted-broadcaster';
import { ElectionRepository } from './election.repository';

/**
 * A delegation's secret ballot in an election round, exactly once (ADR 0003's cast, ADR 0008's
 * box): checked, classified (valid, blank, spoilt), written in one statement that claims the
 * operation id first, acknowledged after commit; then the box is rewritten and the count of
 * ballots cast announced.
 */
@Injectable()
export class ElectionCastService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ElectionCastService.name);
  private readonly resealing = new Map<string, { again: boolean }>();

  constructor(
    private readonly casts: ElectionCastRepository,
    private readonly elections: ElectionRepository,
    private readonly meetings: MeetingService,
    private readonly realtime: RealtimeService,
    private readonly voted: ElectionVotedBroadcaster,
    @Inject(ELECTION_BALLOT_BOX) private readonly box: ElectionBallotBox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const roundId of await this.box.openBoxes()) this.reseal(roundId);
  }

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
    const c = classifyBallot(found.round, ballot);
    const classified: ClassifiedBallot =
      c.class === 'valid' ? { class: 'valid', marks: ballot.marks } : { class: c.class };
    const out = await this.casts.cast({
      roundId: found.roundId,
      meetingId: found.meetingId,
      delegationId: who.delegationId,
      tokenHash: caller.tokenHash,
      opId: cmd.opId,
      ballot: classified,
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
    this.reseal(found.roundId);
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

  /** One rewrite of the box at a time per round; ballots meanwhile ask for one more after it. */
  private reseal(roundId: string): void {
    const busy = this.resealing.get(roundId);
    if (busy) {
      busy.again = true;
      return;
    }
    const state = { again: false };
    this.resealing.set(roundId, state);
    const run = async () => {
      do {
        state.again = false;
        await this.box.reseal(roundId);
      } while (state.again);
    };
    run()
      .catch((e: unknown) =>
        this.logger.debug(`box not rewritten: ${e instanceof Error ? e.message : String(e)}`),
      )
      .finally(() => this.resealing.delete(roundId));
  }
}

const signedOut = () =>
  new DomainException(
    'UNAUTHENTICATED',
    'Your session has ended or your delegation’s sign-in was revoked: sign in again',
  );
