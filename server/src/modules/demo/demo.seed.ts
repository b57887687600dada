import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';

/** Demo data for a newcomer: filled in by the live plenary module. */
export async function seedDemo(_app: INestApplication, _base: string, _log: Logger): Promise<void> {}
