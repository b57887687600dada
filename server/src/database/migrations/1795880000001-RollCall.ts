import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roll-call (issue 14): per vote, the seed the first State was drawn with and the cursor (the
 * number of answers recorded), locked by every answer; the answers in the order recorded, each
 * with its round and the operation id that makes a retry answer once. A closed vote's roll-call
 * is fixed like its ballots (VotingCore's closed_vote_refuse_change triggers).
 */
export class RollCall1795880000001 implements MigrationInterface {
  name = 'RollCall1795880000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "roll_calls" ("vote_id" uuid NOT NULL, "seed" text NOT NULL, "drawn" character(3) NOT NULL, "calls" integer NOT NULL DEFAULT 0, CONSTRAINT "roll_calls_calls_check" CHECK ("calls" >= 0), CONSTRAINT "PK_roll_calls" PRIMARY KEY ("vote_id"), CONSTRAINT "FK_roll_calls_vote" FOREIGN KEY ("vote_id") REFERENCES "votes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await q.query(
      `CREATE TABLE "roll_call_answers" ("vote_id" uuid NOT NULL, "seq" integer NOT NULL, "round" smallint NOT NULL, "delegation_id" uuid NOT NULL, "state_iso3" character(3) NOT NULL, "answer" text NOT NULL, "op_id" uuid NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "roll_call_answers_seq_check" CHECK ("seq" >= 1), CONSTRAINT "roll_call_answers_round_check" CHECK ("round" IN (1, 2)), CONSTRAINT "roll_call_answers_answer_check" CHECK ("answer" IN ('yes','no','abstain','pass')), CONSTRAINT "PK_roll_call_answers" PRIMARY KEY ("vote_id", "seq"), CONSTRAINT "UQ_roll_call_answers_op" UNIQUE ("op_id"), CONSTRAINT "UQ_roll_call_answers_round" UNIQUE ("vote_id", "round", "delegation_id"), CONSTRAINT "FK_roll_call_answers_roll_call" FOREIGN KEY ("vote_id") REFERENCES "roll_calls"("vote_id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_roll_call_answers_eligibility" FOREIGN KEY ("vote_id", "delegation_id") REFERENCES "vote_eligibility"("vote_id", "delegation_id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    for (const [table, ops] of [
      ['roll_calls', 'UPDATE OR DELETE'],
      ['roll_call_answers', 'INSERT OR UPDATE OR DELETE'],
    ]) {
      await q.query(
        `CREATE TRIGGER "${table}_closed_vote" BEFORE ${ops} ON "${table}" FOR EACH ROW EXECUTE FUNCTION closed_vote_refuse_change()`,
      );
      await q.query(
        `CREATE TRIGGER "${table}_closed_vote_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION closed_vote_refuse_truncate()`,
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "roll_call_answers"`);
    await q.query(`DROP TABLE "roll_calls"`);
  }
}
