import { Inject, Injectable } from '@nestjs/common';
import type { BulkSignInCodes, DelegationView, SignInCode, SignInSlip } from '@plenary/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { inTransaction } from '../../common/transaction';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { AuthService, type OpenedSession } from '../auth/auth.service';
import { hashSignInCode, newSignInCode } from '../auth/sign-in-code';
import { MeetingService } from '../meeting/meeting.service';
import { RecordService } from '../record/record.service';
import { DelegationEntity } from './delegation.entity';
import { DelegationService } from './delegation.service';

/** The address a slip's QR code holds: the code in the fragment, never sent to a server. */
const slipUrl = (base: string, code: string) => `${base}/signin#code=${code}`;

/** A delegation's access: the code the secretariat hands over, and signing in with it. */
@Injectable()
export class SignInCodeService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly delegations: DelegationService,
    private readonly auth: AuthService,
    private readonly meetings: MeetingService,
    private readonly record: RecordService,
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
    const base = this.base(requestOrigin);
    return {
      delegationId: id,
      code,
      signInUrl: `${base}/signin?link=${link!.token}`,
      signInUrlExpiresAt: link!.expiresAt.toISOString(),
      slipUrl: slipUrl(base, code),
    };
  }

  /**
   * Issues a code to every delegation of the meeting that has none, in one transaction, for
   * slips printed ahead of the meeting. Idempotent: a delegation holding a code keeps it (a
   * reissue would sign its devices out), and one whose sign-in was ended is left for a
   * deliberate reissue. No one-time link is made: it would expire long before the slip is used.
   */
  async issueAll(meetingId: string, requestOrigin: string): Promise<BulkSignInCodes> {
    const base = this.base(requestOrigin);
    return inTransaction(this.ds, async (em) => {
      // Lock order (ADR 0003): the meeting, then its delegations.
      await this.meetings.lock(em, meetingId);
      const rows = await em.query<
        { id: string; name: string; iso3: string | null; has_code: boolean; revoked: boolean }[]
      >(
        `SELECT id, display_name AS name, TRIM(state_iso3) AS iso3, code_hash IS NOT NULL AS has_code,
                code_hash IS NULL AND sign_in_revoked_at IS NOT NULL AS revoked
           FROM delegations WHERE meeting_id = $1 ORDER BY id FOR UPDATE`,
        [meetingId],
      );
      const todo = rows.filter((r) => !r.has_code && !r.revoked);
      const issued: SignInSlip[] = todo.map((r) => {
        const code = newSignInCode();
        return { delegationId: r.id, name: r.name, stateIso3: r.iso3, code, slipUrl: slipUrl(base, code) };
      });
      if (issued.length) {
        await em.query(
          `UPDATE delegations d SET code_hash = x.hash, code_issued_at = $2, sign_in_revoked_at = NULL
             FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, hash text)
            WHERE d.id = x.id AND d.code_hash IS NULL AND d.sign_in_revoked_at IS NULL`,
          [
            JSON.stringify(issued.map((s) => ({ id: s.delegationId, hash: hashSignInCode(s.code) }))),
            this.clock.now(),
          ],
        );
        // Sign-in is not standing: neither the quorum nor the meeting's version changes.
        await this.record.append(em, {
          meetingId,
          kind: 'delegation.signInCode',
          summary: `Sign-in codes issued to ${issued.length} delegations`,
          data: { delegationIds: issued.map((s) => s.delegationId), reissued: false },
        });
      }
      return {
        issued: issued.sort((a, b) => a.name.localeCompare(b.name, 'en')),
        alreadyIssued: rows.filter((r) => r.has_code).length,
        revoked: rows.filter((r) => r.revoked).length,
      };
    });
  }

  private base(requestOrigin: string): string {
    return (this.config.PUBLIC_URL ?? requestOrigin).replace(/\/+$/, '');
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
