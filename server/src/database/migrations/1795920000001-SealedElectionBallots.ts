import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Election ballots sealed like secret votes (ADR 0008), replacing the per-round box of totals
 * (`election_boxes`), which a reader polling the tables could watch move between two ballots:
 * - each ballot is kept on the State's participation row sealed under its round's key
 *   (`election_participation.sealed_ballot`) until the count opens and erases it;
 * - each open round's data key, wrapped by the master key kept outside the database
 *   (`election_round_keys`, deleted by the count);
 * - a round cannot be marked counted while its key or a sealed ballot remains, and (as before) a
 *   counted round's rows are fixed.
 * A round open with ballots in its box cannot be carried over: the migration refuses, naming it
 * (count it first). A round open without a ballot is given its key on its first ballot.
 */
export class SealedElectionBallots1795920000001 implements MigrationInterface {
  name = 'SealedElectionBallots1795920000001';

  public async up(q: QueryRunner): Promise<void> {
    const open = (await q.query(
      `SELECT r.id FROM election_rounds r
        WHERE r.status = 'open' AND EXISTS (SELECT 1 FROM election_participation p WHERE p.round_id = r.id)`,
    )) as { id: string }[];
    if (open.length)
      throw new Error(
        `Election rounds ${open.map((r) => r.id).join(', ')} are open with ballots in a box of totals: ` +
          'count them with the previous version before upgrading (their ballots cannot be sealed afterwards).',
      );
    await q.query(`DROP TRIGGER "election_boxes_counted_round" ON "election_boxes"`);
    await q.query(`DROP TABLE "election_boxes"`);
    await q.query(`ALTER TABLE "election_participation" ADD "sealed_ballot" bytea`);
    await q.query(
      `CREATE TABLE "election_round_keys" ("round_id" uuid NOT NULL, "wrapped_key" bytea NOT NULL,
        CONSTRAINT "election_round_keys_pkey" PRIMARY KEY ("round_id"),
        CONSTRAINT "election_round_keys_round_fk" FOREIGN KEY ("round_id") REFERENCES "election_rounds"("id") ON DELETE RESTRICT)`,
    );
    // A counted round has no key: none can be added, changed or brought back.
    await q.query(
      `CREATE TRIGGER "election_round_keys_counted_round" BEFORE INSERT OR UPDATE OR DELETE ON "election_round_keys" FOR EACH ROW EXECUTE FUNCTION counted_round_refuse_change()`,
    );
    await q.query(`CREATE FUNCTION counted_round_requires_shredding() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NEW.status = 'counted' AND OLD.status = 'open' AND (
             EXISTS (SELECT 1 FROM election_round_keys WHERE round_id = NEW.id)
          OR EXISTS (SELECT 1 FROM election_participation WHERE round_id = NEW.id AND sealed_ballot IS NOT NULL)) THEN
          RAISE EXCEPTION 'election round % still holds its key or a sealed ballot: count and erase them first', NEW.id USING ERRCODE = 'P0001';
        END IF;
        RETURN NEW;
      END
    $fn$`);
    await q.query(
      `CREATE TRIGGER "election_rounds_shredded" BEFORE UPDATE ON "election_rounds" FOR EACH ROW EXECUTE FUNCTION counted_round_requires_shredding()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "election_rounds_shredded" ON "election_rounds"`);
    await q.query(`DROP FUNCTION counted_round_requires_shredding()`);
    await q.query(`DROP TRIGGER "election_round_keys_counted_round" ON "election_round_keys"`);
    await q.query(`DROP TABLE "election_round_keys"`);
    await q.query(`ALTER TABLE "election_participation" DROP COLUMN "sealed_ballot"`);
    await q.query(
      `CREATE TABLE "election_boxes" ("round_id" uuid NOT NULL, "votes" jsonb NOT NULL, "present_and_voting" integer NOT NULL DEFAULT '0', "blank" integer NOT NULL DEFAULT '0', "invalid" integer NOT NULL DEFAULT '0',
        CONSTRAINT "election_boxes_pkey" PRIMARY KEY ("round_id"),
        CONSTRAINT "election_boxes_round_fk" FOREIGN KEY ("round_id") REFERENCES "election_rounds"("id") ON DELETE RESTRICT,
        CONSTRAINT "election_boxes_counts_check" CHECK ("present_and_voting" >= 0 AND "blank" >= 0 AND "invalid" >= 0))`,
    );
    await q.query(
      `CREATE TRIGGER "election_boxes_counted_round" BEFORE INSERT OR UPDATE OR DELETE ON "election_boxes" FOR EACH ROW EXECUTE FUNCTION counted_round_refuse_change()`,
    );
  }
}
