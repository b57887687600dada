import { Injectable } from '@nestjs/common';
import type { Choice } from '@plenary/shared';
import { DataSource } from 'typeorm';

export interface CastOutcome {
  /** The vote is open and the delegation is eligible (the statement held the vote's share lock). */
  accepted: boolean;
  /** The ballot's revision after this cast; null when the op id had already been applied. */
  revision: number | null;
  /** This cast registered the delegation's presence (first cast while marked absent). */
  becamePresent: boolean;
  meetingVersion: number | null;
}

/*
 * One statement per cast. It takes a FOR SHARE lock on the vote row, so a close (which takes
 * FOR UPDATE on the same row) waits for every cast in flight to commit, and a cast that comes
 * after the close re-reads the row and finds it closed. A retried op id is detected through
 * cast_ops; the (vote, delegation) primary key makes a second ballot impossible either way.
 * Lock order is always votes -> ballots -> delegations -> meetings, as in close.
 */
const CAST_SQL = `
WITH v AS (
  SELECT v.id, v.meeting_id FROM votes v
    JOIN vote_eligibility e ON e.vote_id = v.id AND e.delegation_id = $2
   WHERE v.id = $1 AND v.status = 'open' AND v.method IN ('recorded', 'roll-call')
   FOR SHARE OF v
), fresh AS (
  SELECT id FROM v WHERE NOT EXISTS (SELECT 1 FROM cast_ops WHERE op_id = $4)
), b AS (
  INSERT INTO ballots (vote_id, delegation_id, choice, revision)
  SELECT $1, $2, $3, 1 FROM fresh
  ON CONFLICT (vote_id, delegation_id) DO UPDATE SET choice = EXCLUDED.choice, revision = ballots.revision + 1
  RETURNING revision
), o AS (
  INSERT INTO cast_ops (op_id, vote_id, delegation_id, choice, revision)
  SELECT $4, $1, $2, $3, b.revision FROM b
  ON CONFLICT (op_id) DO NOTHING
), p AS (
  UPDATE delegations SET present = true WHERE id = $2 AND NOT present AND EXISTS (SELECT 1 FROM b) RETURNING id
), m AS (
  UPDATE meetings SET version = version + 1 WHERE id = (SELECT meeting_id FROM v) AND EXISTS (SELECT 1 FROM p) RETURNING version
)
SELECT (SELECT count(*) FROM v)::int AS accepted, (SELECT revision FROM b) AS revision,
       (SELECT count(*) FROM p)::int AS became_present, (SELECT version FROM m) AS meeting_version`;

/* Secret ballot: participation in ballots (choice null), the choice in secret_ballots, unlinked. */
const CAST_SECRET_SQL = `
WITH v AS (
  SELECT v.id, v.meeting_id FROM votes v
    JOIN vote_eligibility e ON e.vote_id = v.id AND e.delegation_id = $2
   WHERE v.id = $1 AND v.status = 'open' AND v.method = 'secret'
   FOR SHARE OF v
), fresh AS (
  SELECT id FROM v WHERE NOT EXISTS (SELECT 1 FROM cast_ops WHERE op_id = $4)
), b AS (
  INSERT INTO ballots (vote_id, delegation_id, choice, revision)
  SELECT $1, $2, NULL, 1 FROM fresh
  ON CONFLICT (vote_id, delegation_id) DO NOTHING
  RETURNING revision
), s AS (
  INSERT INTO secret_ballots (vote_id, choice) SELECT $1, $3 FROM b
), o AS (
  INSERT INTO cast_ops (op_id, vote_id, delegation_id, choice, revision)
  SELECT $4, $1, $2, NULL, b.revision FROM b
  ON CONFLICT (op_id) DO NOTHING
), p AS (
  UPDATE delegations SET present = true WHERE id = $2 AND NOT present AND EXISTS (SELECT 1 FROM b) RETURNING id
), m AS (
  UPDATE meetings SET version = version + 1 WHERE id = (SELECT meeting_id FROM v) AND EXISTS (SELECT 1 FROM p) RETURNING version
)
SELECT (SELECT count(*) FROM v)::int AS accepted, (SELECT revision FROM b) AS revision,
       (SELECT count(*) FROM p)::int AS became_present, (SELECT version FROM m) AS meeting_version,
       (SELECT count(*) FROM fresh)::int AS fresh`;

interface CastRow {
  accepted: number;
  revision: number | null;
  became_present: number;
  meeting_version: number | null;
  fresh?: number;
}

@Injectable()
export class BallotRepository {
  constructor(private readonly ds: DataSource) {}

  async cast(
    voteId: string,
    delegationId: string,
    choice: Choice,
    opId: string,
    secret: boolean,
  ): Promise<CastOutcome & { alreadyVoted: boolean }> {
    const rows = await this.ds.query<CastRow[]>(secret ? CAST_SECRET_SQL : CAST_SQL, [
      voteId,
      delegationId,
      choice,
      opId,
    ]);
    const r = rows[0];
    return {
      accepted: r.accepted === 1,
      revision: r.revision,
      becamePresent: r.became_present === 1,
      meetingVersion: r.meeting_version,
      alreadyVoted: secret && r.accepted === 1 && r.fresh === 1 && r.revision === null,
    };
  }

  async findOp(
    opId: string,
  ): Promise<{ voteId: string; delegationId: string; choice: Choice | null; revision: number } | null> {
    const rows = await this.ds.query<
      { vote_id: string; delegation_id: string; choice: Choice | null; revision: number }[]
    >('SELECT vote_id, delegation_id, choice, revision FROM cast_ops WHERE op_id = $1', [opId]);
    const r = rows[0];
    return r
      ? { voteId: r.vote_id, delegationId: r.delegation_id, choice: r.choice, revision: r.revision }
      : null;
  }
}
