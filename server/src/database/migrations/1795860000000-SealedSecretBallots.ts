import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secret ballots sealed (ADR 0008):
 * - a secret choice is kept on the State's participation row sealed under its vote's key
 *   (`ballots.sealed_choice`, never beside a plaintext choice) until the close counts it;
 * - each open secret vote's data key, wrapped by the master key kept outside the database
 *   (`secret_ballot_keys`, deleted by the close);
 * - the master key's fingerprint, so a node given another key file refuses to start.
 * Existing boxes stay as they are: a secret vote open now keeps its totals so far, and the close
 * adds the ballots sealed from now on.
 */
export class SealedSecretBallots1795860000000 implements MigrationInterface {
  name = 'SealedSecretBallots1795860000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" ADD "sealed_choice" bytea`);
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "ballots_sealed_check" CHECK ("choice" IS NULL OR "sealed_choice" IS NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "secret_ballot_keys" ("vote_id" uuid NOT NULL, "wrapped_key" bytea NOT NULL, CONSTRAINT "PK_5417d7e88a7073f7a7103e7d7b2" PRIMARY KEY ("vote_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "secret_ballot_keys" ADD CONSTRAINT "FK_5417d7e88a7073f7a7103e7d7b2" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A closed vote has no key: none can be added, changed or brought back once it has closed.
    await queryRunner.query(
      `CREATE TRIGGER "secret_ballot_keys_closed_vote" BEFORE INSERT OR UPDATE OR DELETE ON "secret_ballot_keys" FOR EACH ROW EXECUTE FUNCTION closed_vote_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TABLE "ballot_key_fingerprint" ("id" boolean NOT NULL DEFAULT true, "fingerprint" text NOT NULL, CONSTRAINT "ballot_key_fingerprint_one_row" CHECK ("id"), CONSTRAINT "PK_e52f81abee86837040d48aeb695" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "ballot_key_fingerprint"`);
    await queryRunner.query(`DROP TRIGGER "secret_ballot_keys_closed_vote" ON "secret_ballot_keys"`);
    await queryRunner.query(
      `ALTER TABLE "secret_ballot_keys" DROP CONSTRAINT "FK_5417d7e88a7073f7a7103e7d7b2"`,
    );
    await queryRunner.query(`DROP TABLE "secret_ballot_keys"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "ballots_sealed_check"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP COLUMN "sealed_choice"`);
  }
}
