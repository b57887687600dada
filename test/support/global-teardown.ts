import { dropDatabase } from './template';

export default async function globalTeardown(): Promise<void> {
  const url = process.env.PLENARY_TEST_SERVER_URL;
  const template = process.env.PLENARY_TEST_TEMPLATE;
  if (url && template) await dropDatabase(url, template).catch(() => undefined);
  await globalThis.__PLENARY_EMBEDDED__?.stop();
}
