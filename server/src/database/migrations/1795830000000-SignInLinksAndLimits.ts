import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time sign-in links (the demo's printed links, the link issued with a delegation's code):
 * only the SHA-256 of the token is kept; a link opens one session, once, before it expires.
 * Sign-in attempt counters shared by every node, so a rate limit holds across a cluster and a
 * restart. Neither table is an entity: SessionRepository and the throttler storage are their only
 * readers and writers. Sessions get indexes for ending them by delegation or by account.
 */
export class SignInLinksAndLimits1795830000000 implements MigrationInterface {
  name = 'SignInLinksAndLimits1795830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid, "delegation_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sign_in_links_pkey" PRIMARY KEY ("id"), CONSTRAINT "sign_in_links_token_hash_unique" UNIQUE ("token_hash"), CONSTRAINT "sign_in_links_one_principal_check" CHECK (("user_id" IS NULL) <> ("delegation_id" IS NULL)), CONSTRAINT "sign_in_links_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE, CONSTRAINT "sign_in_links_delegation_fk" FOREIGN KEY ("delegation_id") REFERENCES "delegations"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "sign_in_links_delegation_idx" ON "sign_in_links" ("delegation_id") WHERE "used_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "sign_in_attempts" ("key" text NOT NULL, "hits" integer NOT NULL, "resets_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "sign_in_attempts_pkey" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sign_in_attempts_resets_at_idx" ON "sign_in_attempts" ("resets_at")`,
    );
    await queryRunner.query(`CREATE INDEX "sessions_delegation_idx" ON "sessions" ("delegation_id") `);
    await queryRunner.query(`CREATE INDEX "sessions_user_idx" ON "sessions" ("user_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."sessions_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_delegation_idx"`);
    await queryRunner.query(`DROP TABLE "sign_in_attempts"`);
    await queryRunner.query(`DROP TABLE "sign_in_links"`);
  }
}
