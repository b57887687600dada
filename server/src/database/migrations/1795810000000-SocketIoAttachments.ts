import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The table @socket.io/postgres-adapter uses for broadcasts larger than a NOTIFY payload (8 kB
 * by its default threshold: a vote snapshot of 161 States is larger). Not an entity: only the
 * adapter reads and writes it, and it deletes rows older than 30 s itself.
 */
export class SocketIoAttachments1795810000000 implements MigrationInterface {
  name = 'SocketIoAttachments1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "socket_io_attachments" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "payload" bytea NOT NULL, CONSTRAINT "socket_io_attachments_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "socket_io_attachments_created_at_idx" ON "socket_io_attachments" ("created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "socket_io_attachments"`);
  }
}
