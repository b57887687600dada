import { Controller, Get, Inject, NotFoundException, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { RealtimeService } from '../realtime/realtime.service';

export const ProcessMetricsSchema = z.object({
  pid: z.number().int(),
  gc: z.boolean(),
  rss: z.number(),
  heapUsed: z.number(),
  heapTotal: z.number(),
  external: z.number(),
  arrayBuffers: z.number(),
  cpuUserUs: z.number(),
  cpuSystemUs: z.number(),
  sockets: z.number().int(),
});

/**
 * For the benchmark only (PLENARY_BENCH_METRICS=true; otherwise a 404): this process's memory,
 * CPU time and socket count, so heap per watcher can be measured from outside. `?gc=1` runs a
 * full collection first when node was started with --expose-gc.
 */
@ApiTags('health')
@Controller('api/metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly realtime: RealtimeService,
  ) {}

  @Get('process')
  @ApiContract({
    summary:
      'Benchmarks only (PLENARY_BENCH_METRICS=true, else 404): memory, CPU time and sockets of this process',
    response: ProcessMetricsSchema,
  })
  process(@Query('gc') gc?: string): z.infer<typeof ProcessMetricsSchema> {
    if (!this.config.PLENARY_BENCH_METRICS) throw new NotFoundException();
    const collect = (globalThis as { gc?: () => void }).gc;
    if (gc === '1' && collect) collect();
    const mem = process.memoryUsage();
    const cpu = process.cpuUsage();
    return {
      pid: process.pid,
      gc: gc === '1' && !!collect,
      rss: mem.rss,
      heapUsed: mem.heapUsed,
      heapTotal: mem.heapTotal,
      external: mem.external,
      arrayBuffers: mem.arrayBuffers,
      cpuUserUs: cpu.user,
      cpuSystemUs: cpu.system,
      sockets: this.realtime.io?.engine.clientsCount ?? 0,
    };
  }
}
