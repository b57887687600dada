import { Injectable, Logger } from '@nestjs/common';
import type { CastResult, Choice, Principal, VoteMethod } from '@plenary/shared';
import { DomainException, notFound } from '../../common/domain.exception';
import { scrubbed } from '../../common/transaction';
import { BallotRepository, type CastOp } from './ballot.repository';
import { BallotSealer } from './ballot-sealer';
import { PresenceBroadcaster } from './presence-broadcaster';
import { TallyBroadcaster } from './tally-broadcaster';
import { VoteRepository } from './vote.repository';

export interface Caller {
  principal: Principal | null;
  /** SHA-256 of the session token the request came with: the cast re-checks that session. */
  tokenHash: string | null;
}

export interface CastCommand {
  voteId: string;
  choice: Choice;
  opId: string;
  seq?: number;
}

/** Votes seen recently (method and meeting never change); bounded, forgotten at close. */
const KNOWN_VOTES = 1000;

/** Casting a ballot, exactly once (ADR 0003), and what follows a cast: tallies, presence. */
@Injectable()
export class CastService {
  private readonly logger = new Logger(CastService.name);
  private readonly known = new Map<string, { method: VoteMethod; meetingId: string }>();

  constructor(
    private readonly ballots: BallotRepository,
    private readonly votes: VoteRepository,
    private readonly tallies: TallyBroadcaster,
    private readonly sealer: BallotSealer,
    private readonly presence: PresenceBroadcaster,
  ) {}

  async cast(caller: Caller, cmd: CastCommand): Promise<CastResult> {
    const who = caller.principal;
    if (!who || !caller.tokenHash)
      throw new DomainException('UNAUTHENTICATED', 'Sign in with your delegation code to vote');
    if (who.role !== 'delegation' || !who.delegationId) {
      throw new DomainException(
        'FORBIDDEN',
        who.role === 'observer' ? 'Observers do not vote' : 'Only a delegation casts a vote',
        'role',
      );
    }
    const vote = await this.voteInfo(cmd.voteId);
    if (vote.method === 'show-of-hands')
      throw new DomainException(
        'NOT_DEVICE_VOTE',
        'This vote is by show of hands: the secretariat counts in the room',
        'voteId',
      );
    if (vote.method === 'roll-call')
      throw new DomainException(
        'ROLL_CALL_BY_SECRETARIAT',
        'This is a roll-call vote: answer aloud when your State is called; the secretariat records it',
        'voteId',
      );
    const secret = vote.method === 'secret';
    // A secret choice is sealed before it reaches the database (ADR 0008); a vote without a key
    // is closed: the statement then writes nothing and a retry is still answered as a replay.
    // A lost database answers DATABASE_UNAVAILABLE here too (retried with the same op id).
    const key = secret
      ? await this.sealer.keyFor(cmd.voteId).catch((e: unknown) => {
          throw scrubbed(e, 'cast');
        })
      : null;
    const out = await this.ballots.cast({
      voteId: cmd.voteId,
      meetingId: vote.meetingId,
      delegationId: who.delegationId,
      tokenHash: caller.tokenHash,
      choice: cmd.choice,
      opId: cmd.opId,
      seq: cmd.seq ?? null,
      secret,
      sealed: key ? this.sealer.sealChoice(key, cmd.voteId, who.delegationId, cmd.choice) : null,
    });
    switch (out.kind) {
      case 'replay': {
        // Answered whatever the vote's status, but not to a session that has ended since.
        const facts = await this.ballots.refusalFacts(cmd.voteId, who.delegationId, caller.tokenHash);
        if (!facts.signedIn) throw this.signedOut();
        return this.replay(out.op, cmd, who.delegationId);
      }
      case 'refused':
        // Closed on another node, perhaps: its key is of no more use here.
        if (secret) this.sealer.forget(cmd.voteId);
        throw await this.whyRefused(cmd.voteId, who.delegationId, caller.tokenHash);
      case 'stale': {
        const now = await this.ballots.currentChoice(cmd.voteId, who.delegationId);
        throw new DomainException(
          'STALE_CAST',
          `A later press from this device was recorded already${now ? `: your vote is ${now.toUpperCase()}` : ''}`,
          'seq',
        );
      }
      case 'applied':
        break;
    }
    // After the ack's commit and off its path: a failure here (a node shutting down, a lost
    // connection) must not reject unhandled; clients catch up through meeting.versions.
    this.tallies.schedule(cmd.voteId, vote.meetingId);
    // A first cast marked the delegation present: coalesced like tallies.
    if (out.meetingVersion !== null) this.presence.changed(vote.meetingId, out.meetingVersion);
    return {
      voteId: cmd.voteId,
      choice: cmd.choice,
      revision: out.revision,
      opId: cmd.opId,
      replayed: false,
    };
  }

  /** The vote closed: nothing more to remember about it. */
  forget(voteId: string): void {
    this.known.delete(voteId);
    this.sealer.forget(voteId);
  }

  private replay(op: CastOp, cmd: CastCommand, delegationId: string): CastResult {
    if (op.voteId !== cmd.voteId || op.delegationId !== delegationId) {
      throw new DomainException(
        'OP_ID_REUSED',
        'This operation id was used for another cast: use a new one',
        'opId',
      );
    }
    // A secret operation keeps no choice: the caller's own is answered back.
    return {
      voteId: cmd.voteId,
      choice: op.choice ?? cmd.choice,
      revision: op.revision,
      opId: cmd.opId,
      replayed: true,
    };
  }

  private async whyRefused(
    voteId: string,
    delegationId: string,
    tokenHash: string,
  ): Promise<DomainException> {
    const f = await this.ballots.refusalFacts(voteId, delegationId, tokenHash);
    if (!f.exists) return notFound('Vote', 'voteId');
    if (!f.signedIn) return this.signedOut();
    if (!f.seated)
      return new DomainException(
        'FORBIDDEN',
        'Your delegation’s credentials are not accepted: it follows the meeting but does not vote',
        'role',
      );
    if (f.status !== 'open')
      return new DomainException('VOTE_CLOSED', 'The vote is closed: nothing can change now', 'voteId');
    return new DomainException(
      'NOT_ELIGIBLE',
      'Your delegation is not among the States Parties eligible in this vote',
      'voteId',
    );
  }

  private signedOut(): DomainException {
    return new DomainException(
      'UNAUTHENTICATED',
      'Your session has ended or your delegation’s sign-in was revoked: sign in again',
    );
  }

  private async voteInfo(voteId: string): Promise<{ method: VoteMethod; meetingId: string }> {
    let v = this.known.get(voteId);
    if (!v) {
      v = await this.votes.info(voteId);
      if (this.known.size >= KNOWN_VOTES) this.known.delete(this.known.keys().next().value!);
      this.known.set(voteId, v);
    }
    return v;
  }
}
