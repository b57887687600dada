import { Inject, Injectable } from '@nestjs/common';
import type { DelegationView, SignInCode } from '@plenary/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { AuthService, type OpenedSession } from '../auth/auth.service';
import { hashSignInCode, newSignInCode } from '../auth/sign-in-code';
import { DelegationEntity } from './delegation.entity';
import { DelegationService } from './delegation.service';

/** A delegation's access: the code the secretariat hands over, and signing in with it. */
@Injectable()
export class SignInCodeService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly delegations: DelegationService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Issues a fresh code (shown this once; only its hash is kept) and a one-time link for it, and
   * ends every earlier session and unused link of the delegation, so a lost or passed-on code
   * stops working the moment a new one is issued. Its open sockets are disconnected on commit.
   */
  async issue(id: string, requestOrigin: string): Promise<SignInCode> {
    const code = newSignInCode();
    let link: { token: string; expiresAt: Date } | null = null;
    await this.delegations.change(id, async ({ em }, d) => {
      await em.update(
        DelegationEntity,
        { id },
        { codeHash: hashSignInCode(code), codeIssuedAt: this.clock.now(), signInRevokedAt: null },
      );
      await this.auth.endDelegationSessions(em, id, 'A new sign-in code was issued to your delegation');
      link = await this.auth.createLink(
        { userId: null, delegationId: id },
        this.config.PLENARY_SIGN_IN_LINK_MINUTES,
        em,
      );
      const verb = d.codeHash || d.signInRevokedAt ? 'reissued' : 'issued';
      // Sign-in is not standing: neither the quorum nor the meeting's version changes.
      return {
        kind: 'delegation.signInCode',
        summary: `Sign-in code ${verb} to ${d.displayName}`,
        data: { delegationId: id, reissued: verb === 'reissued' },
        quiet: true,
      };
    });
    const base = (this.config.PUBLIC_URL ?? requestOrigin).replace(/\/+$/, '');
    return {
      delegationId: id,
      code,
      signInUrl: `${base}/signin?link=${link!.token}`,
      signInUrlExpiresAt: link!.expiresAt.toISOString(),
    };
  }

  /** A lost device: the code and every session end; the State's credentials, presence and quorum do not change. */
  async revoke(id: string): Promise<DelegationView> {
    return this.delegations.change(id, async ({ em }, d) => {
      if (d.signInRevokedAt && !d.codeHash) return null;
      await em.update(DelegationEntity, { id }, { codeHash: null, signInRevokedAt: this.clock.now() });
      await this.auth.endDelegationSessions(em, id, 'The secretariat ended your delegation’s sign-in');
      return {
        kind: 'delegation.signInRevoked',
        summary: `Sign-in of ${d.displayName} revoked`,
        data: { delegationId: id },
        quiet: true,
      };
    });
  }

  /** Opens a session for the delegation holding the code: 'delegation' while its credentials seat it, else 'observer'. */
  async signIn(code: string): Promise<OpenedSession> {
    const d = await this.ds.getRepository(DelegationEntity).findOneBy({ codeHash: hashSignInCode(code) });
    if (!d || d.signInRevokedAt)
      throw new DomainException('UNAUTHENTICATED', 'Unknown or revoked sign-in code', 'code');
    return this.auth.openSession({ userId: null, delegationId: d.id });
  }
}
