import { type Principal, type Role, SEATED_CREDENTIALS } from '@plenary/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { hotStatement, NO_TOKEN_HASH, queryPrepared } from '../../database/prepared';
import { ACCESS_CHANNEL, type AccessChange } from './access-change';

interface SessionRow {
  session_id: string;
  role: Role;
  user_id: string | null;
  delegation_id: string | null;
  user_name: string | null;
  delegation_name: string | null;
  meeting_id: string | null;
  state_iso3: string | null;
  language: string | null;
}

export interface ResolvedSession {
  sessionId: string;
  principal: Principal;
}

export type LinkOwner = { userId: string; delegationId: null } | { userId: null; delegationId: string };

export type LinkUse = { ok: true; owner: LinkOwner } | { ok: false; why: 'unknown' | 'used' | 'expired' };

/** TypeORM answers UPDATE … RETURNING with [rows, rowCount], INSERT … RETURNING with the rows. */
function returned<T>(result: unknown): T[] {
  const r = result as unknown[];
  return Array.isArray(r[0]) && typeof r[1] === 'number' ? (r[0] as T[]) : (r as T[]);
}

/**
 * A session's role as it stands now, over `sessions s LEFT JOIN users u LEFT JOIN delegations d`:
 * staff take their account's current role; a delegation is 'delegation' while its credentials
 * seat it, else 'observer'. `seated` is the SQL parameter holding SEATED_CREDENTIALS.
 */
const roleNow = (seated: string) => `CASE
                WHEN d.id IS NULL THEN u.role
                WHEN d.kind = 'state' AND d.credentials = ANY(${seated}::text[]) THEN 'delegation'
                ELSE 'observer'
              END`;

/** The session behind a token hash, as it stands now ($1 token hash, $2 SEATED_CREDENTIALS). */
const SESSION_RESOLVE = hotStatement(
  'session-resolve',
  `SELECT s.id AS session_id, ${roleNow('$2')} AS role,
          s.user_id, s.delegation_id, u.display_name AS user_name,
          d.display_name AS delegation_name, d.meeting_id, d.state_iso3,
          CASE WHEN s.delegation_id IS NULL THEN u.language ELSE d.language END AS language
     FROM sessions s
     LEFT JOIN users u ON u.id = s.user_id
     LEFT JOIN delegations d ON d.id = s.delegation_id
    WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
      AND ((s.delegation_id IS NULL AND u.id IS NOT NULL)
           OR (d.id IS NOT NULL AND d.sign_in_revoked_at IS NULL))`,
  [NO_TOKEN_HASH, SEATED_CREDENTIALS],
);

/**
 * Sessions, one-time sign-in links and the access channel. Plain SQL on one connection or inside
 * the caller's transaction (pass its EntityManager), so a revocation, its record line and its
 * notification commit together.
 */
export class SessionRepository {
  constructor(private readonly ds: DataSource) {}

  private q(em?: EntityManager) {
    return em ?? this.ds.manager;
  }

  /**
   * The session behind a token hash as it stands now, or null when it is unknown, expired or
   * revoked. One query: it runs on every request, every socket handshake and every socket
   * command. Staff take their account's current role; a delegation's role follows its
   * credentials as they are now (accepted later upgrades an open session, withdrawn downgrades
   * it); a delegation whose sign-in was revoked resolves to nobody.
   */
  async resolve(tokenHash: string): Promise<ResolvedSession | null> {
    const rows = await queryPrepared<SessionRow>(this.ds, SESSION_RESOLVE, [tokenHash, SEATED_CREDENTIALS]);
    const r = rows[0];
    if (!r) return null;
    return {
      sessionId: r.session_id,
      principal: {
        role: r.role,
        displayName: r.user_name ?? r.delegation_name ?? r.role,
        userId: r.user_id,
        delegationId: r.delegation_id,
        meetingId: r.meeting_id,
        stateIso3: r.state_iso3 ? r.state_iso3.trim() : null,
        language: r.language,
      },
    };
  }

  /** The role column records the role at sign-in; resolve() always reads the current one. */
  async insert(
    em: EntityManager | undefined,
    s: { tokenHash: string; hours: number } & LinkOwner,
  ): Promise<Date | null> {
    const rows = await this.q(em).query<{ expires_at: Date }[]>(
      `INSERT INTO sessions (token_hash, role, user_id, delegation_id, expires_at)
       SELECT $1::text, ${roleNow('$5')}, u.id, d.id, now() + $4 * interval '1 hour'
         FROM (SELECT 1) one
         LEFT JOIN users u ON u.id = $2::uuid
         LEFT JOIN delegations d ON d.id = $3::uuid
        WHERE u.id IS NOT NULL OR d.id IS NOT NULL
       RETURNING expires_at`,
      [s.tokenHash, s.userId, s.delegationId, s.hours, SEATED_CREDENTIALS],
    );
    return rows[0]?.expires_at ?? null;
  }

  /** Ends one session; answers its id, or null when there was none still open. */
  async revokeOne(em: EntityManager | undefined, tokenHash: string): Promise<string | null> {
    const rows = returned<{ id: string }>(
      await this.q(em).query(
        'UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id',
        [tokenHash],
      ),
    );
    return rows[0]?.id ?? null;
  }

  async revokeForDelegation(em: EntityManager, delegationId: string): Promise<number> {
    const rows = returned<{ id: string }>(
      await em.query(
        'UPDATE sessions SET revoked_at = now() WHERE delegation_id = $1 AND revoked_at IS NULL RETURNING id',
        [delegationId],
      ),
    );
    return rows.length;
  }

  async revokeForUser(em: EntityManager, userId: string): Promise<number> {
    const rows = returned<{ id: string }>(
      await em.query(
        'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id',
        [userId],
      ),
    );
    return rows.length;
  }

  /** Tells every node (on commit) to end or refresh the sockets in a room. */
  async announce(em: EntityManager | undefined, change: AccessChange): Promise<void> {
    await this.q(em).query('SELECT pg_notify($1, $2)', [ACCESS_CHANNEL, JSON.stringify(change)]);
  }

  /** Times are the database's (now()), like the sessions' own expiry: one clock for access on every node. */
  async insertLink(
    em: EntityManager | undefined,
    link: { tokenHash: string; owner: LinkOwner; minutes: number },
  ): Promise<Date> {
    const [row] = await this.q(em).query<{ expires_at: Date }[]>(
      `INSERT INTO sign_in_links (token_hash, user_id, delegation_id, expires_at)
       VALUES ($1, $2, $3, now() + $4 * interval '1 minute') RETURNING expires_at`,
      [link.tokenHash, link.owner.userId, link.owner.delegationId, link.minutes],
    );
    return row.expires_at;
  }

  /** Links not yet used stop working when the delegation's code is reissued or its sign-in revoked. */
  async dropDelegationLinks(em: EntityManager, delegationId: string): Promise<void> {
    await em.query('DELETE FROM sign_in_links WHERE delegation_id = $1 AND used_at IS NULL', [delegationId]);
  }

  /**
   * Marks a link used if it is still good, in one statement: two devices opening the same link at
   * once get one session between them. Otherwise says why it cannot be used.
   */
  async useLink(em: EntityManager, tokenHash: string): Promise<LinkUse> {
    const used = returned<{ user_id: string | null; delegation_id: string | null }>(
      await em.query(
        `UPDATE sign_in_links SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
          RETURNING user_id, delegation_id`,
        [tokenHash],
      ),
    );
    const row = used[0];
    if (row) {
      return {
        ok: true,
        owner: row.user_id
          ? { userId: row.user_id, delegationId: null }
          : { userId: null, delegationId: row.delegation_id! },
      };
    }
    const [seen] = await em.query<{ used: boolean }[]>(
      'SELECT used_at IS NOT NULL AS used FROM sign_in_links WHERE token_hash = $1',
      [tokenHash],
    );
    if (!seen) return { ok: false, why: 'unknown' };
    return { ok: false, why: seen.used ? 'used' : 'expired' };
  }
}
