import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Before IANA zones were checked at the edge (TimeZoneSchema), a meeting could be stored with a
 * zone PostgreSQL does not know, and every period counted for it would fail. Such meetings are set
 * to Geneva's zone (the Convention's seat and the column's default), and their version is bumped so
 * open screens re-read them. Nothing to undo: the unknown names were never usable.
 */
export class RepairTimeZones1795855000000 implements MigrationInterface {
  name = 'RepairTimeZones1795855000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "meetings" SET "time_zone" = 'Europe/Zurich', "version" = "version" + 1
        WHERE "time_zone" NOT IN (SELECT "name" FROM pg_timezone_names)`,
    );
  }

  public async down(): Promise<void> {
    // The unknown zone names are not kept: there is nothing meaningful to restore.
  }
}
