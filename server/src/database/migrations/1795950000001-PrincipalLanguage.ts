import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language each account and each delegation chose last (issue #16, item 1): kept as given,
 * so a language Plenary does not have yet stays the choice while English is shown. A new device
 * takes it up at sign-in; a device's own choice stays in its local storage.
 */
export class PrincipalLanguage1795950000001 implements MigrationInterface {
  name = 'PrincipalLanguage1795950000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "language" text`);
    await q.query(`ALTER TABLE "delegations" ADD "language" text`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "delegations" DROP COLUMN "language"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "language"`);
  }
}
