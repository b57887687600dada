import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { TimeController } from './time.controller';

@Module({ controllers: [HealthController, MetricsController, TimeController] })
export class HealthModule {}
