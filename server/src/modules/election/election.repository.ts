import { Injectable } from '@nestjs/common';
import type {
  CandidateWithdrawal,
  Elected,
  Election,
  OfficeBody,
  RegisterRefusal,
  Round,
  RoundRecord,
  RoundTally,
} from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/domain.exception';

/** A candidate as stored: the engine's `Candidate` plus the State's name for screens. */
export interface StoredCandidate {
  id: string;
  state: string;
  person: string | null;
  regionalGroup: string | null;
  stateName: string;
}

export interface ElectionRow {
  id: string;
  meetingId: string;
  title: string;
  places: number;
  electionDate: string;
  candidates: StoredCandidate[];
  withdrawals: CandidateWithdrawal[];
  acclaimedBeforeRound: number | null;
  office: OfficeBody | null;
  termFrom: string | null;
  termUntil: string | null;
  status: 'open' | 'complete';
  elected: Elected[] | null;
  termsRefusal: RegisterRefusal | null;
  version: number;
}

export interface RoundRow {
  id: string;
  number: number;
  round: Round;
  status: 'open' | 'counted';
  tally: RoundTally | null;
  lotSeed: string | null;
  eligible: number;
  voted: number;
}

interface RawElection {
  id: string;
  meeting_id: string;
  title: string;
  places: number;
  election_date: string;
  candidates: StoredCandidate[];
  withdrawals: CandidateWithdrawal[];
  acclaimed_before_round: number | null;
  office: OfficeBody | null;
  term_from: string | null;
  term_until: string | null;
  status: 'open' | 'complete';
  elected: Elected[] | null;
  terms_refusal: RegisterRefusal | null;
  version: number;
}

const ELECTION_COLUMNS = `id, meeting_id, title, places, to_char(election_date, 'YYYY-MM-DD') AS election_date,
  candidates, withdrawals, acclaimed_before_round, office, to_char(term_from, 'YYYY-MM-DD') AS term_from,
  to_char(term_until, 'YYYY-MM-DD') AS term_until, status, elected, terms_refusal, version`;

const toRow = (r: RawElection): ElectionRow => ({
  id: r.id,
  meetingId: r.meeting_id,
  title: r.title,
  places: r.places,
  electionDate: r.election_date,
  candidates: r.candidates,
  withdrawals: r.withdrawals,
  acclaimedBeforeRound: r.acclaimed_before_round,
  office: r.office,
  termFrom: r.term_from,
  termUntil: r.term_until,
  status: r.status,
  elected: r.elected,
  termsRefusal: r.terms_refusal,
  version: r.version,
});

/** The engine's view of a stored election (display names stripped). */
export const toElection = (e: ElectionRow): Election => ({
  places: e.places,
  candidates: e.candidates.map((c) => ({
    id: c.id,
    state: c.state,
    person: c.person,
    regionalGroup: c.regionalGroup,
  })),
  withdrawals: e.withdrawals,
  acclaimedBeforeRound: e.acclaimedBeforeRound,
});

/** The counted rounds as the engine replays them. */
export const toHistory = (rounds: readonly RoundRow[]): RoundRecord[] =>
  rounds
    .filter((r) => r.status === 'counted')
    .map((r) => ({ round: r.round, tally: r.tally!, lotSeed: r.lotSeed }));

@Injectable()
export class ElectionRepository {
  constructor(private readonly ds: DataSource) {}

  async meetingOf(electionId: string, em: EntityManager = this.ds.manager): Promise<string> {
    const rows = await em.query<{ meeting_id: string }[]>('SELECT meeting_id FROM elections WHERE id = $1', [
      electionId,
    ]);
    if (!rows.length) throw notFound('Election', 'electionId');
    return rows[0].meeting_id;
  }

  async load(id: string, em: EntityManager = this.ds.manager, lock = false): Promise<ElectionRow> {
    const rows = await em.query<RawElection[]>(
      `SELECT ${ELECTION_COLUMNS} FROM elections WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!rows.length) throw notFound('Election', 'electionId');
    return toRow(rows[0]);
  }

  async listIds(meetingId: string, em: EntityManager = this.ds.manager): Promise<string[]> {
    const rows = await em.query<{ id: string }[]>(
      'SELECT id FROM elections WHERE meeting_id = $1 ORDER BY created_at, id',
      [meetingId],
    );
    return rows.map((r) => r.id);
  }

  async rounds(electionId: string, em: EntityManager = this.ds.manager): Promise<RoundRow[]> {
    const rows = await em.query<
      {
        id: string;
        number: number;
        round: Round;
        status: 'open' | 'counted';
        tally: RoundTally | null;
        lot_seed: string | null;
        eligible: number;
        voted: number;
      }[]
    >(
      `SELECT r.id, r.number, r.round, r.status, r.tally, r.lot_seed,
              (SELECT count(*) FROM election_eligibility e WHERE e.round_id = r.id)::int AS eligible,
              (SELECT count(*) FROM election_participation p WHERE p.round_id = r.id)::int AS voted
         FROM election_rounds r WHERE r.election_id = $1 ORDER BY r.number`,
      [electionId],
    );
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      round: r.round,
      status: r.status,
      tally: r.tally,
      lotSeed: r.lot_seed,
      eligible: r.eligible,
      voted: r.voted,
    }));
  }

  async insert(
    em: EntityManager,
    e: Omit<
      ElectionRow,
      'id' | 'status' | 'elected' | 'termsRefusal' | 'version' | 'withdrawals' | 'acclaimedBeforeRound'
    >,
  ): Promise<string> {
    const [row] = await em.query<{ id: string }[]>(
      `INSERT INTO elections (meeting_id, title, places, election_date, candidates, office, term_from, term_until)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8) RETURNING id`,
      [
        e.meetingId,
        e.title,
        e.places,
        e.electionDate,
        JSON.stringify(e.candidates),
        e.office === null ? null : JSON.stringify(e.office),
        e.termFrom,
        e.termUntil,
      ],
    );
    return row.id;
  }

  /** Every change bumps the election's version, in its transaction. */
  async update(
    em: EntityManager,
    id: string,
    change: Partial<
      Pick<ElectionRow, 'withdrawals' | 'acclaimedBeforeRound' | 'status' | 'elected' | 'termsRefusal'>
    >,
  ): Promise<void> {
    await em.query(
      `UPDATE elections SET
         withdrawals = COALESCE($2::jsonb, withdrawals),
         acclaimed_before_round = CASE WHEN $3::boolean THEN $4::int ELSE acclaimed_before_round END,
         status = COALESCE($5, status),
         elected = COALESCE($6::jsonb, elected),
         terms_refusal = COALESCE($7::jsonb, terms_refusal),
         version = version + 1
       WHERE id = $1`,
      [
        id,
        change.withdrawals === undefined ? null : JSON.stringify(change.withdrawals),
        change.acclaimedBeforeRound !== undefined,
        change.acclaimedBeforeRound ?? null,
        change.status ?? null,
        change.elected === undefined || change.elected === null ? null : JSON.stringify(change.elected),
        change.termsRefusal ? JSON.stringify(change.termsRefusal) : null,
      ],
    );
  }

  async bump(em: EntityManager, id: string): Promise<void> {
    await em.query('UPDATE elections SET version = version + 1 WHERE id = $1', [id]);
  }

  async insertRound(
    em: EntityManager,
    electionId: string,
    round: Round,
    day: string,
    eligible: { delegationId: string; iso3: string }[],
  ): Promise<string> {
    const [row] = await em.query<{ id: string }[]>(
      `INSERT INTO election_rounds (election_id, number, round, round_date) VALUES ($1, $2, $3::jsonb, $4) RETURNING id`,
      [electionId, round.number, JSON.stringify(round), day],
    );
    await em.query(
      `INSERT INTO election_eligibility (round_id, delegation_id, state_iso3)
       SELECT $1, d, s FROM unnest($2::uuid[], $3::text[]) AS x(d, s)`,
      [row.id, eligible.map((p) => p.delegationId), eligible.map((p) => p.iso3)],
    );
    return row.id;
  }

  /** The open round, locked (a count waits for every ballot in flight; later ballots find it counted). */
  async lockOpenRound(em: EntityManager, electionId: string): Promise<RoundRow | null> {
    const rows = await em.query<{ id: string }[]>(
      `SELECT id FROM election_rounds WHERE election_id = $1 AND status = 'open' FOR UPDATE`,
      [electionId],
    );
    if (!rows.length) return null;
    return (await this.rounds(electionId, em)).find((r) => r.id === rows[0].id)!;
  }

  async markCounted(em: EntityManager, roundId: string, tally: RoundTally): Promise<void> {
    await em.query(
      `UPDATE election_rounds SET status = 'counted', tally = $2::jsonb, counted_at = now() WHERE id = $1`,
      [roundId, JSON.stringify(tally)],
    );
  }

  async setLotSeed(em: EntityManager, electionId: string, number: number, seed: string): Promise<void> {
    await em.query(
      `UPDATE election_rounds SET lot_seed = $3 WHERE election_id = $1 AND number = $2 AND lot_seed IS NULL`,
      [electionId, number, seed],
    );
  }

  /** For a ballot: the round by election and number, with the election's meeting. */
  async roundForBallot(
    electionId: string,
    number: number,
  ): Promise<{ roundId: string; round: Round; meetingId: string } | null> {
    const rows = await this.ds.query<{ id: string; round: Round; meeting_id: string }[]>(
      `SELECT r.id, r.round, e.meeting_id FROM election_rounds r JOIN elections e ON e.id = r.election_id
        WHERE r.election_id = $1 AND r.number = $2`,
      [electionId, number],
    );
    return rows[0] ? { roundId: rows[0].id, round: rows[0].round, meetingId: rows[0].meeting_id } : null;
  }
}
