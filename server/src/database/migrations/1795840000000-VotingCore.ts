import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The voting core (issue 9):
 * - secret choices move from one row per choice (`secret_ballots`, whose rows carried the same
 *   transaction id as the State's participation row) to one ballot box per vote holding totals
 *   only (`secret_ballot_boxes`, ADR 0008); existing choices are carried over as totals;
 * - a ballot keeps, per signed-in session, the last press sequence applied (stale presses refused);
 * - a vote keeps N, the number of States Parties on its day, fixed when it opens;
 * - a meeting keeps the day its version last accounted for (a new day is a change);
 * - closed votes' ballots, boxes, cast operations, eligibility and results refuse change in the
 *   database itself;
 * - the cast statement's check that it wrote the revision it claimed (else: run it again).
 */
export class VotingCore1795840000000 implements MigrationInterface {
  name = 'VotingCore1795840000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "secret_ballot_boxes" ("vote_id" uuid NOT NULL, "yes" integer NOT NULL DEFAULT '0', "no" integer NOT NULL DEFAULT '0', "abstain" integer NOT NULL DEFAULT '0', CONSTRAINT "secret_ballot_boxes_counts_check" CHECK ("yes" >= 0 AND "no" >= 0 AND "abstain" >= 0), CONSTRAINT "PK_5544076cbcd86d334cb4b29ae37" PRIMARY KEY ("vote_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "secret_ballot_boxes" ADD CONSTRAINT "FK_5544076cbcd86d334cb4b29ae37" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "secret_ballot_boxes" ("vote_id", "yes", "no", "abstain")
       SELECT v.id,
              count(s.id) FILTER (WHERE s.choice = 'yes'),
              count(s.id) FILTER (WHERE s.choice = 'no'),
              count(s.id) FILTER (WHERE s.choice = 'abstain')
         FROM "votes" v LEFT JOIN "secret_ballots" s ON s.vote_id = v.id
        WHERE v.method = 'secret'
        GROUP BY v.id`,
    );
    await queryRunner.query(`DROP TABLE "secret_ballots"`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "version_day" date`);
    await queryRunner.query(`ALTER TABLE "ballots" ADD "session_seqs" jsonb`);
    await queryRunner.query(`ALTER TABLE "votes" ADD "parties" integer`);

    // The cast statement's own check (vote/ballot.repository.ts): the revision it claimed for the
    // operation id, read from its snapshot, is the one it wrote on the locked row; if another
    // cast of the same ballot committed in between, it is a serialization failure, run again.
    await queryRunner.query(`CREATE FUNCTION cast_written_as_claimed(claimed integer, written integer) RETURNS boolean LANGUAGE plpgsql AS $fn$
      BEGIN
        IF claimed IS NOT NULL AND claimed IS DISTINCT FROM written THEN
          RAISE EXCEPTION 'another cast of this ballot committed first: run the cast again' USING ERRCODE = 'serialization_failure';
        END IF;
        RETURN claimed IS NOT NULL;
      END
    $fn$`);
    await queryRunner.query(`CREATE FUNCTION closed_vote_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        target uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.vote_id ELSE OLD.vote_id END;
      BEGIN
        IF EXISTS (SELECT 1 FROM votes WHERE id = target AND status = 'closed')
           OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM votes WHERE id = NEW.vote_id AND status = 'closed')) THEN
          RAISE EXCEPTION 'vote % is closed: % on % is refused', target, TG_OP, TG_TABLE_NAME USING ERRCODE = 'P0001';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END
    $fn$`);
    await queryRunner.query(`CREATE FUNCTION closed_vote_refuse_result_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF OLD.status = 'closed' THEN
          RAISE EXCEPTION 'vote % is closed: its result cannot be changed (% refused)', OLD.id, TG_OP USING ERRCODE = 'P0001';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END
    $fn$`);
    await queryRunner.query(`CREATE FUNCTION closed_vote_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF EXISTS (SELECT 1 FROM votes WHERE status = 'closed') THEN
          RAISE EXCEPTION 'closed votes exist: TRUNCATE on % is refused', TG_TABLE_NAME USING ERRCODE = 'P0001';
        END IF;
        RETURN NULL;
      END
    $fn$`);
    for (const [table, ops] of TRIGGERS) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_closed_vote" BEFORE ${ops} ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${
          table === 'votes' ? 'closed_vote_refuse_result_change' : 'closed_vote_refuse_change'
        }()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_closed_vote_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION closed_vote_refuse_truncate()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of [...TRIGGERS].reverse()) {
      await queryRunner.query(`DROP TRIGGER "${table}_closed_vote_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_closed_vote" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION closed_vote_refuse_truncate()`);
    await queryRunner.query(`DROP FUNCTION closed_vote_refuse_result_change()`);
    await queryRunner.query(`DROP FUNCTION closed_vote_refuse_change()`);
    await queryRunner.query(`DROP FUNCTION cast_written_as_claimed(integer, integer)`);
    await queryRunner.query(`ALTER TABLE "votes" DROP COLUMN "parties"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP COLUMN "session_seqs"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "version_day"`);
    await queryRunner.query(
      `CREATE TABLE "secret_ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vote_id" uuid NOT NULL, "choice" text NOT NULL, CONSTRAINT "secret_ballots_choice_check" CHECK ("choice" IN ('yes','no','abstain')), CONSTRAINT "PK_2099ff5b1624d104dec93ab969e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "secret_ballots" ADD CONSTRAINT "FK_74c9457be2d9d7d49e5788f1d39" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "secret_ballots" ("vote_id", "choice")
       SELECT b.vote_id, c.choice FROM "secret_ballot_boxes" b
        CROSS JOIN LATERAL (VALUES ('yes', b.yes), ('no', b.no), ('abstain', b.abstain)) AS c(choice, n)
        CROSS JOIN LATERAL generate_series(1, c.n)`,
    );
    await queryRunner.query(
      `ALTER TABLE "secret_ballot_boxes" DROP CONSTRAINT "FK_5544076cbcd86d334cb4b29ae37"`,
    );
    await queryRunner.query(`DROP TABLE "secret_ballot_boxes"`);
  }
}

/** The tables whose rows are fixed once their vote has closed, and the operations refused then. */
const TRIGGERS: [table: string, ops: string][] = [
  ['votes', 'UPDATE OR DELETE'],
  ['vote_eligibility', 'INSERT OR UPDATE OR DELETE'],
  ['ballots', 'INSERT OR UPDATE OR DELETE'],
  ['secret_ballot_boxes', 'INSERT OR UPDATE OR DELETE'],
  ['cast_ops', 'UPDATE OR DELETE'],
];
