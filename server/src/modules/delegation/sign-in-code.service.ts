import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DelegationView, Principal, SignInCode } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { AuthService, hashToken } from '../auth/auth.service';
import { RealtimeService } from '../realtime/realtime.service';
import { DelegationEntity } from './delegation.entity';
import { DelegationService } from './delegation.service';

/** 32 letters and digits with 0/O and 1/I left out, so a code read aloud or typed is not misread. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 12; // 60 bits

export function newSignInCode(): string {
  // 256 is a multiple of 32, so masking keeps every character equally likely.
  return Array.from(randomBytes(CODE_LENGTH), (b) => ALPHABET[b & 31]).join('');
}

/** Codes are printed in groups and typed by hand: case, spaces and dashes do not matter. */
export const normaliseSignInCode = (code: string) => code.toUpperCase().replace(/[\s-]+/g, '');
export const hashSignInCode = (code: string) => hashToken(normaliseSignInCode(code));

export const DELEGATION_ROOM = (delegationId: string) => `delegation:${delegationId}`;

async function revokeSessions(em: EntityManager, delegationId: string): Promise<void> {
  await em.query('UPDATE sessions SET revoked_at = now() WHERE delegation_id = $1 AND revoked_at IS NULL', [
    delegationId,
  ]);
}

/** A delegation's access: the code the secretariat hands over, and signing in with it. */
@Injectable()
export class SignInCodeService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly delegations: DelegationService,
    private readonly auth: AuthService,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Issues a fresh code (shown this once; only its hash is kept) and ends every earlier session of
   * the delegation, so a lost or passed-on code stops working the moment a new one is issued.
   */
  async issue(id: string, requestOrigin: string): Promise<SignInCode> {
    const code = newSignInCode();
    await this.delegations.change(id, async ({ em }, d) => {
      await em.update(
        DelegationEntity,
        { id },
        { codeHash: hashSignInCode(code), codeIssuedAt: this.clock.now(), signInRevokedAt: null },
      );
      await revokeSessions(em, id);
      const verb = d.codeHash || d.signInRevokedAt ? 'reissued' : 'issued';
      // Sign-in is not standing: neither the quorum nor the meeting's version changes.
      return {
        kind: 'delegation.signInCode',
        summary: `Sign-in code ${verb} to ${d.displayName}`,
        data: { delegationId: id, reissued: verb === 'reissued' },
        quiet: true,
      };
    });
    this.realtime.emitToRoom(DELEGATION_ROOM(id), 'session.revoked', {
      reason: 'A new sign-in code was issued to your delegation',
    });
    const base = (this.config.PUBLIC_URL ?? requestOrigin).replace(/\/+$/, '');
    return { delegationId: id, code, signInUrl: `${base}/signin?code=${code}` };
  }

  async revoke(id: string): Promise<DelegationView> {
    const view = await this.delegations.change(id, async ({ em }, d) => {
      if (d.signInRevokedAt && !d.codeHash) return null;
      await em.update(DelegationEntity, { id }, { codeHash: null, signInRevokedAt: this.clock.now() });
      await revokeSessions(em, id);
      // A lost device's sign-in ends; the State's credentials, presence and quorum do not change.
      return {
        kind: 'delegation.signInRevoked',
        summary: `Sign-in of ${d.displayName} revoked`,
        data: { delegationId: id },
        quiet: true,
      };
    });
    this.realtime.emitToRoom(DELEGATION_ROOM(id), 'session.revoked', {
      reason: 'The secretariat revoked your delegation’s sign-in',
    });
    return view;
  }

  /** Opens a session for the delegation holding the code: 'delegation' if it participates, else 'observer'. */
  async signIn(code: string): Promise<{ token: string; principal: Principal; expiresAt: Date }> {
    const d = await this.ds.getRepository(DelegationEntity).findOneBy({ codeHash: hashSignInCode(code) });
    if (!d || d.signInRevokedAt)
      throw new DomainException('UNAUTHENTICATED', 'Unknown or revoked sign-in code', 'code');
    const view = await this.delegations.viewOf(d);
    return this.auth.openSession({
      role: view.standing === 'participant' ? 'delegation' : 'observer',
      userId: null,
      delegationId: d.id,
    });
  }
}
