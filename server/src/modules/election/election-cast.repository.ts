import { Injectable } from '@nestjs/common';
import { SEATED_CREDENTIALS } from '@plenary/shared';
import { DataSource } from 'typeorm';
import { retrying, scrubbed } from '../../common/transaction';
import { bumpMeetingVersionSql } from '../meeting/meeting-version.repository';

export interface ElectionCastInput {
  roundId: string;
  meetingId: string;
  delegationId: string;
  /** SHA-256 of the caller's session token: the statement re-checks the session itself. */
  tokenHash: string;
  opId: string;
  /** The ballot sealed under the round's key (ElectionBallotBox); null when the round has no key (counted). */
  sealed: Buffer | null;
}

export interface ElectionCastOp {
  roundId: string;
  delegationId: string;
}

export type ElectionCastOutcome =
  | { kind: 'applied'; meetingVersion: number | null }
  | { kind: 'replay'; op: ElectionCastOp }
  | { kind: 'refused' }
  | { kind: 'already-voted' };

export interface ElectionRefusalFacts {
  exists: boolean;
  status: string | null;
  eligible: boolean;
  signedIn: boolean;
  seated: boolean;
}

/*
 * An election ballot is ONE statement (a transaction of two when it registers presence, the
 * meeting locked first), built like a secret vote's cast (ADR 0003, ADR 0008). Lock order:
 * meeting (only when presence changes) -> operation id -> election round -> delegation ->
 * session -> participation. The ballot is sealed before it reaches the statement and is stored
 * on the participation row (ADR 0008): no count exists while the round is open. The round's FOR SHARE makes a count (FOR UPDATE) wait
 * for every ballot in flight; a ballot after it re-reads the round and finds it counted.
 * The operation id is claimed before anything is written and the writes read from the claim;
 * cast_written_as_claimed() turns "claimed but another ballot of this delegation won" into a
 * serialization failure, so the statement runs again on a fresh snapshot.
 *
 * $1 round, $2 delegation, $3 token hash, $4 seated credentials, $5 op id, $6 may register
 * presence, $7 the sealed ballot (nothing is written without one).
 */
const CAST_SQL = `
WITH ctx AS (
  SELECT e.meeting_id, d.present, s.id AS session_id
    FROM election_rounds r
    JOIN elections e ON e.id = r.election_id
    JOIN election_eligibility el ON el.round_id = r.id AND el.delegation_id = $2
    JOIN delegations d ON d.id = el.delegation_id
    JOIN sessions s ON s.token_hash = $3 AND s.delegation_id = d.id
   WHERE r.id = $1 AND r.status = 'open'
     AND d.kind = 'state' AND d.credentials = ANY($4::text[]) AND d.sign_in_revoked_at IS NULL
     AND s.revoked_at IS NULL AND s.expires_at > now()
   FOR SHARE OF r, d, s
), go AS (
  SELECT ctx.* FROM ctx
   WHERE (ctx.present OR $6::boolean) AND $7::bytea IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM election_participation WHERE round_id = $1 AND delegation_id = $2)
), claim AS (
  INSERT INTO election_cast_ops (op_id, round_id, delegation_id)
  SELECT $5, $1, $2 FROM go
  ON CONFLICT (op_id) DO NOTHING
  RETURNING 1 AS revision
), b AS (
  INSERT INTO election_participation (round_id, delegation_id, sealed_ballot)
  SELECT $1, $2, $7::bytea FROM claim
  ON CONFLICT (round_id, delegation_id) DO NOTHING
  RETURNING 1 AS revision
), p AS (
  UPDATE delegations SET present = true
   WHERE id = $2 AND $6::boolean AND NOT present AND EXISTS (SELECT 1 FROM b) RETURNING id
), m AS (
  ${bumpMeetingVersionSql('(SELECT meeting_id FROM ctx)', 'EXISTS (SELECT 1 FROM p)')}
)
SELECT (SELECT count(*) FROM ctx)::int AS accepted, (SELECT bool_and(present) FROM ctx) AS present,
       (SELECT version FROM m) AS meeting_version,
       cast_written_as_claimed((SELECT revision FROM claim), (SELECT revision FROM b)) AS applied`;

interface CastRow {
  accepted: number;
  present: boolean | null;
  meeting_version: number | null;
  applied: boolean;
}

@Injectable()
export class ElectionCastRepository {
  constructor(private readonly ds: DataSource) {}

  /** One ballot, exactly once; serialization failures and deadlocks are retried here. */
  async cast(input: ElectionCastInput): Promise<ElectionCastOutcome> {
    const first = await retrying(() => this.attempt(input, false));
    if (first !== 'needs-presence') return first;
    const second = await retrying(() => this.attempt(input, true));
    return second === 'needs-presence' ? { kind: 'refused' } : second;
  }

  private async attempt(
    c: ElectionCastInput,
    registerPresence: boolean,
  ): Promise<ElectionCastOutcome | 'needs-presence'> {
    const params = [
      c.roundId,
      c.delegationId,
      c.tokenHash,
      SEATED_CREDENTIALS,
      c.opId,
      registerPresence,
      c.sealed,
    ];
    let r: CastRow;
    try {
      if (!registerPresence) [r] = await this.ds.query<CastRow[]>(CAST_SQL, params);
      else
        r = await this.ds.transaction(async (em) => {
          await em.query('SELECT 1 FROM meetings WHERE id = $1 FOR UPDATE', [c.meetingId]);
          const [row] = await em.query<CastRow[]>(CAST_SQL, params);
          return row;
        });
    } catch (e) {
      throw scrubbed(e, 'ballot');
    }
    if (r.applied) return { kind: 'applied', meetingVersion: r.meeting_version };
    const op = await this.findOp(c.opId);
    if (op) return { kind: 'replay', op };
    if (r.accepted !== 1) return { kind: 'refused' };
    if (!r.present && !registerPresence) return 'needs-presence';
    return { kind: 'already-voted' };
  }

  async findOp(opId: string): Promise<ElectionCastOp | null> {
    const rows = await this.ds.query<{ round_id: string; delegation_id: string }[]>(
      'SELECT round_id, delegation_id FROM election_cast_ops WHERE op_id = $1',
      [opId],
    );
    return rows[0] ? { roundId: rows[0].round_id, delegationId: rows[0].delegation_id } : null;
  }

  async refusalFacts(
    roundId: string,
    delegationId: string,
    tokenHash: string,
  ): Promise<ElectionRefusalFacts> {
    const rows = await this.ds.query<
      { status: string; eligible: boolean; signed_in: boolean; seated: boolean }[]
    >(
      `SELECT r.status,
              EXISTS (SELECT 1 FROM election_eligibility e WHERE e.round_id = r.id AND e.delegation_id = $2) AS eligible,
              EXISTS (SELECT 1 FROM sessions s JOIN delegations d ON d.id = s.delegation_id
                       WHERE s.token_hash = $3 AND s.delegation_id = $2 AND s.revoked_at IS NULL
                         AND s.expires_at > now() AND d.sign_in_revoked_at IS NULL) AS signed_in,
              EXISTS (SELECT 1 FROM delegations d
                       WHERE d.id = $2 AND d.kind = 'state' AND d.credentials = ANY($4::text[])) AS seated
         FROM election_rounds r WHERE r.id = $1`,
      [roundId, delegationId, tokenHash, SEATED_CREDENTIALS],
    );
    const r = rows[0];
    return r
      ? { exists: true, status: r.status, eligible: r.eligible, signedIn: r.signed_in, seated: r.seated }
      : { exists: false, status: null, eligible: false, signedIn: false, seated: false };
  }

  /** How many have cast a ballot in the round (who, never how). */
  async voted(roundId: string): Promise<number> {
    const [r] = await this.ds.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM election_participation WHERE round_id = $1',
      [roundId],
    );
    return r.n;
  }
}
