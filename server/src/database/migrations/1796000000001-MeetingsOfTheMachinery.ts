import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings of the Convention's machinery (DOMAIN.md §2, §9; issue 12 item 3): committee and
 * Coordinating Committee meetings. A committee meeting names its committee (and only it does);
 * its conclusions and recommendations are kept in order and carried, once, as one agenda item of
 * the next MSP or Review Conference (`agenda_items.conclusions_of`, unique: never twice).
 */
export class MeetingsOfTheMachinery1796000000001 implements MigrationInterface {
  name = 'MeetingsOfTheMachinery1796000000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_kind_check"`);
    await q.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_kind_check" CHECK ("kind" IN ('msp','special','review','amendment','intersessional','committee','coordinating-committee'))`,
    );
    await q.query(`ALTER TABLE "meetings" ADD "committee" text`);
    await q.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_committee_check" CHECK ((("kind" = 'committee') = ("committee" IS NOT NULL)) AND ("committee" IS NULL OR "committee" IN ('article-5-implementation','victim-assistance','cooperation-and-assistance','cooperative-compliance')))`,
    );
    await q.query(`ALTER TABLE "agenda_items" ADD "conclusions_of" uuid`);
    await q.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_conclusions_of_unique" UNIQUE ("conclusions_of")`,
    );
    await q.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_conclusions_of_fk" FOREIGN KEY ("conclusions_of") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "conclusions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "conclusions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "conclusions_position_unique" UNIQUE ("meeting_id", "position"),
        CONSTRAINT "conclusions_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT,
        CONSTRAINT "conclusions_kind_check" CHECK ("kind" IN ('conclusion','recommendation')),
        CONSTRAINT "conclusions_text_check" CHECK (length(btrim("text")) > 0),
        CONSTRAINT "conclusions_position_check" CHECK ("position" >= 1))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "conclusions"`);
    await q.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_conclusions_of_fk"`);
    await q.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_conclusions_of_unique"`);
    await q.query(`ALTER TABLE "agenda_items" DROP COLUMN "conclusions_of"`);
    await q.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_committee_check"`);
    await q.query(`ALTER TABLE "meetings" DROP COLUMN "committee"`);
    await q.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_kind_check"`);
    await q.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_kind_check" CHECK ("kind" IN ('msp','special','review','amendment','intersessional'))`,
    );
  }
}
