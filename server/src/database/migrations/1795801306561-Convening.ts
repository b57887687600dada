import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Convening1795801306561 implements MigrationInterface {
  name = 'Convening1795801306561';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "amendment_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposed_by" character(3) NOT NULL, "text" text NOT NULL, "circulated_on" date NOT NULL, "conference_meeting_id" uuid, "adoption_question_id" uuid, "adopted_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_e37a8d19a71c05b1252480d5b6" UNIQUE ("conference_meeting_id"), CONSTRAINT "amendment_proposals_adoption_check" CHECK (("adoption_question_id" IS NULL) = ("adopted_on" IS NULL)), CONSTRAINT "PK_851dad3a15d5601ce209dcafe34" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "clarification_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "requesting_states" text array NOT NULL, "requested_state" character(3) NOT NULL, "submitted_on" date NOT NULL, "received_on" date NOT NULL, "information" text NOT NULL, "response_received_on" date, "response_text" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "clarification_requests_requesting_check" CHECK (cardinality("requesting_states") >= 1), CONSTRAINT "clarification_requests_response_date_check" CHECK ("response_received_on" IS NULL OR "response_received_on" >= "received_on"), CONSTRAINT "clarification_requests_response_check" CHECK (("response_received_on" IS NULL) = ("response_text" IS NULL)), CONSTRAINT "clarification_requests_received_check" CHECK ("received_on" >= "submitted_on"), CONSTRAINT "PK_c35168d4028a698416ca185b47e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "extension_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "state_iso3" character(3) NOT NULL, "submitted_on" date NOT NULL, "current_deadline" date NOT NULL, "years" integer NOT NULL, "requested_deadline" date NOT NULL, "contents" text NOT NULL, "renewal" boolean NOT NULL DEFAULT false, "previous_extension" text, "meeting_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'pending', "decided_on" date, "question_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_d01fd7febc54aaf957b6b4edb1" UNIQUE ("agenda_item_id"), CONSTRAINT "extension_requests_renewal_check" CHECK (NOT "renewal" OR "previous_extension" IS NOT NULL), CONSTRAINT "extension_requests_decided_check" CHECK (("status" = 'pending') = ("decided_on" IS NULL)), CONSTRAINT "extension_requests_status_check" CHECK ("status" IN ('pending','granted','refused')), CONSTRAINT "extension_requests_deadline_check" CHECK ("requested_deadline" > "current_deadline"), CONSTRAINT "extension_requests_years_check" CHECK ("years" BETWEEN 1 AND 10), CONSTRAINT "PK_cf652cfbd6bc847a21929fd703f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "extension_requests_pending_unique" ON "extension_requests"  ("state_iso3") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TABLE "clearance_deadlines" ("state_iso3" character(3) NOT NULL, "deadline" date NOT NULL, "extension_request_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c39fd59151e77c8dcda3c047b6f" PRIMARY KEY ("state_iso3"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "fact_finding_missions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "question_id" uuid NOT NULL, "mandate" text NOT NULL, "experts" jsonb NOT NULL, "excluded_nationalities" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_9501283ec38cbf6a2b30244d17f" UNIQUE ("question_id"), CONSTRAINT "fact_finding_missions_experts_check" CHECK (jsonb_array_length("experts") BETWEEN 1 AND 9), CONSTRAINT "PK_64993d7bd04922b4e7cb57da0ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "special_meeting_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clarification_id" uuid, "requesting_states" text array NOT NULL, "matter" text NOT NULL, "communicated_on" date NOT NULL, "meeting_id" uuid, "lapsed_count" integer, "lapsed_parties" integer, "lapsed_required" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_8f017a15e406d8e5bf455f904c" UNIQUE ("meeting_id"), CONSTRAINT "special_meeting_proposals_requesting_check" CHECK (cardinality("requesting_states") >= 1), CONSTRAINT "special_meeting_proposals_lapse_check" CHECK (("lapsed_count" IS NULL) = ("lapsed_parties" IS NULL) AND ("lapsed_count" IS NULL) = ("lapsed_required" IS NULL)), CONSTRAINT "special_meeting_proposals_outcome_check" CHECK ("meeting_id" IS NULL OR "lapsed_count" IS NULL), CONSTRAINT "PK_ddd3a790ce63821b23e9a1f1de1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "convening_state_acts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "special_meeting_id" uuid, "amendment_id" uuid, "state_iso3" character(3) NOT NULL, "date" date NOT NULL, "entered_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "convening_state_acts_amendment_unique" UNIQUE ("kind", "amendment_id", "state_iso3"), CONSTRAINT "convening_state_acts_special_unique" UNIQUE ("kind", "special_meeting_id", "state_iso3"), CONSTRAINT "convening_state_acts_target_check" CHECK (("kind" = 'special-meeting-favour') = ("special_meeting_id" IS NOT NULL) AND ("special_meeting_id" IS NULL) <> ("amendment_id" IS NULL)), CONSTRAINT "convening_state_acts_entered_by_check" CHECK ("entered_by" IN ('secretariat','delegation')), CONSTRAINT "convening_state_acts_kind_check" CHECK ("kind" IN ('special-meeting-favour','amendment-support','amendment-earlier','amendment-acceptance')), CONSTRAINT "PK_bb17bf3f91ee5859e96617242e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "convening_state_acts_amendment_idx" ON "convening_state_acts"  ("amendment_id", "kind") `,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment_proposals" ADD CONSTRAINT "FK_907deabf478bba11f3538ce39c5" FOREIGN KEY ("proposed_by") REFERENCES "states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment_proposals" ADD CONSTRAINT "FK_e37a8d19a71c05b1252480d5b6f" FOREIGN KEY ("conference_meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment_proposals" ADD CONSTRAINT "FK_529cf9844905e54d746c8cbc41f" FOREIGN KEY ("adoption_question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clarification_requests" ADD CONSTRAINT "FK_28872c794b8f3e73116f47e6b3f" FOREIGN KEY ("requested_state") REFERENCES "states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_requests" ADD CONSTRAINT "FK_f04a15ecd4e12fb9255d580d62c" FOREIGN KEY ("state_iso3") REFERENCES "states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_requests" ADD CONSTRAINT "FK_8f363c0520d70f27d9f46b952ff" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_requests" ADD CONSTRAINT "FK_d01fd7febc54aaf957b6b4edb17" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_requests" ADD CONSTRAINT "FK_cfa1b80c59ee23251d03d8a422a" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_deadlines" ADD CONSTRAINT "FK_c39fd59151e77c8dcda3c047b6f" FOREIGN KEY ("state_iso3") REFERENCES "states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_deadlines" ADD CONSTRAINT "FK_caa09202ac795047a96925a89e0" FOREIGN KEY ("extension_request_id") REFERENCES "extension_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fact_finding_missions" ADD CONSTRAINT "FK_c1a1bdb63bcccb0a1ff8e80458c" FOREIGN KEY ("proposal_id") REFERENCES "special_meeting_proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fact_finding_missions" ADD CONSTRAINT "FK_9501283ec38cbf6a2b30244d17f" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "special_meeting_proposals" ADD CONSTRAINT "FK_63e65ac1d6d807b37bd2809929e" FOREIGN KEY ("clarification_id") REFERENCES "clarification_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "special_meeting_proposals" ADD CONSTRAINT "FK_8f017a15e406d8e5bf455f904cf" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convening_state_acts" ADD CONSTRAINT "FK_77fb4bc5bc17b2be49b58cfc8c1" FOREIGN KEY ("special_meeting_id") REFERENCES "special_meeting_proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convening_state_acts" ADD CONSTRAINT "FK_0d716c7669610d42c9be7a20106" FOREIGN KEY ("amendment_id") REFERENCES "amendment_proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convening_state_acts" ADD CONSTRAINT "FK_523758b3690e26282ddd09ddaf1" FOREIGN KEY ("state_iso3") REFERENCES "states"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "convening_state_acts" DROP CONSTRAINT "FK_523758b3690e26282ddd09ddaf1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "convening_state_acts" DROP CONSTRAINT "FK_0d716c7669610d42c9be7a20106"`,
    );
    await queryRunner.query(
      `ALTER TABLE "convening_state_acts" DROP CONSTRAINT "FK_77fb4bc5bc17b2be49b58cfc8c1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "special_meeting_proposals" DROP CONSTRAINT "FK_8f017a15e406d8e5bf455f904cf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "special_meeting_proposals" DROP CONSTRAINT "FK_63e65ac1d6d807b37bd2809929e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "fact_finding_missions" DROP CONSTRAINT "FK_9501283ec38cbf6a2b30244d17f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "fact_finding_missions" DROP CONSTRAINT "FK_c1a1bdb63bcccb0a1ff8e80458c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_deadlines" DROP CONSTRAINT "FK_caa09202ac795047a96925a89e0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_deadlines" DROP CONSTRAINT "FK_c39fd59151e77c8dcda3c047b6f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_requests" DROP CONSTRAINT "FK_cfa1b80c59ee23251d03d8a422a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_requests" DROP CONSTRAINT "FK_d01fd7febc54aaf957b6b4edb17"`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_requests" DROP CONSTRAINT "FK_8f363c0520d70f27d9f46b952ff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_requests" DROP CONSTRAINT "FK_f04a15ecd4e12fb9255d580d62c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clarification_requests" DROP CONSTRAINT "FK_28872c794b8f3e73116f47e6b3f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment_proposals" DROP CONSTRAINT "FK_529cf9844905e54d746c8cbc41f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment_proposals" DROP CONSTRAINT "FK_e37a8d19a71c05b1252480d5b6f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment_proposals" DROP CONSTRAINT "FK_907deabf478bba11f3538ce39c5"`,
    );
    await queryRunner.query(`DROP INDEX "public"."convening_state_acts_amendment_idx"`);
    await queryRunner.query(`DROP TABLE "convening_state_acts"`);
    await queryRunner.query(`DROP TABLE "special_meeting_proposals"`);
    await queryRunner.query(`DROP TABLE "fact_finding_missions"`);
    await queryRunner.query(`DROP TABLE "clearance_deadlines"`);
    await queryRunner.query(`DROP INDEX "public"."extension_requests_pending_unique"`);
    await queryRunner.query(`DROP TABLE "extension_requests"`);
    await queryRunner.query(`DROP TABLE "clarification_requests"`);
    await queryRunner.query(`DROP TABLE "amendment_proposals"`);
  }
}
