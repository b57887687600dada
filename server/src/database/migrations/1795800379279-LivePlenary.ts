import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LivePlenary1795800379279 implements MigrationInterface {
  name = 'LivePlenary1795800379279';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "delegations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "kind" text NOT NULL, "state_iso3" character(3), "display_name" text NOT NULL, "credentials" text NOT NULL DEFAULT 'none', "present" boolean NOT NULL DEFAULT false, "code_hash" text, "code_issued_at" TIMESTAMP WITH TIME ZONE, "credential_revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "delegations_meeting_state_unique" UNIQUE ("meeting_id", "state_iso3"), CONSTRAINT "delegations_credentials_check" CHECK ("credentials" IN ('none','provisional','accepted')), CONSTRAINT "delegations_kind_state_check" CHECK (("kind" = 'state') = ("state_iso3" IS NOT NULL)), CONSTRAINT "delegations_kind_check" CHECK ("kind" IN ('state','organisation')), CONSTRAINT "PK_01f9fbbc9b3bf52236a4e951b19" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "delegations_code_hash_idx" ON "delegations"  ("code_hash") WHERE "code_hash" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, CONSTRAINT "agenda_items_position_unique" UNIQUE ("meeting_id", "position"), CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "number" integer, "code" text NOT NULL, "title" text NOT NULL, "venue" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "time_zone" text NOT NULL DEFAULT 'Europe/Zurich', "status" text NOT NULL DEFAULT 'scheduled', "rules" jsonb NOT NULL, "rules_fixed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meetings_version_check" CHECK ("version" >= 0), CONSTRAINT "meetings_dates_check" CHECK ("end_date" >= "start_date"), CONSTRAINT "meetings_status_check" CHECK ("status" IN ('scheduled','open','suspended','closed')), CONSTRAINT "meetings_kind_check" CHECK ("kind" IN ('msp','special','review','amendment','intersessional')), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "record_entries" ("id" BIGSERIAL NOT NULL, "meeting_id" uuid NOT NULL, "kind" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "summary" text NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "corrects_id" bigint, CONSTRAINT "PK_25197177cf2c7d54032ce49f92b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "record_entries_meeting_idx" ON "record_entries"  ("meeting_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "vote_eligibility" ("vote_id" uuid NOT NULL, "delegation_id" uuid NOT NULL, "state_iso3" character(3) NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_e672f1d2f1b6913cec032587364" PRIMARY KEY ("vote_id", "delegation_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ballots" ("vote_id" uuid NOT NULL, "delegation_id" uuid NOT NULL, "choice" text, "revision" integer NOT NULL DEFAULT '1', CONSTRAINT "ballots_revision_check" CHECK ("revision" >= 1), CONSTRAINT "ballots_choice_check" CHECK ("choice" IS NULL OR "choice" IN ('yes','no','abstain')), CONSTRAINT "PK_b4dccf5aa7135c131ac37f98c8e" PRIMARY KEY ("vote_id", "delegation_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "secret_ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vote_id" uuid NOT NULL, "choice" text NOT NULL, CONSTRAINT "secret_ballots_choice_check" CHECK ("choice" IN ('yes','no','abstain')), CONSTRAINT "PK_2099ff5b1624d104dec93ab969e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "cast_ops" ("op_id" uuid NOT NULL, "vote_id" uuid NOT NULL, "delegation_id" uuid NOT NULL, "choice" text, "revision" integer NOT NULL, CONSTRAINT "PK_a6fce207201165b927d09db9f54" PRIMARY KEY ("op_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid, "text" text NOT NULL, "matter" text NOT NULL, "rule" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "decided_by" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "questions_decided_by_check" CHECK ("decided_by" IS NULL OR "decided_by" IN ('consensus','vote')), CONSTRAINT "questions_status_check" CHECK ("status" IN ('pending','voting','adopted','rejected','no-decision')), CONSTRAINT "questions_rule_check" CHECK ("rule" IN ('majority-present-voting','two-thirds-present-voting')), CONSTRAINT "questions_matter_check" CHECK ("matter" IN ('art5-extension','art8-consider-further','art8-fact-finding','art8-measures','art13-amendment','procedural','other-substance','election')), CONSTRAINT "PK_08a6d4b0f49ff300bf3a0ca60ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "questions_meeting_idx" ON "questions"  ("meeting_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "votes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "method" text NOT NULL, "rule" text NOT NULL, "status" text NOT NULL DEFAULT 'open', "vote_date" date NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "roll_call_drawn" character(3), "result" jsonb, CONSTRAINT "UQ_64d599e35a82d2f4396e5380811" UNIQUE ("question_id"), CONSTRAINT "REL_64d599e35a82d2f4396e538081" UNIQUE ("question_id"), CONSTRAINT "votes_closed_check" CHECK (("status" = 'closed') = ("closed_at" IS NOT NULL AND "result" IS NOT NULL)), CONSTRAINT "votes_status_check" CHECK ("status" IN ('open','closed')), CONSTRAINT "votes_rule_check" CHECK ("rule" IN ('majority-present-voting','two-thirds-present-voting')), CONSTRAINT "votes_method_check" CHECK ("method" IN ('recorded','secret','show-of-hands','roll-call')), CONSTRAINT "PK_f3d9fd4a0af865152c3f59db8ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "votes_meeting_open_idx" ON "votes"  ("meeting_id") WHERE "status" = 'open'`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_13b68a6b6bda64bf5effb52d391" FOREIGN KEY ("delegation_id") REFERENCES "delegations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delegations" ADD CONSTRAINT "FK_3d6daeddefc8ce32eca65290358" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delegations" ADD CONSTRAINT "FK_f552ed7220ceed3f766f63a05e1" FOREIGN KEY ("state_iso3") REFERENCES "states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_c58f166b8bff4fd19c5353cd310" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_entries" ADD CONSTRAINT "FK_3c10b400ecc8b4b52a0100f0188" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_entries" ADD CONSTRAINT "FK_fc306c6f4278b82a578e4c776e3" FOREIGN KEY ("corrects_id") REFERENCES "record_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote_eligibility" ADD CONSTRAINT "FK_2d51b38f6fc57e2d14d7d4a5f04" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote_eligibility" ADD CONSTRAINT "FK_6aec7533993fe5f144e993c8a76" FOREIGN KEY ("delegation_id") REFERENCES "delegations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "FK_b4dccf5aa7135c131ac37f98c8e" FOREIGN KEY ("vote_id", "delegation_id") REFERENCES "vote_eligibility"("vote_id","delegation_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "secret_ballots" ADD CONSTRAINT "FK_74c9457be2d9d7d49e5788f1d39" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_66ce15f1089e84803752fd55fe6" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_43b2826e5d74c6cd90aa3bb8daf" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "votes" ADD CONSTRAINT "FK_64d599e35a82d2f4396e5380811" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "votes" ADD CONSTRAINT "FK_8ea8556bf292ebd1399d128d293" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The record is append-only (DOMAIN.md §6): a correction is a new entry, never an edit.
    await queryRunner.query(`CREATE FUNCTION record_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION 'the record is append-only: % is refused; add a correction instead', TG_OP USING ERRCODE = 'P0001';
      END
    $fn$`);
    await queryRunner.query(
      `CREATE TRIGGER record_entries_append_only BEFORE UPDATE OR DELETE ON "record_entries" FOR EACH ROW EXECUTE FUNCTION record_entries_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER record_entries_no_truncate BEFORE TRUNCATE ON "record_entries" FOR EACH STATEMENT EXECUTE FUNCTION record_entries_refuse_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER record_entries_no_truncate ON "record_entries"`);
    await queryRunner.query(`DROP TRIGGER record_entries_append_only ON "record_entries"`);
    await queryRunner.query(`DROP FUNCTION record_entries_refuse_change()`);
    await queryRunner.query(`ALTER TABLE "votes" DROP CONSTRAINT "FK_8ea8556bf292ebd1399d128d293"`);
    await queryRunner.query(`ALTER TABLE "votes" DROP CONSTRAINT "FK_64d599e35a82d2f4396e5380811"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "FK_43b2826e5d74c6cd90aa3bb8daf"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "FK_66ce15f1089e84803752fd55fe6"`);
    await queryRunner.query(`ALTER TABLE "secret_ballots" DROP CONSTRAINT "FK_74c9457be2d9d7d49e5788f1d39"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "FK_b4dccf5aa7135c131ac37f98c8e"`);
    await queryRunner.query(
      `ALTER TABLE "vote_eligibility" DROP CONSTRAINT "FK_6aec7533993fe5f144e993c8a76"`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote_eligibility" DROP CONSTRAINT "FK_2d51b38f6fc57e2d14d7d4a5f04"`,
    );
    await queryRunner.query(`ALTER TABLE "record_entries" DROP CONSTRAINT "FK_fc306c6f4278b82a578e4c776e3"`);
    await queryRunner.query(`ALTER TABLE "record_entries" DROP CONSTRAINT "FK_3c10b400ecc8b4b52a0100f0188"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_c58f166b8bff4fd19c5353cd310"`);
    await queryRunner.query(`ALTER TABLE "delegations" DROP CONSTRAINT "FK_f552ed7220ceed3f766f63a05e1"`);
    await queryRunner.query(`ALTER TABLE "delegations" DROP CONSTRAINT "FK_3d6daeddefc8ce32eca65290358"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_13b68a6b6bda64bf5effb52d391"`);
    await queryRunner.query(`DROP INDEX "public"."votes_meeting_open_idx"`);
    await queryRunner.query(`DROP TABLE "votes"`);
    await queryRunner.query(`DROP INDEX "public"."questions_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "questions"`);
    await queryRunner.query(`DROP TABLE "cast_ops"`);
    await queryRunner.query(`DROP TABLE "secret_ballots"`);
    await queryRunner.query(`DROP TABLE "ballots"`);
    await queryRunner.query(`DROP TABLE "vote_eligibility"`);
    await queryRunner.query(`DROP INDEX "public"."record_entries_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "record_entries"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP TABLE "agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."delegations_code_hash_idx"`);
    await queryRunner.query(`DROP TABLE "delegations"`);
  }
}
