import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Principal, type Role, SEATED_CREDENTIALS } from '@plenary/shared';
// @node-rs/argon2 hashes with argon2id by default; its prebuilt binaries load on every platform we ship to.
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { DomainException } from '../../common/domain.exception';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

const SESSION_HOURS = 24 * 14;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

interface SessionRow {
  role: Role;
  user_id: string | null;
  delegation_id: string | null;
  user_name: string | null;
  delegation_name: string | null;
  meeting_id: string | null;
  state_iso3: string | null;
}

@Injectable()
export class AuthService {
  constructor(private readonly ds: DataSource) {}

  async createUser(input: {
    username: string;
    displayName: string;
    role: 'secretariat' | 'president';
    password: string;
  }): Promise<UserEntity> {
    const repo = this.ds.getRepository(UserEntity);
    if (await repo.findOneBy({ username: input.username })) {
      throw new DomainException(
        'ALREADY_EXISTS',
        `A user named ${input.username} already exists`,
        'username',
      );
    }
    const passwordHash = await argon2Hash(input.password);
    return repo.save(
      repo.create({
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        passwordHash,
      }),
    );
  }

  async setPassword(username: string, password: string): Promise<void> {
    const passwordHash = await argon2Hash(password);
    const res = await this.ds.getRepository(UserEntity).update({ username }, { passwordHash });
    if (!res.affected) throw new DomainException('NOT_FOUND', `No user named ${username}`, 'username');
  }

  async login(
    username: string,
    password: string,
    now = new Date(),
  ): Promise<{ token: string; principal: Principal; expiresAt: Date }> {
    const user = await this.ds.getRepository(UserEntity).findOneBy({ username });
    // Same message either way: do not reveal which user names exist.
    if (!user || !(await argon2Verify(user.passwordHash, password))) {
      throw new DomainException('UNAUTHENTICATED', 'Unknown user name or wrong password', 'password');
    }
    return this.openSession({ role: user.role as Role, userId: user.id, delegationId: null }, now);
  }

  async openSession(
    who: { role: Role; userId: string | null; delegationId: string | null },
    now = new Date(),
  ): Promise<{ token: string; principal: Principal; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
    await this.ds.getRepository(SessionEntity).insert({ tokenHash: hashToken(token), expiresAt, ...who });
    const principal = await this.resolve(token);
    if (!principal) throw new DomainException('UNAUTHENTICATED', 'Session could not be opened');
    return { token, principal, expiresAt };
  }

  async logout(token: string): Promise<void> {
    await this.ds.query('UPDATE sessions SET revoked_at = now() WHERE token_hash = $1', [hashToken(token)]);
  }

  /**
   * The principal behind a bearer token, or null when it is unknown, expired or revoked. One query:
   * it runs on every request and socket handshake. A delegation's role follows its credentials as
   * they are now, so accepting them later upgrades a session already open; a delegation whose
   * sign-in was revoked resolves to nobody. (Party status on the day is checked where it decides:
   * a vote's eligible States are fixed at opening from ParticipantRepository.)
   */
  async resolve(token: string | undefined): Promise<Principal | null> {
    if (!token) return null;
    const rows = await this.ds.query<SessionRow[]>(
      `SELECT CASE
                WHEN s.delegation_id IS NULL THEN s.role
                WHEN d.kind = 'state' AND d.credentials = ANY($2::text[]) THEN 'delegation'
                ELSE 'observer'
              END AS role,
              s.user_id, s.delegation_id, u.display_name AS user_name,
              d.display_name AS delegation_name, d.meeting_id, d.state_iso3
         FROM sessions s
         LEFT JOIN users u ON u.id = s.user_id
         LEFT JOIN delegations d ON d.id = s.delegation_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND (s.delegation_id IS NULL OR (d.id IS NOT NULL AND d.sign_in_revoked_at IS NULL))`,
      [hashToken(token), SEATED_CREDENTIALS],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      role: r.role,
      displayName: r.user_name ?? r.delegation_name ?? r.role,
      userId: r.user_id,
      delegationId: r.delegation_id,
      meetingId: r.meeting_id,
      stateIso3: r.state_iso3 ? r.state_iso3.trim() : null,
    };
  }
}
