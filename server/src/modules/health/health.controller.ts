import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { migrationState } from '../../database/migrate';
import { ApiContract } from '../../openapi/api-contract.decorator';

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    reachable: z.boolean(),
    latencyMs: z.number().nullable(),
    /** "database unavailable" when it is not reachable; never the driver's message (hosts, ports). */
    error: z.literal('database unavailable').optional(),
  }),
  migrations: z
    .object({ applied: z.number().int(), pending: z.number().int(), latest: z.string().nullable() })
    .nullable(),
  uptimeSeconds: z.number(),
});

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  @ApiContract({ summary: 'Database reachability and migration state', response: HealthSchema })
  async health(@Res({ passthrough: true }) res: Response): Promise<z.infer<typeof HealthSchema>> {
    const t0 = performance.now();
    try {
      await this.ds.query('SELECT 1');
      const latencyMs = Math.round((performance.now() - t0) * 10) / 10;
      const migrations = await migrationState(this.ds);
      const ok = migrations.pending === 0;
      if (!ok) res.status(503);
      return {
        status: ok ? 'ok' : 'degraded',
        database: { reachable: true, latencyMs },
        migrations,
        uptimeSeconds: Math.round(process.uptime()),
      };
    } catch {
      res.status(503);
      return {
        status: 'degraded',
        database: { reachable: false, latencyMs: null, error: 'database unavailable' },
        migrations: null,
        uptimeSeconds: Math.round(process.uptime()),
      };
    }
  }
}
