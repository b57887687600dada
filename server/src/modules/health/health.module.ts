import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';

@Module({ imports: [RealtimeModule], controllers: [HealthController, MetricsController] })
export class HealthModule {}
