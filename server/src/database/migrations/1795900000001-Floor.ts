import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The floor (DOMAIN.md §7, issue 11): one row per agenda item holding the whole pure floor state
 * (restored exactly after a restart), the questions the floor put to the vote machinery with what
 * each decides, and each meeting's floor settings.
 */
export class Floor1795900000001 implements MigrationInterface {
  name = 'Floor1795900000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "floors" ("agenda_item_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "state" jsonb NOT NULL, "revision" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d1b3ea32532caadf716f4695666" PRIMARY KEY ("agenda_item_id"))`,
    );
    await q.query(`CREATE INDEX "floors_meeting_idx" ON "floors" ("meeting_id", "updated_at") `);
    await q.query(
      `CREATE TABLE "floor_questions" ("question_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "subject" jsonb NOT NULL, "settled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_414131b8b4acd18b93beac8d3c7" PRIMARY KEY ("question_id"))`,
    );
    await q.query(`CREATE INDEX "floor_questions_item_idx" ON "floor_questions" ("agenda_item_id") `);
    await q.query(
      `CREATE TABLE "floor_settings" ("meeting_id" uuid NOT NULL, "settings" jsonb NOT NULL, CONSTRAINT "PK_0f01727ed5d216335d44284d2a6" PRIMARY KEY ("meeting_id"))`,
    );
    await q.query(
      `ALTER TABLE "floors" ADD CONSTRAINT "FK_d1b3ea32532caadf716f4695666" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "floors" ADD CONSTRAINT "FK_d2e24184c1350434ccc4eaaf05d" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "floor_questions" ADD CONSTRAINT "FK_414131b8b4acd18b93beac8d3c7" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "floor_questions" ADD CONSTRAINT "FK_b025c8ee0567759cdaf44b4e03f" FOREIGN KEY ("agenda_item_id") REFERENCES "floors"("agenda_item_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "floor_settings" ADD CONSTRAINT "FK_0f01727ed5d216335d44284d2a6" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "floor_settings" DROP CONSTRAINT "FK_0f01727ed5d216335d44284d2a6"`);
    await q.query(`ALTER TABLE "floor_questions" DROP CONSTRAINT "FK_b025c8ee0567759cdaf44b4e03f"`);
    await q.query(`ALTER TABLE "floor_questions" DROP CONSTRAINT "FK_414131b8b4acd18b93beac8d3c7"`);
    await q.query(`ALTER TABLE "floors" DROP CONSTRAINT "FK_d2e24184c1350434ccc4eaaf05d"`);
    await q.query(`ALTER TABLE "floors" DROP CONSTRAINT "FK_d1b3ea32532caadf716f4695666"`);
    await q.query(`DROP TABLE "floor_settings"`);
    await q.query(`DROP INDEX "public"."floor_questions_item_idx"`);
    await q.query(`DROP TABLE "floor_questions"`);
    await q.query(`DROP INDEX "public"."floors_meeting_idx"`);
    await q.query(`DROP TABLE "floors"`);
  }
}
