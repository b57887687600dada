import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { resolveLanguage, type Principal, type SessionLanguageResponse } from '@plenary/shared';
// @node-rs/argon2 hashes with argon2id by default; its prebuilt binaries load on every platform we ship to.
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainException } from '../../common/domain.exception';
import { type AccessChange, DELEGATION_ROOM, SESSION_ROOM, USER_ROOM } from './access-change';
import { type LinkOwner, type ResolvedSession, SessionRepository } from './session.repository';
import { UserEntity } from './user.entity';

const SESSION_HOURS = 24 * 14;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export interface OpenedSession {
  token: string;
  principal: Principal;
  expiresAt: Date;
}

/**
 * Accounts, sessions and the rights they carry. Constructed by Nest and, with only a data
 * source, by the CLI: a change made there reaches the open sockets of every node the same way
 * (through the access channel, on commit).
 */
@Injectable()
export class AuthService {
  private readonly sessions: SessionRepository;
  /**
   * A hash of nothing anyone knows, verified when the user name is unknown, so an unknown name
   * costs the same argon2 work as a wrong password and names cannot be told apart by timing.
   */
  private decoy: Promise<string> | null = null;

  constructor(private readonly ds: DataSource) {
    this.sessions = new SessionRepository(ds);
  }

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

  /** A new password ends every session of the account, on every device. */
  async setPassword(username: string, password: string): Promise<void> {
    const passwordHash = await argon2Hash(password);
    await this.ds.transaction(async (em) => {
      const user = await this.userNamed(em, username);
      await em.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.revokeForUser(em, user.id);
      await this.sessions.announce(em, {
        room: USER_ROOM(user.id),
        event: 'session.revoked',
        reason: 'The password of your account was changed: sign in again',
      });
    });
  }

  /** The account's sessions stay, with the new role; its open sockets reconnect to take it up. */
  async setRole(username: string, role: 'secretariat' | 'president'): Promise<void> {
    await this.ds.transaction(async (em) => {
      const user = await this.userNamed(em, username);
      if (user.role === role) return;
      await em.update(UserEntity, { id: user.id }, { role });
      await this.sessions.announce(em, {
        room: USER_ROOM(user.id),
        event: 'session.changed',
        reason: `Your account is now ${role === 'president' ? 'the President' : 'the secretariat'}`,
      });
    });
  }

  async login(username: string, password: string): Promise<OpenedSession> {
    const user = await this.ds.getRepository(UserEntity).findOneBy({ username });
    // The same work and the same message either way: which user names exist stays unknown.
    const hash = user?.passwordHash ?? (await this.decoyHash());
    const ok = await argon2Verify(hash, password);
    if (!user || !ok) {
      throw new DomainException('UNAUTHENTICATED', 'Unknown user name or wrong password', 'password');
    }
    return this.openSession({ userId: user.id, delegationId: null });
  }

  private decoyHash(): Promise<string> {
    this.decoy ??= argon2Hash(randomBytes(24).toString('base64url'));
    return this.decoy;
  }

  /** Opens a session for an account or a delegation; the role is what it holds now. */
  async openSession(who: LinkOwner): Promise<OpenedSession> {
    const { token, expiresAt } = await this.insertSession(who);
    const principal = await this.resolve(token);
    if (!principal) throw new DomainException('UNAUTHENTICATED', 'Session could not be opened');
    return { token, principal, expiresAt };
  }

  private async insertSession(
    who: LinkOwner,
    em?: EntityManager,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = await this.sessions.insert(em, {
      tokenHash: hashToken(token),
      hours: SESSION_HOURS,
      ...who,
    });
    if (!expiresAt)
      throw new DomainException('UNAUTHENTICATED', 'This account or delegation no longer exists');
    return { token, expiresAt };
  }

  /**
   * Keeps the language the signed-in account or delegation chose, as given (an unknown one is kept
   * and shown as English), for every device it signs in on later.
   */
  async setLanguage(principal: Principal, requested: string): Promise<SessionLanguageResponse> {
    if (principal.delegationId)
      await this.ds.query('UPDATE delegations SET language = $2 WHERE id = $1', [
        principal.delegationId,
        requested,
      ]);
    else if (principal.userId)
      await this.ds.query('UPDATE users SET language = $2 WHERE id = $1', [principal.userId, requested]);
    else throw new DomainException('UNAUTHENTICATED', 'Not signed in');
    const { language, fallback } = resolveLanguage(requested);
    return { requested, language, fallback };
  }

  /** Ends this session and disconnects its sockets (other tabs and devices of the account stay). */
  async logout(token: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      const id = await this.sessions.revokeOne(em, hashToken(token));
      if (id)
        await this.sessions.announce(em, {
          room: SESSION_ROOM(id),
          event: 'session.revoked',
          reason: 'You signed out',
        });
    });
  }

  /** The principal behind a session token, or null when it is unknown, expired or revoked. */
  async resolve(token: string | undefined): Promise<Principal | null> {
    return (await this.resolveSession(token))?.principal ?? null;
  }

  async resolveSession(token: string | undefined): Promise<ResolvedSession | null> {
    return token ? this.resolveHash(hashToken(token)) : null;
  }

  /** For sockets, which keep the hash of their token rather than the token. */
  resolveHash(tokenHash: string): Promise<ResolvedSession | null> {
    return this.sessions.resolve(tokenHash);
  }

  /**
   * Inside the transaction that revokes or reissues a delegation's sign-in: its sessions and
   * unused links end, and its sockets on every node are told why and disconnected on commit.
   */
  async endDelegationSessions(em: EntityManager, delegationId: string, reason: string): Promise<void> {
    await this.sessions.revokeForDelegation(em, delegationId);
    await this.sessions.dropDelegationLinks(em, delegationId);
    await this.sessions.announce(em, {
      room: DELEGATION_ROOM(delegationId),
      event: 'session.revoked',
      reason,
    });
  }

  /** Inside the transaction that changed a delegation's credentials: its sockets reconnect with the new role. */
  async delegationRightsChanged(em: EntityManager, delegationId: string, reason: string): Promise<void> {
    await this.sessions.announce(em, {
      room: DELEGATION_ROOM(delegationId),
      event: 'session.changed',
      reason,
    });
  }

  announce(em: EntityManager | undefined, change: AccessChange): Promise<void> {
    return this.sessions.announce(em, change);
  }

  /** A one-time link token for an account or a delegation, valid for `minutes`; only its hash is stored. */
  async createLink(
    owner: LinkOwner,
    minutes: number,
    em?: EntityManager,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = await this.sessions.insertLink(em, { tokenHash: hashToken(token), owner, minutes });
    return { token, expiresAt };
  }

  /**
   * Exchanges a one-time link for a session, once: marking the link used and opening the session
   * commit together. A used, expired or unknown link says so and how to get a new one.
   */
  async useLink(token: string): Promise<OpenedSession> {
    const opened = await this.ds.transaction(async (em) => {
      const use = await this.sessions.useLink(em, hashToken(token));
      if (!use.ok) throw linkRefusal(use.why);
      return this.insertSession(use.owner, em);
    });
    const principal = await this.resolve(opened.token);
    if (!principal)
      throw new DomainException(
        'UNAUTHENTICATED',
        'This sign-in link no longer gives access: ask the secretariat for a new one',
        'token',
      );
    return { ...opened, principal };
  }

  private async userNamed(em: EntityManager, username: string): Promise<UserEntity> {
    const user = await em.getRepository(UserEntity).findOneBy({ username });
    if (!user) throw new DomainException('NOT_FOUND', `No user named ${username}`, 'username');
    return user;
  }
}

const NEW_LINK =
  'Each link works once and for a short time: ask the secretariat for a new one, or sign in with your code or password.';

function linkRefusal(why: 'unknown' | 'used' | 'expired'): DomainException {
  switch (why) {
    case 'used':
      return new DomainException(
        'LINK_USED',
        `This sign-in link has already been used. ${NEW_LINK}`,
        'token',
      );
    case 'expired':
      return new DomainException('LINK_EXPIRED', `This sign-in link has expired. ${NEW_LINK}`, 'token');
    case 'unknown':
      return new DomainException(
        'UNAUTHENTICATED',
        `This sign-in link is not valid (a newer code or link may have replaced it). ${NEW_LINK}`,
        'token',
      );
  }
}
