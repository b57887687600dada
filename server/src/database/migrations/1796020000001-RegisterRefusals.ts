import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why the register of officeholders refused an election's or a slate's terms, kept as data
 * ({ code, message, field? }) instead of an English sentence, so every screen renders it in its
 * reader's language (issue #16 item 4). Notes written before this migration held only the
 * sentence: they keep it as the message, under INVALID_TERM.
 */
export class RegisterRefusals1796020000001 implements MigrationInterface {
  name = 'RegisterRefusals1796020000001';

  public async up(q: QueryRunner): Promise<void> {
    const prefix = 'Not entered in the register of officeholders: ';
    await q.query(`ALTER TABLE "elections" ADD "terms_refusal" jsonb`);
    await q.query(
      `UPDATE "elections" SET "terms_refusal" = jsonb_build_object('code', 'INVALID_TERM', 'message',
         CASE WHEN starts_with("terms_note", $1) THEN substr("terms_note", length($1) + 1) ELSE "terms_note" END)
       WHERE "terms_note" IS NOT NULL`,
      [prefix],
    );
    await q.query(`ALTER TABLE "elections" DROP COLUMN "terms_note"`);
    await q.query(`ALTER TABLE "slates" ADD "refusal" jsonb`);
    await q.query(
      `UPDATE "slates" SET "refusal" = jsonb_build_object('code', 'INVALID_TERM', 'message',
         CASE WHEN starts_with("note", $1) THEN substr("note", length($1) + 1) ELSE "note" END)
       WHERE "note" IS NOT NULL`,
      [prefix],
    );
    await q.query(`ALTER TABLE "slates" DROP COLUMN "note"`);
  }

  public async down(q: QueryRunner): Promise<void> {
    const prefix = 'Not entered in the register of officeholders: ';
    await q.query(`ALTER TABLE "slates" ADD "note" text`);
    await q.query(`UPDATE "slates" SET "note" = $1 || ("refusal"->>'message') WHERE "refusal" IS NOT NULL`, [
      prefix,
    ]);
    await q.query(`ALTER TABLE "slates" DROP COLUMN "refusal"`);
    await q.query(`ALTER TABLE "elections" ADD "terms_note" text`);
    await q.query(
      `UPDATE "elections" SET "terms_note" = $1 || ("terms_refusal"->>'message') WHERE "terms_refusal" IS NOT NULL`,
      [prefix],
    );
    await q.query(`ALTER TABLE "elections" DROP COLUMN "terms_refusal"`);
  }
}
