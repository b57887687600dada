import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Elections in rounds (DOMAIN.md §8) and the register of officeholders (§9, issue 12):
 * - `elections`: places, candidates (display order), withdrawals and acclamation as the round
 *   engine (`shared/src/domain/elections`) takes them, and the office the elected take up;
 * - `election_rounds`: each round exactly as the rules announced it, its tally once counted and
 *   the seed of a lot its result called for (the lot is reproducible from the record);
 * - `election_eligibility` (fixed when a round opens), `election_participation` (who voted, never
 *   how: one row per round and delegation, the pair's primary key makes a second ballot impossible),
 *   `election_boxes` (one row per round holding totals only, like `secret_ballot_boxes`, ADR 0008)
 *   and `election_cast_ops` (operation ids claimed before anything is written, no choice kept);
 * - counted rounds refuse change in the database itself;
 * - `office_terms`: who holds which office from when until when.
 */
export class ElectionsAndOffices1795910000001 implements MigrationInterface {
  name = 'ElectionsAndOffices1795910000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "elections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "title" text NOT NULL, "places" integer NOT NULL, "election_date" date NOT NULL, "candidates" jsonb NOT NULL, "withdrawals" jsonb NOT NULL DEFAULT '[]', "acclaimed_before_round" integer, "office" jsonb, "term_from" date, "term_until" date, "status" text NOT NULL DEFAULT 'open', "elected" jsonb, "terms_note" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "elections_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "elections_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT,
        CONSTRAINT "elections_places_check" CHECK ("places" >= 1),
        CONSTRAINT "elections_status_check" CHECK ("status" IN ('open','complete')),
        CONSTRAINT "elections_complete_check" CHECK (("status" = 'complete') = ("elected" IS NOT NULL)),
        CONSTRAINT "elections_term_check" CHECK ("term_until" IS NULL OR ("term_from" IS NOT NULL AND "term_until" > "term_from")))`,
    );
    await q.query(`CREATE INDEX "elections_meeting_idx" ON "elections" ("meeting_id")`);
    await q.query(
      `CREATE TABLE "election_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "election_id" uuid NOT NULL, "number" integer NOT NULL, "round" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'open', "tally" jsonb, "lot_seed" text, "round_date" date NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "counted_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "election_rounds_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "election_rounds_number_unique" UNIQUE ("election_id", "number"),
        CONSTRAINT "election_rounds_election_fk" FOREIGN KEY ("election_id") REFERENCES "elections"("id") ON DELETE RESTRICT,
        CONSTRAINT "election_rounds_status_check" CHECK ("status" IN ('open','counted')),
        CONSTRAINT "election_rounds_counted_check" CHECK (("status" = 'counted') = ("tally" IS NOT NULL AND "counted_at" IS NOT NULL)),
        CONSTRAINT "election_rounds_seed_check" CHECK ("lot_seed" IS NULL OR "status" = 'counted'))`,
    );
    // At most one round open per election.
    await q.query(
      `CREATE UNIQUE INDEX "election_rounds_one_open" ON "election_rounds" ("election_id") WHERE "status" = 'open'`,
    );
    await q.query(
      `CREATE TABLE "election_eligibility" ("round_id" uuid NOT NULL, "delegation_id" uuid NOT NULL, "state_iso3" character(3) NOT NULL,
        CONSTRAINT "election_eligibility_pkey" PRIMARY KEY ("round_id", "delegation_id"),
        CONSTRAINT "election_eligibility_round_fk" FOREIGN KEY ("round_id") REFERENCES "election_rounds"("id") ON DELETE RESTRICT,
        CONSTRAINT "election_eligibility_delegation_fk" FOREIGN KEY ("delegation_id") REFERENCES "delegations"("id") ON DELETE RESTRICT)`,
    );
    await q.query(
      `CREATE TABLE "election_participation" ("round_id" uuid NOT NULL, "delegation_id" uuid NOT NULL,
        CONSTRAINT "election_participation_pkey" PRIMARY KEY ("round_id", "delegation_id"),
        CONSTRAINT "election_participation_eligible_fk" FOREIGN KEY ("round_id", "delegation_id") REFERENCES "election_eligibility"("round_id", "delegation_id") ON DELETE RESTRICT)`,
    );
    await q.query(
      `CREATE TABLE "election_boxes" ("round_id" uuid NOT NULL, "votes" jsonb NOT NULL, "present_and_voting" integer NOT NULL DEFAULT '0', "blank" integer NOT NULL DEFAULT '0', "invalid" integer NOT NULL DEFAULT '0',
        CONSTRAINT "election_boxes_pkey" PRIMARY KEY ("round_id"),
        CONSTRAINT "election_boxes_round_fk" FOREIGN KEY ("round_id") REFERENCES "election_rounds"("id") ON DELETE RESTRICT,
        CONSTRAINT "election_boxes_counts_check" CHECK ("present_and_voting" >= 0 AND "blank" >= 0 AND "invalid" >= 0))`,
    );
    await q.query(
      `CREATE TABLE "election_cast_ops" ("op_id" uuid NOT NULL, "round_id" uuid NOT NULL, "delegation_id" uuid NOT NULL,
        CONSTRAINT "election_cast_ops_pkey" PRIMARY KEY ("op_id"),
        CONSTRAINT "election_cast_ops_round_fk" FOREIGN KEY ("round_id") REFERENCES "election_rounds"("id") ON DELETE RESTRICT)`,
    );
    await q.query(`CREATE FUNCTION counted_round_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        target uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.round_id ELSE OLD.round_id END;
      BEGIN
        IF EXISTS (SELECT 1 FROM election_rounds WHERE id = target AND status = 'counted') THEN
          RAISE EXCEPTION 'election round % is counted: % on % is refused', target, TG_OP, TG_TABLE_NAME USING ERRCODE = 'P0001';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END
    $fn$`);
    await q.query(`CREATE FUNCTION counted_round_refuse_recount() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'DELETE' OR (OLD.status = 'counted' AND (NEW.tally IS DISTINCT FROM OLD.tally
            OR NEW.round IS DISTINCT FROM OLD.round OR NEW.status IS DISTINCT FROM OLD.status
            OR (OLD.lot_seed IS NOT NULL AND NEW.lot_seed IS DISTINCT FROM OLD.lot_seed))) THEN
          RAISE EXCEPTION 'election round % is counted: only its lot seed may be set, once', OLD.id USING ERRCODE = 'P0001';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END
    $fn$`);
    await q.query(
      `CREATE TRIGGER "election_rounds_counted" BEFORE UPDATE OR DELETE ON "election_rounds" FOR EACH ROW EXECUTE FUNCTION counted_round_refuse_recount()`,
    );
    for (const table of FIXED_WHEN_COUNTED) {
      await q.query(
        `CREATE TRIGGER "${table}_counted_round" BEFORE INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION counted_round_refuse_change()`,
      );
    }

    await q.query(
      `CREATE TABLE "office_terms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "office_kind" text NOT NULL, "committee" text, "holder_state" character(3) NOT NULL, "holder_person" text, "from_date" date NOT NULL, "until_date" date, "election_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "office_terms_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "office_terms_state_fk" FOREIGN KEY ("holder_state") REFERENCES "states"("iso3") ON DELETE RESTRICT,
        CONSTRAINT "office_terms_election_fk" FOREIGN KEY ("election_id") REFERENCES "elections"("id") ON DELETE RESTRICT,
        CONSTRAINT "office_terms_kind_check" CHECK ("office_kind" IN ('president','president-designate','vice-president','committee-member','committee-chair','sponsorship-coordinator')),
        CONSTRAINT "office_terms_committee_check" CHECK (("office_kind" IN ('committee-member','committee-chair')) = ("committee" IS NOT NULL)),
        CONSTRAINT "office_terms_dates_check" CHECK ("until_date" IS NULL OR "until_date" > "from_date"))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "office_terms"`);
    for (const table of [...FIXED_WHEN_COUNTED].reverse())
      await q.query(`DROP TRIGGER "${table}_counted_round" ON "${table}"`);
    await q.query(`DROP TRIGGER "election_rounds_counted" ON "election_rounds"`);
    await q.query(`DROP FUNCTION counted_round_refuse_recount()`);
    await q.query(`DROP FUNCTION counted_round_refuse_change()`);
    await q.query(`DROP TABLE "election_cast_ops"`);
    await q.query(`DROP TABLE "election_boxes"`);
    await q.query(`DROP TABLE "election_participation"`);
    await q.query(`DROP TABLE "election_eligibility"`);
    await q.query(`DROP TABLE "election_rounds"`);
    await q.query(`DROP TABLE "elections"`);
  }
}

/** Rows that are fixed once their round is counted. */
const FIXED_WHEN_COUNTED = [
  'election_eligibility',
  'election_participation',
  'election_boxes',
  'election_cast_ops',
];
