import type { MigrationInterface, QueryRunner } from 'typeorm';
import { entryHash } from '../../modules/record/record-chain';
import { utcMicros } from '../../modules/record/record.repository';

/**
 * The record becomes a hash chain per meeting (ADR 0005): each entry carries its position `seq`,
 * the previous entry's hash and the sha256 of its canonical content; `record_chain_heads` holds
 * each meeting's last hash and is locked by every append. Entries written before this migration
 * are chained here, in id order (the append-only trigger is switched off for that one UPDATE and
 * on again in the same transaction). From then on a trigger refuses any entry that does not
 * extend its meeting's chain, and the heads move only with an entry.
 */
export class RecordHashChain1795850000000 implements MigrationInterface {
  name = 'RecordHashChain1795850000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "record_chain_heads" ("meeting_id" uuid NOT NULL, "seq" integer NOT NULL, "hash" text, CONSTRAINT "record_chain_heads_check" CHECK (("seq" = 0) = ("hash" IS NULL)), CONSTRAINT "PK_4a1da6f1174bca04a83f2d7675a" PRIMARY KEY ("meeting_id"))`,
    );
    await q.query(
      `ALTER TABLE "record_chain_heads" ADD CONSTRAINT "FK_4a1da6f1174bca04a83f2d7675a" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "record_entries" ADD "seq" integer`);
    await q.query(`ALTER TABLE "record_entries" ADD "prev_hash" text`);
    await q.query(`ALTER TABLE "record_entries" ADD "hash" text`);

    // Chain what is already there.
    const rows = (await q.query(
      `SELECT id, meeting_id AS "meetingId", ${utcMicros('at')} AS at, kind, summary, data, corrects_id AS corrects
         FROM record_entries ORDER BY meeting_id, id`,
    )) as {
      id: string;
      meetingId: string;
      at: string;
      kind: string;
      summary: string;
      data: unknown;
      corrects: string | null;
    }[];
    if (rows.length) {
      await q.query(`ALTER TABLE "record_entries" DISABLE TRIGGER record_entries_append_only`);
      const heads = new Map<string, { seq: number; hash: string }>();
      for (const r of rows) {
        const prev = heads.get(r.meetingId);
        const content = {
          meetingId: r.meetingId,
          seq: (prev?.seq ?? 0) + 1,
          id: Number(r.id),
          at: r.at,
          kind: r.kind,
          summary: r.summary,
          data: r.data,
          corrects: r.corrects === null ? null : Number(r.corrects),
          prevHash: prev?.hash ?? null,
        };
        const hash = entryHash(content);
        await q.query(`UPDATE record_entries SET seq = $2, prev_hash = $3, hash = $4 WHERE id = $1`, [
          r.id,
          content.seq,
          content.prevHash,
          hash,
        ]);
        heads.set(r.meetingId, { seq: content.seq, hash });
      }
      for (const [meetingId, h] of heads) {
        await q.query(`INSERT INTO record_chain_heads (meeting_id, seq, hash) VALUES ($1, $2, $3)`, [
          meetingId,
          h.seq,
          h.hash,
        ]);
      }
      await q.query(`ALTER TABLE "record_entries" ENABLE TRIGGER record_entries_append_only`);
    }

    await q.query(`ALTER TABLE "record_entries" ALTER COLUMN "seq" SET NOT NULL`);
    await q.query(`ALTER TABLE "record_entries" ALTER COLUMN "hash" SET NOT NULL`);
    await q.query(
      `ALTER TABLE "record_entries" ADD CONSTRAINT "record_entries_prev_hash_check" CHECK (("seq" = 1) = ("prev_hash" IS NULL) AND ("prev_hash" IS NULL OR "prev_hash" ~ '^[0-9a-f]{64}$'))`,
    );
    await q.query(
      `ALTER TABLE "record_entries" ADD CONSTRAINT "record_entries_hash_check" CHECK ("hash" ~ '^[0-9a-f]{64}$')`,
    );
    await q.query(
      `ALTER TABLE "record_entries" ADD CONSTRAINT "record_entries_seq_check" CHECK ("seq" >= 1)`,
    );
    await q.query(
      `ALTER TABLE "record_entries" ADD CONSTRAINT "record_entries_meeting_seq_key" UNIQUE ("meeting_id", "seq")`,
    );

    // Every new entry extends its meeting's chain, whoever inserts it; the head moves with it.
    await q.query(`CREATE FUNCTION record_entries_extend_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        head record;
      BEGIN
        INSERT INTO record_chain_heads (meeting_id, seq, hash) VALUES (NEW.meeting_id, 0, NULL)
          ON CONFLICT (meeting_id) DO NOTHING;
        SELECT seq, hash INTO head FROM record_chain_heads WHERE meeting_id = NEW.meeting_id FOR UPDATE;
        IF NEW.seq <> head.seq + 1 OR NEW.prev_hash IS DISTINCT FROM head.hash THEN
          RAISE EXCEPTION 'the record is a hash chain: entry no. % does not extend the chain of meeting % (its head is no. %)',
            NEW.seq, NEW.meeting_id, head.seq USING ERRCODE = '23514';
        END IF;
        UPDATE record_chain_heads SET seq = NEW.seq, hash = NEW.hash WHERE meeting_id = NEW.meeting_id;
        RETURN NEW;
      END
    $fn$`);
    await q.query(
      `CREATE TRIGGER record_entries_chain BEFORE INSERT ON "record_entries" FOR EACH ROW EXECUTE FUNCTION record_entries_extend_chain()`,
    );
    // A head starts empty and then moves only from the trigger above: never by hand, never back.
    await q.query(`CREATE FUNCTION record_chain_heads_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' AND NEW.seq = 0 THEN
          RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND NEW.seq = OLD.seq + 1 THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'record chain heads move only when an entry is appended: % is refused', TG_OP
          USING ERRCODE = 'P0001';
      END
    $fn$`);
    await q.query(
      `CREATE TRIGGER record_chain_heads_guard BEFORE INSERT OR UPDATE OR DELETE ON "record_chain_heads" FOR EACH ROW EXECUTE FUNCTION record_chain_heads_guard()`,
    );
    await q.query(
      `CREATE TRIGGER record_chain_heads_no_truncate BEFORE TRUNCATE ON "record_chain_heads" FOR EACH STATEMENT EXECUTE FUNCTION record_entries_refuse_change()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER record_chain_heads_no_truncate ON "record_chain_heads"`);
    await q.query(`DROP TRIGGER record_chain_heads_guard ON "record_chain_heads"`);
    await q.query(`DROP FUNCTION record_chain_heads_guard()`);
    await q.query(`DROP TRIGGER record_entries_chain ON "record_entries"`);
    await q.query(`DROP FUNCTION record_entries_extend_chain()`);
    await q.query(`ALTER TABLE "record_entries" DROP CONSTRAINT "record_entries_meeting_seq_key"`);
    await q.query(`ALTER TABLE "record_entries" DROP CONSTRAINT "record_entries_seq_check"`);
    await q.query(`ALTER TABLE "record_entries" DROP CONSTRAINT "record_entries_hash_check"`);
    await q.query(`ALTER TABLE "record_entries" DROP CONSTRAINT "record_entries_prev_hash_check"`);
    await q.query(`ALTER TABLE "record_entries" DROP COLUMN "hash"`);
    await q.query(`ALTER TABLE "record_entries" DROP COLUMN "prev_hash"`);
    await q.query(`ALTER TABLE "record_entries" DROP COLUMN "seq"`);
    await q.query(`DROP TABLE "record_chain_heads"`);
  }
}
