import { Injectable } from '@nestjs/common';
import type { CandidateId, RoundTally } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';

/** One ballot as counted: blank (no names), invalid (spoilt: too many names) or valid with its names. */
export type ClassifiedBallot =
  { class: 'valid'; marks: readonly CandidateId[] } | { class: 'blank' } | { class: 'invalid' };

/**
 * Where an election round's secret ballots go: the one seam between "who voted" (participation
 * rows, always) and "how" (here). Today's implementation keeps totals only, one row per round
 * (`TotalsBallotBox`, ADR 0008's box); a sealed implementation (each ballot encrypted under a
 * per-round key wrapped by a master key outside the database, counted at the close) can replace
 * it without touching the cast statement's claim, checks or lock order.
 */
export interface ElectionBallotBox {
  /** Creates the round's box, in the transaction that opens the round. */
  open(em: EntityManager, roundId: string, candidates: readonly CandidateId[]): Promise<void>;
  /**
   * The body of the cast statement's CTE that stores the ballot's content. It must write only
   * when the participation row was written (`EXISTS (SELECT 1 FROM b)`), and may use the
   * statement's `$1` (round id) and its own parameters from `$first` on.
   */
  writeSql(first: number): string;
  /** The parameters `writeSql` uses, in order. */
  writeParams(ballot: ClassifiedBallot): unknown[];
  /** The round's totals, in the close's transaction (the round row is locked: no cast in flight). */
  count(em: EntityManager, roundId: string, candidates: readonly CandidateId[]): Promise<RoundTally>;
  /** After a cast commits: rewrite the box so nothing in it points at that State's transaction. */
  reseal(roundId: string): Promise<void>;
  /** Boxes of open rounds (at boot: the last cast before a stop may not have been resealed). */
  openBoxes(): Promise<string[]>;
}

export const ELECTION_BALLOT_BOX = Symbol('ElectionBallotBox');

/** Totals only: per-candidate votes, present and voting, blank, invalid. No row per ballot. */
@Injectable()
export class TotalsBallotBox implements ElectionBallotBox {
  constructor(private readonly ds: DataSource) {}

  async open(em: EntityManager, roundId: string, candidates: readonly CandidateId[]): Promise<void> {
    await em.query(
      `INSERT INTO election_boxes (round_id, votes)
       SELECT $1, COALESCE(jsonb_object_agg(c, 0), '{}'::jsonb) FROM unnest($2::text[]) AS c`,
      [roundId, candidates],
    );
  }

  writeSql(first: number): string {
    const kind = `$${first}`;
    const marks = `$${first + 1}::text[]`;
    return `UPDATE election_boxes
       SET votes = (SELECT jsonb_object_agg(k, v::int + (k = ANY(${marks}))::int) FROM jsonb_each_text(votes) AS t(k, v)),
           present_and_voting = present_and_voting + (${kind}::text = 'valid')::int,
           blank = blank + (${kind}::text = 'blank')::int,
           invalid = invalid + (${kind}::text = 'invalid')::int
     WHERE round_id = $1 AND EXISTS (SELECT 1 FROM b)`;
  }

  writeParams(ballot: ClassifiedBallot): unknown[] {
    return [ballot.class, ballot.class === 'valid' ? [...ballot.marks] : []];
  }

  async count(em: EntityManager, roundId: string, candidates: readonly CandidateId[]): Promise<RoundTally> {
    const [box] = await em.query<
      { votes: Record<string, number>; present_and_voting: number; blank: number; invalid: number }[]
    >('SELECT votes, present_and_voting, blank, invalid FROM election_boxes WHERE round_id = $1 FOR UPDATE', [
      roundId,
    ]);
    // The close's own rewrite: the box's last version is no State's cast.
    await em.query('UPDATE election_boxes SET round_id = round_id WHERE round_id = $1', [roundId]);
    const votes: Record<CandidateId, number> = {};
    for (const c of candidates) votes[c] = Number(box.votes[c] ?? 0);
    return { votes, presentAndVoting: box.present_and_voting, blank: box.blank, invalid: box.invalid };
  }

  async reseal(roundId: string): Promise<void> {
    await this.ds.query(
      `UPDATE election_boxes SET round_id = round_id
        WHERE round_id = $1 AND EXISTS (SELECT 1 FROM election_rounds WHERE id = $1 AND status = 'open')`,
      [roundId],
    );
  }

  async openBoxes(): Promise<string[]> {
    const rows = await this.ds.query<{ round_id: string }[]>(
      `SELECT x.round_id FROM election_boxes x JOIN election_rounds r ON r.id = x.round_id WHERE r.status = 'open'`,
    );
    return rows.map((r) => r.round_id);
  }
}
