import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revoking a delegation's sign-in code used to be stored as `credential_revoked_at` and read as
 * legal standing (out of the quorum and the next vote). Standing is credentials only; the column
 * keeps its timestamps under the name of what it really records: the sign-in was revoked.
 */
export class SignInIsNotStanding1795820000000 implements MigrationInterface {
  name = 'SignInIsNotStanding1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "delegations" RENAME COLUMN "credential_revoked_at" TO "sign_in_revoked_at"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "delegations" RENAME COLUMN "sign_in_revoked_at" TO "credential_revoked_at"`,
    );
  }
}
