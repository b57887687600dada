import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { dropDatabase, dropRole } from './template';

export default async function globalTeardown(): Promise<void> {
  const url = process.env.PLENARY_TEST_SERVER_URL;
  const template = process.env.PLENARY_TEST_TEMPLATE;
  const owner = process.env.PLENARY_TEST_OWNER;
  if (url && template) await dropDatabase(url, template).catch(() => undefined);
  if (url && owner) await dropRole(url, (JSON.parse(owner) as { name: string }).name).catch(() => undefined);
  await globalThis.__PLENARY_EMBEDDED__?.stop();
  const key = process.env.PLENARY_TEST_BALLOT_KEY_FILE;
  if (key) rmSync(dirname(key), { recursive: true, force: true });
}
