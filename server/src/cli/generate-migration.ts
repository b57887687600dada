import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes a reviewed-by-a-human migration from the SQL TypeORM says would align the schema. */
export function writeMigrationFile(
  dir: string,
  name: string,
  up: string[],
  down: string[],
  now: number,
): string {
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${now}`;
  const q = (s: string) => '`' + s.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map((s) => `    await queryRunner.query(${q(s)});`).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.map((s) => `    await queryRunner.query(${q(s)});`).join('\n')}
  }
}
`;
  const file = join(dir, `${now}-${name}.ts`);
  writeFileSync(file, body);
  return file;
}
