import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialRegister1795800223660 implements MigrationInterface {
  name = 'InitialRegister1795800223660';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "instruments" ("id" SERIAL NOT NULL, "state_iso3" character(3) NOT NULL, "type" text NOT NULL, "deposit_date" date NOT NULL, "succession_effective_date" date, "entry_into_force" date NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "instruments_deposit_after_signature" CHECK ("deposit_date" >= DATE '1997-12-03'), CONSTRAINT "instruments_type_check" CHECK ("type" IN ('ratification','acceptance','approval','accession','succession')), CONSTRAINT "PK_44d772c3199b38559c5fb666eb6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "instruments_state_idx" ON "instruments"  ("state_iso3") `);
    await queryRunner.query(
      `CREATE TABLE "withdrawals" ("id" SERIAL NOT NULL, "state_iso3" character(3) NOT NULL, "received_date" date NOT NULL, "armed_conflict" boolean NOT NULL DEFAULT false, "conflict_ended_on" date, "effective_date" date, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_b79170b409d2fa6bd82f2cdc0c" UNIQUE ("state_iso3"), CONSTRAINT "PK_9871ec481baa7755f8bd8b7c7e9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "states" ("iso3" character(3) NOT NULL, "name" text NOT NULL, "regional_group" text, "signature_date" date, CONSTRAINT "UQ_fe52f02449eaf27be2b2cb7acda" UNIQUE ("name"), CONSTRAINT "PK_386b95acc260073495ee88a089d" PRIMARY KEY ("iso3"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "role" text NOT NULL, "user_id" uuid, "delegation_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sessions_role_check" CHECK ("role" IN ('secretariat','president','delegation','observer')), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_token_hash_idx" ON "sessions"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "display_name" text NOT NULL, "role" text NOT NULL, "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "users_role_check" CHECK ("role" IN ('secretariat','president')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "instruments" ADD CONSTRAINT "FK_6538cfa04e171fcdec94ee3fc5c" FOREIGN KEY ("state_iso3") REFERENCES "states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "withdrawals" ADD CONSTRAINT "FK_b79170b409d2fa6bd82f2cdc0c5" FOREIGN KEY ("state_iso3") REFERENCES "states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "withdrawals" DROP CONSTRAINT "FK_b79170b409d2fa6bd82f2cdc0c5"`);
    await queryRunner.query(`ALTER TABLE "instruments" DROP CONSTRAINT "FK_6538cfa04e171fcdec94ee3fc5c"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_token_hash_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "states"`);
    await queryRunner.query(`DROP TABLE "withdrawals"`);
    await queryRunner.query(`DROP INDEX "public"."instruments_state_idx"`);
    await queryRunner.query(`DROP TABLE "instruments"`);
  }
}
