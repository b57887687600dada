import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type CreateElectionBody,
  type Elected,
  type ElectionView,
  type NextStep,
  type RegisterRefusal,
  type RoundRecord,
  type RoundView,
  type Term,
  type MeetingKind,
  acclamation,
  committeeTermUntil,
  describeCount,
  drawLot,
  electByAcclamation,
  electionState,
  nextRound,
  validateCandidacy,
  validateElection,
  withdrawCandidate,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainException, orThrow } from '../../common/domain.exception';
import { inTransaction } from '../../common/transaction';
import { MeetingService } from '../meeting/meeting.service';
import { assertTakesDecisions } from '../meeting/no-decisions';
import { OfficeService } from '../office/office.service';
import { ParticipantRepository } from '../participant/participant.repository';
import { RealtimeService } from '../realtime/realtime.service';
import { RecordService } from '../record/record.service';
import { RegisterService } from '../register/register.service';
import { ElectionBallotBox } from './election-ballot-box';
import {
  ElectionRepository,
  type ElectionRow,
  type RoundRow,
  type StoredCandidate,
  toElection,
  toHistory,
} from './election.repository';

/**
 * Elections in rounds (DOMAIN.md §8). The shared engine decides which round comes next, who is
 * on it, when a lot is needed and who is elected; this service stores what it announced, opens
 * and counts the rounds the President confirms, draws lots from a recorded seed, and enters the
 * elected in the register of officeholders. One transaction per use case; facts emitted after
 * commit. Lock order: meeting -> election -> round -> round key -> participation -> office terms -> record.
 */
@Injectable()
export class ElectionService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ElectionRepository,
    private readonly meetings: MeetingService,
    private readonly participants: ParticipantRepository,
    private readonly register: RegisterService,
    private readonly offices: OfficeService,
    private readonly record: RecordService,
    private readonly realtime: RealtimeService,
    private readonly box: ElectionBallotBox,
  ) {}

  async list(meetingId: string): Promise<ElectionView[]> {
    await this.meetings.load(meetingId);
    const ids = await this.repo.listIds(meetingId);
    return Promise.all(ids.map((id) => this.view(id)));
  }

  async view(id: string, em: EntityManager = this.ds.manager): Promise<ElectionView> {
    const e = await this.repo.load(id, em);
    const rounds = await this.repo.rounds(id, em);
    return buildView(e, rounds);
  }

  async create(meetingId: string, body: CreateElectionBody): Promise<ElectionView> {
    const view = await inTransaction(this.ds, async (em) => {
      const m = await this.meetings.lock(em, meetingId);
      if (m.status === 'closed')
        throw new DomainException(
          'MEETING_NOT_OPEN',
          'The meeting is closed: no election can be held',
          'meetingId',
        );
      assertTakesDecisions(m.kind as MeetingKind);
      const day = this.meetings.meetingDay(m);
      const states = await this.register.loadRecords(em);
      const byIso3 = new Map(states.map((s) => [s.iso3, s]));
      const candidates: StoredCandidate[] = body.candidates.map((c) => ({
        id: c.person === null ? c.state : `P-${c.state}`,
        state: c.state,
        person: c.person,
        regionalGroup: byIso3.get(c.state)?.regionalGroup ?? null,
        stateName: byIso3.get(c.state)?.name ?? c.state,
      }));
      orThrow(validateCandidacy(candidates, states, day));
      orThrow(validateElection({ places: body.places, candidates, withdrawals: [] }));
      const id = await this.repo.insert(em, {
        meetingId,
        title: body.title,
        places: body.places,
        electionDate: day,
        candidates,
        office: body.office,
        termFrom: body.termFrom,
        termUntil: body.termUntil,
      });
      await this.record.append(em, {
        meetingId,
        kind: 'election.created',
        summary: `Election: ${body.title} (${body.places} place${body.places === 1 ? '' : 's'}, ${candidates.length} candidates)`,
        data: { electionId: id, places: body.places, candidates, office: body.office, electionDate: day },
      });
      return this.view(id, em);
    });
    this.announce(view);
    return view;
  }

  /** Opens the round the rules call for; the President confirms its number. */
  async openRound(electionId: string, number: number): Promise<ElectionView> {
    return this.change(electionId, async (em, e, rounds, m) => {
      if (m.status !== 'open')
        throw new DomainException(
          'MEETING_NOT_OPEN',
          `A ballot is held in an open meeting; this one is ${m.status}`,
          'electionId',
        );
      if (rounds.some((r) => r.status === 'open'))
        throw new DomainException('VOTE_OPEN', 'A round is open: count it first', 'round');
      const next = orThrow(nextRound(toElection(e), toHistory(rounds)));
      const round = ballotOrRefuse(next);
      if (round.number !== number)
        throw new DomainException(
          'CONFLICT',
          `The rules call for round ${round.number} next, not ${number}`,
          'round',
        );
      const day = this.meetings.meetingDay(m);
      const quorum = await this.meetings.quorum(m.id, em, { day });
      if (!quorum.decision.met)
        throw new DomainException(
          'QUORUM_NOT_MET',
          `A ballot needs the decision quorum: ${quorum.decision.explanation}`,
          'quorum',
        );
      const onDay = await this.participants.onDay(m.id, day, em);
      const roundId = await this.repo.insertRound(em, e.id, round, day, onDay.participants);
      await this.box.open(em, roundId);
      await this.repo.bump(em, e.id);
      await this.record.append(em, {
        meetingId: m.id,
        kind: 'election.round.opened',
        summary: `${e.title}: ${ordinal(round.number)} ballot (${round.kind}${round.kind === 'first' ? '' : `, ${round.inSeries} of 3`}), ${round.candidates.length} candidates for ${round.placesLeft} place${round.placesLeft === 1 ? '' : 's'}`,
        data: {
          electionId: e.id,
          round,
          eligible: onDay.participants.map((p) => p.iso3),
          parties: onDay.parties,
        },
      });
    });
  }

  /** Closes the open round and counts it; every acknowledged ballot is sealed on its participation row. */
  async closeRound(electionId: string): Promise<ElectionView> {
    return this.change(electionId, async (em, e, _rounds, m) => {
      const open = await this.repo.lockOpenRound(em, e.id);
      if (!open) throw new DomainException('VOTE_CLOSED', 'No round is open', 'round');
      // The key is taken, the sealed ballots opened, counted and erased (ADR 0008).
      const tally = await this.box.count(em, open.id, open.round);
      const count = describeCount(open.round, tally);
      await this.repo.markCounted(em, open.id, tally);
      const rounds = await this.repo.rounds(e.id, em);
      // The engine replays the record and refuses one it would not have produced.
      const state = orThrow(electionState(toElection(e), toHistory(rounds)));
      await this.record.append(em, {
        meetingId: m.id,
        kind: 'election.round.counted',
        summary: `${e.title}, ${ordinal(open.number)} ballot: ${countSummary(e, count)}`,
        data: {
          electionId: e.id,
          round: open.round,
          tally,
          count,
          voted: open.voted,
          eligible: open.eligible,
        },
      });
      await this.completeIfDone(em, e, state.next);
    });
  }

  /** Draws the lot the rules call for, from a seed the server generates and records. */
  async drawLot(electionId: string): Promise<ElectionView> {
    return this.change(electionId, async (em, e, rounds, m) => {
      const next = orThrow(nextRound(toElection(e), toHistory(rounds)));
      if (next.step !== 'lot')
        throw new DomainException('CONFLICT', 'The rules call for no lot now', 'electionId');
      const seed = randomBytes(32).toString('hex');
      await this.repo.setLotSeed(em, e.id, next.lot.afterRound, seed);
      const draw = drawLot(seed, next.lot.tied, next.lot.slots);
      const after = orThrow(electionState(toElection(e), toHistory(await this.repo.rounds(e.id, em))));
      await this.record.append(em, {
        meetingId: m.id,
        kind: 'election.lot',
        summary: `${e.title}: lot drawn after the ${ordinal(next.lot.afterRound)} ballot among ${next.lot.tied.map((c) => nameOf(e, c)).join(', ')}: ${draw.drawn.map((c) => nameOf(e, c)).join(', ')} drawn`,
        data: { electionId: e.id, lot: next.lot, seed, order: draw.order, drawn: draw.drawn },
      });
      await this.completeIfDone(em, e, after.next);
    });
  }

  async withdraw(electionId: string, candidateId: string): Promise<ElectionView> {
    return this.change(electionId, async (em, e, rounds, m) => {
      if (rounds.some((r) => r.status === 'open'))
        throw new DomainException(
          'VOTE_OPEN',
          'A withdrawal takes effect between ballots: count the open round first',
          'candidateId',
        );
      const changed = orThrow(withdrawCandidate(toElection(e), toHistory(rounds), candidateId));
      await this.repo.update(em, e.id, { withdrawals: changed.withdrawals });
      await this.record.append(em, {
        meetingId: m.id,
        kind: 'election.withdrawal',
        summary: `${e.title}: ${nameOf(e, candidateId)} withdraws`,
        data: { electionId: e.id, candidateId, withdrawals: changed.withdrawals },
      });
    });
  }

  /** The meeting agreed to elect the standing candidates by acclamation (they equal the places left). */
  async acclaim(electionId: string): Promise<ElectionView> {
    return this.change(electionId, async (em, e, rounds, m) => {
      if (rounds.some((r) => r.status === 'open'))
        throw new DomainException('VOTE_OPEN', 'A round is open: count it first', 'electionId');
      const changed = orThrow(electByAcclamation(toElection(e), toHistory(rounds)));
      await this.repo.update(em, e.id, { acclaimedBeforeRound: changed.acclaimedBeforeRound ?? null });
      const state = orThrow(electionState(changed, toHistory(rounds)));
      await this.record.append(em, {
        meetingId: m.id,
        kind: 'election.acclamation',
        summary: `${e.title}: elected by acclamation`,
        data: { electionId: e.id, acclaimedBeforeRound: changed.acclaimedBeforeRound },
      });
      await this.completeIfDone(
        em,
        { ...e, acclaimedBeforeRound: changed.acclaimedBeforeRound ?? null },
        state.next,
      );
    });
  }

  /** Meeting, then election locked; the work; the view read in the same transaction; emitted after commit. */
  private async change(
    electionId: string,
    work: (
      em: EntityManager,
      e: ElectionRow,
      rounds: RoundRow[],
      m: Awaited<ReturnType<MeetingService['lock']>>,
    ) => Promise<void>,
  ): Promise<ElectionView> {
    const view = await inTransaction(this.ds, async (em) => {
      const meetingId = await this.repo.meetingOf(electionId, em);
      const m = await this.meetings.lock(em, meetingId);
      const e = await this.repo.load(electionId, em, true);
      if (e.status === 'complete')
        throw new DomainException('ELECTION_COMPLETE', 'The election is complete', 'electionId');
      await work(em, e, await this.repo.rounds(e.id, em), m);
      return this.view(e.id, em);
    });
    this.announce(view);
    return view;
  }

  /** Done: record the elected and enter them in the register of officeholders (when an office was given). */
  private async completeIfDone(em: EntityManager, e: ElectionRow, next: NextStep): Promise<void> {
    if (next.step !== 'done') return;
    let termsRefusal: RegisterRefusal | null = null;
    if (e.office !== null && e.termFrom !== null && next.elected.length) {
      const office = e.office;
      const terms: Term[] = next.elected.map((x) => {
        const c = e.candidates.find((k) => k.id === x.candidateId)!;
        return {
          office,
          holder: { state: c.state, person: c.person },
          from: e.termFrom!,
          until: e.termUntil ?? (office.kind === 'committee-member' ? committeeTermUntil(e.termFrom!) : null),
        };
      });
      // A refusal by the register (an overlapping term entered meanwhile) must not undo the count.
      await em.query('SAVEPOINT election_terms');
      try {
        await this.offices.addIn(em, terms, e.id, 'elected');
        await em.query('RELEASE SAVEPOINT election_terms');
      } catch (err) {
        if (!(err instanceof DomainException)) throw err;
        await em.query('ROLLBACK TO SAVEPOINT election_terms');
        termsRefusal = err.facts();
      }
    }
    await this.repo.update(em, e.id, { status: 'complete', elected: next.elected, termsRefusal });
    await this.record.append(em, {
      meetingId: e.meetingId,
      kind: 'election.complete',
      summary: `${e.title}: ${electedSummary(e, next.elected)}${next.unfilled ? `; ${next.unfilled} place${next.unfilled === 1 ? '' : 's'} unfilled` : ''}`,
      data: { electionId: e.id, elected: next.elected, unfilled: next.unfilled, termsRefusal },
    });
  }

  private announce(view: ElectionView): void {
    this.realtime.emitToMeeting(view.meetingId, 'election.updated', { election: view });
  }
}

function ballotOrRefuse(next: NextStep) {
  if (next.step === 'ballot') return next.round;
  if (next.step === 'lot')
    throw new DomainException(
      'LOT_PENDING',
      `A lot must be drawn first (after the ${ordinal(next.lot.afterRound)} ballot)`,
      'round',
    );
  throw new DomainException('ELECTION_COMPLETE', 'The election is complete', 'round');
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
export const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

function nameOf(e: ElectionRow, candidateId: string): string {
  const c = e.candidates.find((k) => k.id === candidateId);
  if (!c) return candidateId;
  return c.person === null ? c.stateName : `${c.person} (${c.stateName})`;
}

function countSummary(e: ElectionRow, count: ReturnType<typeof describeCount>): string {
  const per = [...count.results]
    .sort((a, b) => b.votes - a.votes)
    .map((r) => `${nameOf(e, r.candidateId)} ${r.votes}`)
    .join(', ');
  return `${count.cast} ballots cast, ${count.invalid} invalid, ${count.blank} abstentions, ${count.presentAndVoting} present and voting, required majority ${count.requiredMajority}; ${per}`;
}

function electedSummary(e: ElectionRow, elected: readonly Elected[]): string {
  if (!elected.length) return 'nobody elected';
  return elected
    .map(
      (x) =>
        `${nameOf(e, x.candidateId)} elected (${x.by === 'majority' ? `${x.votes} votes, round ${x.round}` : x.by})`,
    )
    .join('; ');
}

/** What the screens show: the election, each round's arithmetic, lots with their seeds, what comes next. */
export function buildView(e: ElectionRow, rounds: readonly RoundRow[]): ElectionView {
  const election = toElection(e);
  const history = toHistory(rounds);
  const state = orThrow(electionState(election, history));
  const acc = e.status === 'complete' ? null : orThrow(acclamation(election, history));
  const roundViews: RoundView[] = rounds.map((r, k) => {
    const count = r.status === 'counted' ? describeCount(r.round, r.tally!, r.lotSeed) : null;
    let lot: RoundView['lot'] = null;
    if (r.lotSeed !== null) {
      // The lot this round's result called for: replay with its seed left out.
      const without: RoundRecord[] = history
        .slice(0, k + 1)
        .map((h, i) => (i === k ? { ...h, lotSeed: null } : h));
      const need = nextRound(election, without);
      if (need.ok && need.value.step === 'lot') {
        const draw = drawLot(r.lotSeed, need.value.lot.tied, need.value.lot.slots);
        lot = { purpose: need.value.lot.purpose, seed: r.lotSeed, order: draw.order, drawn: draw.drawn };
      }
    }
    return { id: r.id, round: r.round, status: r.status, eligible: r.eligible, voted: r.voted, count, lot };
  });
  const open = rounds.find((r) => r.status === 'open');
  return {
    id: e.id,
    meetingId: e.meetingId,
    title: e.title,
    places: e.places,
    electionDate: e.electionDate,
    office: e.office,
    termFrom: e.termFrom,
    termUntil: e.termUntil,
    status: e.status,
    candidates: e.candidates,
    withdrawals: e.withdrawals,
    acclaimedBeforeRound: e.acclaimedBeforeRound,
    rounds: roundViews,
    openRound: open?.number ?? null,
    elected: state.elected,
    placesLeft: state.placesLeft,
    standing: state.standing,
    next: state.next,
    acclamation: { available: acc?.available ?? false, reason: acc?.reason ?? 'the election is complete' },
    termsRefusal: e.termsRefusal,
    version: e.version,
  };
}
