import { Injectable } from '@nestjs/common';
import { type Choice, SEATED_CREDENTIALS } from '@plenary/shared';
import { DataSource } from 'typeorm';
import { retrying, scrubbed } from '../../common/transaction';
import { hotStatement, NIL_UUID, NO_TOKEN_HASH, queryPrepared } from '../../database/prepared';
import { bumpMeetingVersionSql } from '../meeting/meeting-version.repository';

export interface CastInput {
  voteId: string;
  /** The vote's meeting (it never changes), locked first when the cast registers presence. */
  meetingId: string;
  delegationId: string;
  /** SHA-256 of the caller's session token: the statement re-checks the session itself. */
  tokenHash: string;
  choice: Choice;
  opId: string;
  /** The press sequence of the caller's device, if it sent one. */
  seq: number | null;
  secret: boolean;
  /**
   * A secret ballot's choice, sealed under its vote's key (BallotSealer); null when the vote has
   * no key (it is closed): nothing is written then, and a replay is still answered.
   */
  sealed: Buffer | null;
}

export interface CastOp {
  voteId: string;
  delegationId: string;
  choice: Choice | null;
  revision: number;
}

export type CastOutcome =
  /** Committed. meetingVersion is set when this cast registered the delegation's presence. */
  | { kind: 'applied'; revision: number; meetingVersion: number | null }
  /** The op id had been applied already (by a retry's first copy, or another cast). */
  | { kind: 'replay'; op: CastOp }
  /** Nothing written: vote closed or not found, delegation not eligible, session not valid. */
  | { kind: 'refused' }
  /** Nothing written: a later press of the same session was applied already. */
  | { kind: 'stale' };

/*
 * A cast is ONE statement (autocommit), and one transaction of two when it registers presence
 * (the meeting is locked first). Locks are taken in the order of ADR 0003: meeting (only when
 * presence changes) -> operation id -> vote -> delegation -> session -> ballot. (A secret cast
 * no longer touches a ballot box: the close writes it.)
 *
 * - ctx re-checks everything the cast depends on and takes FOR SHARE on the vote row (a close,
 *   FOR UPDATE, waits for every cast in flight; a cast after the close re-reads the row and finds
 *   it closed), on the delegation row (a check-in, a revocation or a change of credentials is
 *   ordered before or after the cast, never half-way) and on the session row (a revoked or
 *   expired session writes nothing).
 * - claim inserts the operation id BEFORE anything is written, and the writes read from it: a
 *   second copy of the same id waits on the first's uncommitted key, then finds it taken and
 *   writes nothing; the caller answers it from cast_ops (a replay), whatever the vote's status.
 * - The claim records the revision the write will produce, read from the statement's snapshot.
 *   If another cast of the same ballot committed in between, the write (which works on the
 *   locked, latest row) produces another revision, or nothing (a stale press): cast_written_as_claimed() then raises a serialization failure, the whole statement
 *   rolls back, and the server runs it again on a fresh snapshot (common/transaction.ts).
 *
 * Parameters: $1 vote, $2 delegation, $3 token hash, $4 seated credentials, $5 choice (the sealed
 * choice for a secret ballot), $6 may register presence, $7 op id, $8 press sequence (recorded).
 */
const CONTEXT_SQL = (methods: string) => `
ctx AS (
  SELECT v.meeting_id, d.present, s.id AS session_id
    FROM votes v
    JOIN vote_eligibility e ON e.vote_id = v.id AND e.delegation_id = $2
    JOIN delegations d ON d.id = e.delegation_id
    JOIN sessions s ON s.token_hash = $3 AND s.delegation_id = d.id
   WHERE v.id = $1 AND v.status = 'open' AND v.method IN (${methods})
     AND d.kind = 'state' AND d.credentials = ANY($4::text[]) AND d.sign_in_revoked_at IS NULL
     AND s.revoked_at IS NULL AND s.expires_at > now()
   FOR SHARE OF v, d, s
), cur AS (
  SELECT revision, session_seqs FROM ballots WHERE vote_id = $1 AND delegation_id = $2
)`;

/** Presence and the meeting's version, when this cast made the delegation present. */
const PRESENCE_SQL = `
p AS (
  UPDATE delegations SET present = true
   WHERE id = $2 AND $6::boolean AND NOT present AND EXISTS (SELECT 1 FROM b) RETURNING id
), m AS (
  ${bumpMeetingVersionSql('(SELECT meeting_id FROM ctx)', 'EXISTS (SELECT 1 FROM p)')}
)`;

const OUTCOME_SQL = `
SELECT (SELECT count(*) FROM ctx)::int AS accepted, (SELECT bool_and(present) FROM ctx) AS present,
       (SELECT revision FROM b) AS revision, (SELECT version FROM m) AS meeting_version,
       cast_written_as_claimed((SELECT revision FROM claim), (SELECT revision FROM b)) AS applied`;

/**
 * Recorded and roll-call votes. A press is stale when its session already applied one with a
 * sequence at least as high: checked on the snapshot (go) and again on the locked row (the
 * upsert's WHERE), so two presses of one session can never both pass.
 */
const CAST_RECORDED_SQL = `
WITH ${CONTEXT_SQL(`'recorded', 'roll-call'`)}, go AS (
  SELECT ctx.* FROM ctx
   WHERE (ctx.present OR $6::boolean)
     AND ($8::bigint IS NULL
          OR COALESCE(((SELECT session_seqs FROM cur) ->> ctx.session_id::text)::bigint, 0) < $8::bigint)
), claim AS (
  INSERT INTO cast_ops (op_id, vote_id, delegation_id, choice, revision)
  SELECT $7, $1, $2, $5, COALESCE((SELECT revision FROM cur), 0) + 1 FROM go
  ON CONFLICT (op_id) DO NOTHING
  RETURNING revision
), b AS (
  INSERT INTO ballots AS cur (vote_id, delegation_id, choice, revision, session_seqs)
  SELECT $1, $2, $5, 1,
         CASE WHEN $8::bigint IS NULL THEN NULL ELSE jsonb_build_object(go.session_id::text, $8::bigint) END
    FROM go, claim
  ON CONFLICT (vote_id, delegation_id) DO UPDATE
     SET choice = EXCLUDED.choice, revision = cur.revision + 1,
         session_seqs = CASE WHEN EXCLUDED.session_seqs IS NULL THEN cur.session_seqs
                             ELSE COALESCE(cur.session_seqs, '{}'::jsonb) || EXCLUDED.session_seqs END
   WHERE EXCLUDED.session_seqs IS NULL
      OR NOT EXISTS (SELECT 1 FROM jsonb_each_text(EXCLUDED.session_seqs) AS n(session, seq)
                      WHERE (cur.session_seqs ->> n.session)::bigint >= n.seq::bigint)
  RETURNING revision
), ${PRESENCE_SQL}
${OUTCOME_SQL}`;

/**
 * Secret ballots: one row in ballots per State, the participation (choice null), with the choice
 * sealed under the vote's key ($5, bytea); no count moves. A change before the close (DOMAIN.md §5)
 * replaces the sealed value and the revision, as a recorded vote does its choice; staleness by
 * press sequence is the same. cast_ops keeps no choice. ADR 0008 says what can and cannot be learnt
 * from this.
 */
const CAST_SECRET_SQL = `
WITH ${CONTEXT_SQL(`'secret'`)}, go AS (
  SELECT ctx.* FROM ctx
   WHERE (ctx.present OR $6::boolean) AND $5::bytea IS NOT NULL
     AND ($8::bigint IS NULL
          OR COALESCE(((SELECT session_seqs FROM cur) ->> ctx.session_id::text)::bigint, 0) < $8::bigint)
), claim AS (
  INSERT INTO cast_ops (op_id, vote_id, delegation_id, choice, revision)
  SELECT $7, $1, $2, NULL, COALESCE((SELECT revision FROM cur), 0) + 1 FROM go
  ON CONFLICT (op_id) DO NOTHING
  RETURNING revision
), b AS (
  INSERT INTO ballots AS cur (vote_id, delegation_id, choice, revision, sealed_choice, session_seqs)
  SELECT $1, $2, NULL, 1, $5::bytea,
         CASE WHEN $8::bigint IS NULL THEN NULL ELSE jsonb_build_object(go.session_id::text, $8::bigint) END
    FROM go, claim
  ON CONFLICT (vote_id, delegation_id) DO UPDATE
     SET sealed_choice = EXCLUDED.sealed_choice, revision = cur.revision + 1,
         session_seqs = CASE WHEN EXCLUDED.session_seqs IS NULL THEN cur.session_seqs
                             ELSE COALESCE(cur.session_seqs, '{}'::jsonb) || EXCLUDED.session_seqs END
   WHERE EXCLUDED.session_seqs IS NULL
      OR NOT EXISTS (SELECT 1 FROM jsonb_each_text(EXCLUDED.session_seqs) AS n(session, seq)
                      WHERE (cur.session_seqs ->> n.session)::bigint >= n.seq::bigint)
  RETURNING revision
), ${PRESENCE_SQL}
${OUTCOME_SQL}`;

/**
 * Values that match no vote, delegation or session: a new pooled connection runs each cast
 * statement with them once (`hotStatement`), which writes nothing (every write reads from ctx).
 */
const NO_CAST = (choice: unknown) => [
  NIL_UUID,
  NIL_UUID,
  NO_TOKEN_HASH,
  SEATED_CREDENTIALS,
  choice,
  false,
  NIL_UUID,
  null,
];
const CAST_RECORDED = hotStatement('cast-recorded', CAST_RECORDED_SQL, NO_CAST('yes'));
const CAST_SECRET = hotStatement('cast-secret', CAST_SECRET_SQL, NO_CAST(null));

interface CastRow {
  accepted: number;
  present: boolean | null;
  revision: number | null;
  meeting_version: number | null;
  applied: boolean;
}

/** Why a cast wrote nothing, read after the fact. */
export interface RefusalFacts {
  exists: boolean;
  status: string | null;
  method: string | null;
  eligible: boolean;
  signedIn: boolean;
  seated: boolean;
}

@Injectable()
export class BallotRepository {
  constructor(private readonly ds: DataSource) {}

  /** One cast, exactly once; serialization failures and deadlocks are retried here. */
  async cast(input: CastInput): Promise<CastOutcome> {
    // Most casts come from delegations already present: they never touch the meeting row. The
    // first cast of a delegation marked absent is run again with the meeting locked first.
    const first = await retrying(() => this.attempt(input, false));
    if (first !== 'needs-presence') return first;
    const second = await retrying(() => this.attempt(input, true));
    return second === 'needs-presence' ? { kind: 'refused' } : second;
  }

  private async attempt(c: CastInput, registerPresence: boolean): Promise<CastOutcome | 'needs-presence'> {
    const params = [
      c.voteId,
      c.delegationId,
      c.tokenHash,
      SEATED_CREDENTIALS,
      c.secret ? c.sealed : c.choice,
      registerPresence,
      c.opId,
      c.seq,
    ];
    const sql = c.secret ? CAST_SECRET_SQL : CAST_RECORDED_SQL;
    let r: CastRow;
    try {
      if (!registerPresence)
        [r] = await queryPrepared<CastRow>(this.ds, c.secret ? CAST_SECRET : CAST_RECORDED, params);
      else
        r = await this.ds.transaction(async (em) => {
          await em.query('SELECT 1 FROM meetings WHERE id = $1 FOR UPDATE', [c.meetingId]);
          const [row] = await em.query<CastRow[]>(sql, params);
          return row;
        });
    } catch (e) {
      throw scrubbed(e, 'cast');
    }
    if (r.applied) return { kind: 'applied', revision: r.revision!, meetingVersion: r.meeting_version };
    // Nothing written. An operation id already taken is a replay, whatever else holds now.
    const op = await this.findOp(c.opId);
    if (op) return { kind: 'replay', op };
    if (r.accepted !== 1 || (c.secret && !c.sealed)) return { kind: 'refused' };
    if (!r.present && !registerPresence) return 'needs-presence';
    return { kind: 'stale' };
  }

  async findOp(opId: string): Promise<CastOp | null> {
    const sql = 'SELECT vote_id, delegation_id, choice, revision FROM cast_ops WHERE op_id = $1';
    const rows = await this.ds.query<
      { vote_id: string; delegation_id: string; choice: Choice | null; revision: number }[]
    >(sql, [opId]);
    const r = rows[0];
    return r
      ? { voteId: r.vote_id, delegationId: r.delegation_id, choice: r.choice, revision: r.revision }
      : null;
  }

  /** The delegation's choice as the database holds it now (recorded votes). */
  async currentChoice(voteId: string, delegationId: string): Promise<Choice | null> {
    const rows = await this.ds.query<{ choice: Choice | null }[]>(
      'SELECT choice FROM ballots WHERE vote_id = $1 AND delegation_id = $2',
      [voteId, delegationId],
    );
    return rows[0]?.choice ?? null;
  }

  async refusalFacts(voteId: string, delegationId: string, tokenHash: string): Promise<RefusalFacts> {
    const rows = await this.ds.query<
      { status: string; method: string; eligible: boolean; signed_in: boolean; seated: boolean }[]
    >(
      `SELECT v.status, v.method,
              EXISTS (SELECT 1 FROM vote_eligibility e WHERE e.vote_id = v.id AND e.delegation_id = $2) AS eligible,
              EXISTS (SELECT 1 FROM sessions s JOIN delegations d ON d.id = s.delegation_id
                       WHERE s.token_hash = $3 AND s.delegation_id = $2 AND s.revoked_at IS NULL
                         AND s.expires_at > now() AND d.sign_in_revoked_at IS NULL) AS signed_in,
              EXISTS (SELECT 1 FROM delegations d
                       WHERE d.id = $2 AND d.kind = 'state' AND d.credentials = ANY($4::text[])) AS seated
         FROM votes v WHERE v.id = $1`,
      [voteId, delegationId, tokenHash, SEATED_CREDENTIALS],
    );
    const r = rows[0];
    return r
      ? {
          exists: true,
          status: r.status,
          method: r.method,
          eligible: r.eligible,
          signedIn: r.signed_in,
          seated: r.seated,
        }
      : { exists: false, status: null, method: null, eligible: false, signedIn: false, seated: false };
  }
}
