import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The President's proposed slate of officeholders (DOMAIN.md §8-9, issue 12 item 2): put to the
 * meeting as a question (adopted by consensus or a vote); on adoption its terms enter the
 * register, starting on the date decided. `office_terms.slate_id` names the slate a term came from.
 */
export class Slates1795920000002 implements MigrationInterface {
  name = 'Slates1795920000002';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "slates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "question_id" uuid NOT NULL, "agenda_item_id" uuid, "from_date" date NOT NULL, "terms" jsonb NOT NULL, "profiles" jsonb NOT NULL, "review" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'proposed', "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "slates_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "slates_question_unique" UNIQUE ("question_id"),
        CONSTRAINT "slates_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT,
        CONSTRAINT "slates_question_fk" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT,
        CONSTRAINT "slates_status_check" CHECK ("status" IN ('proposed','adopted','rejected','not-entered')),
        CONSTRAINT "slates_decided_check" CHECK (("status" = 'proposed') = ("decided_at" IS NULL)))`,
    );
    await q.query(`CREATE INDEX "slates_meeting_idx" ON "slates" ("meeting_id")`);
    await q.query(`ALTER TABLE "office_terms" ADD "slate_id" uuid`);
    await q.query(
      `ALTER TABLE "office_terms" ADD CONSTRAINT "office_terms_slate_fk" FOREIGN KEY ("slate_id") REFERENCES "slates"("id") ON DELETE RESTRICT`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "office_terms" DROP CONSTRAINT "office_terms_slate_fk"`);
    await q.query(`ALTER TABLE "office_terms" DROP COLUMN "slate_id"`);
    await q.query(`DROP TABLE "slates"`);
  }
}
