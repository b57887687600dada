import { Injectable } from '@nestjs/common';
import { type Choice, SEATED_CREDENTIALS } from '@plenary/shared';
import { DataSource, type QueryRunner } from 'typeorm';
import { DomainException } from '../../common/domain.exception';
import { retrying } from '../../common/transaction';
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
  | { kind: 'stale' }
  /** Nothing written: a secret ballot is cast once. */
  | { kind: 'already-voted' };

/*
 * A cast is one transaction of two statements (three when it registers presence), always taking
 * locks in the order of ADR 0003: meeting (only when presence changes) -> operation id -> vote ->
 * delegation -> session -> ballot -> ballot box.
 *
 * 1. CLAIM: the operation id is inserted first. A second copy of the same id, concurrent or late,
 *    waits on the first's uncommitted key and then finds it taken: it writes nothing and is
 *    answered from cast_ops (a replay), before and whatever the vote's status.
 * 2. WRITE: gated on the claim (same transaction). It takes FOR SHARE on the vote row (a close,
 *    FOR UPDATE, waits for every cast in flight; a cast after the close re-reads the row and
 *    finds it closed), on the delegation row (a check-in, a revocation or a change of
 *    credentials is ordered before or after the cast, never half-way) and on the session row (a
 *    revoked or expired session writes nothing), and re-checks all of them with eligibility.
 */
const CLAIM_SQL = `
INSERT INTO cast_ops (op_id, vote_id, delegation_id, choice, revision) VALUES ($1, $2, $3, $4, 0)
ON CONFLICT (op_id) DO NOTHING RETURNING op_id`;

/** Parameters: $1 vote, $2 delegation, $3 token hash, $4 seated credentials. */
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
), go AS (
  -- A delegation marked absent registers its presence by casting: only in the transaction that
  -- locked the meeting first ($6), so the lock order holds.
  SELECT * FROM ctx WHERE ctx.present OR $6::boolean
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
       (SELECT revision FROM b) AS revision, (SELECT version FROM m) AS meeting_version`;

/**
 * Recorded and roll-call votes. $5 choice, $6 may register presence, $7 op id, $8 press sequence.
 * A change is refused as stale when the same session already applied a press with a sequence
 * at least as high (read and written on the locked ballot row itself, so two presses of one
 * session can never both pass the check).
 */
const CAST_RECORDED_SQL = `
WITH ${CONTEXT_SQL(`'recorded', 'roll-call'`)}, b AS (
  INSERT INTO ballots AS cur (vote_id, delegation_id, choice, revision, session_seqs)
  SELECT $1, $2, $5, 1,
         CASE WHEN $8::bigint IS NULL THEN NULL ELSE jsonb_build_object(go.session_id::text, $8::bigint) END
    FROM go
  ON CONFLICT (vote_id, delegation_id) DO UPDATE
     SET choice = EXCLUDED.choice, revision = cur.revision + 1,
         session_seqs = CASE WHEN EXCLUDED.session_seqs IS NULL THEN cur.session_seqs
                             ELSE COALESCE(cur.session_seqs, '{}'::jsonb) || EXCLUDED.session_seqs END
   WHERE EXCLUDED.session_seqs IS NULL
      OR NOT EXISTS (SELECT 1 FROM jsonb_each_text(EXCLUDED.session_seqs) AS n(session, seq)
                      WHERE (cur.session_seqs ->> n.session)::bigint >= n.seq::bigint)
  RETURNING revision
), o AS (
  UPDATE cast_ops SET revision = (SELECT revision FROM b) WHERE op_id = $7 AND EXISTS (SELECT 1 FROM b)
), ${PRESENCE_SQL}
${OUTCOME_SQL}`;

/**
 * Secret ballots: participation goes to ballots (choice null), the choice is added to the vote's
 * ballot box, which holds totals only; cast_ops keeps no choice. $5 choice, $6 may register
 * presence, $7 op id. ADR 0005 says what can and cannot be learnt from this.
 */
const CAST_SECRET_SQL = `
WITH ${CONTEXT_SQL(`'secret'`)}, b AS (
  INSERT INTO ballots (vote_id, delegation_id, choice, revision)
  SELECT $1, $2, NULL, 1 FROM go
  ON CONFLICT (vote_id, delegation_id) DO NOTHING
  RETURNING revision
), x AS (
  UPDATE secret_ballot_boxes
     SET yes = yes + ($5 = 'yes')::int, no = no + ($5 = 'no')::int, abstain = abstain + ($5 = 'abstain')::int
   WHERE vote_id = $1 AND EXISTS (SELECT 1 FROM b)
), o AS (
  UPDATE cast_ops SET revision = 1 WHERE op_id = $7 AND EXISTS (SELECT 1 FROM b)
), ${PRESENCE_SQL}
${OUTCOME_SQL}`;

interface CastRow {
  accepted: number;
  present: boolean | null;
  revision: number | null;
  meeting_version: number | null;
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

/** The connection or the server went away mid-cast: whether it committed is unknown. */
function connectionLost(e: Error, code: unknown): boolean {
  return (
    (typeof code === 'string' && (code.startsWith('08') || code.startsWith('57P'))) ||
    /Connection terminated|connection (?:is )?(?:closed|ended)|ECONNRESET|ECONNREFUSED/i.test(e.message)
  );
}

/**
 * A database error on the cast path carries the statement's parameters (a State and its secret
 * choice side by side): only its code and message go further, so no log line can link them. A
 * lost connection is answered DATABASE_UNAVAILABLE, which clients retry with the same operation
 * id: a cast that did commit is then answered as a replay, one that did not is applied.
 */
function scrubbed(e: unknown): unknown {
  if (!(e instanceof Error)) return e;
  const code = (e as { code?: unknown }).code;
  if (connectionLost(e, code))
    return new DomainException(
      'DATABASE_UNAVAILABLE',
      'The database did not answer: send the same cast again (it counts once)',
    );
  if (!('parameters' in e || 'query' in e)) return e;
  return Object.assign(new Error(`cast not written: ${e.message}`), { code });
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

  private async attempt(
    input: CastInput,
    registerPresence: boolean,
  ): Promise<CastOutcome | 'needs-presence'> {
    const qr = this.ds.createQueryRunner();
    try {
      await qr.connect();
      await qr.startTransaction();
      const outcome = await this.inTransaction(qr, input, registerPresence);
      if (typeof outcome === 'object' && outcome.kind === 'applied') await qr.commitTransaction();
      else await qr.rollbackTransaction();
      return outcome;
    } catch (e) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw scrubbed(e);
    } finally {
      await qr.release().catch(() => undefined);
    }
  }

  private async inTransaction(
    qr: QueryRunner,
    c: CastInput,
    registerPresence: boolean,
  ): Promise<CastOutcome | 'needs-presence'> {
    if (registerPresence) await qr.query('SELECT 1 FROM meetings WHERE id = $1 FOR UPDATE', [c.meetingId]);
    const claimed = (await qr.query(CLAIM_SQL, [
      c.opId,
      c.voteId,
      c.delegationId,
      c.secret ? null : c.choice,
    ])) as unknown[];
    if (!claimed.length) {
      // Taken by a transaction that has committed (the insert waited for it): a replay.
      const op = await this.findOp(c.opId, qr);
      return op ? { kind: 'replay', op } : { kind: 'refused' };
    }
    const params = [
      c.voteId,
      c.delegationId,
      c.tokenHash,
      SEATED_CREDENTIALS,
      c.choice,
      registerPresence,
      c.opId,
      ...(c.secret ? [] : [c.seq]),
    ];
    const [r] = (await qr.query(c.secret ? CAST_SECRET_SQL : CAST_RECORDED_SQL, params)) as CastRow[];
    if (r.accepted !== 1) return { kind: 'refused' };
    if (!r.present && !registerPresence) return 'needs-presence';
    if (r.revision === null) return c.secret ? { kind: 'already-voted' } : { kind: 'stale' };
    return { kind: 'applied', revision: r.revision, meetingVersion: r.meeting_version };
  }

  async findOp(opId: string, qr?: QueryRunner): Promise<CastOp | null> {
    const sql = 'SELECT vote_id, delegation_id, choice, revision FROM cast_ops WHERE op_id = $1';
    const rows = (await (qr ?? this.ds).query(sql, [opId])) as {
      vote_id: string;
      delegation_id: string;
      choice: Choice | null;
      revision: number;
    }[];
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

  /**
   * Rewrites the secret ballot box in a transaction of its own, so the row's transaction id and
   * physical place are no longer those of the last State's cast (ADR 0005). The trigger refuses
   * it once the vote is closed; the close rewrites the box itself.
   */
  async resealBox(voteId: string): Promise<void> {
    await this.ds.query(
      `UPDATE secret_ballot_boxes SET vote_id = vote_id
        WHERE vote_id = $1 AND EXISTS (SELECT 1 FROM votes WHERE id = $1 AND status = 'open')`,
      [voteId],
    );
  }

  /** Secret ballot boxes of open votes (at boot, the last cast before a stop may not be resealed). */
  async openBoxes(): Promise<string[]> {
    const rows = await this.ds.query<{ vote_id: string }[]>(
      `SELECT x.vote_id FROM secret_ballot_boxes x JOIN votes v ON v.id = x.vote_id WHERE v.status = 'open'`,
    );
    return rows.map((r) => r.vote_id);
  }
}
