import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { TimeController } from './time.controller';

@Module({ imports: [RealtimeModule], controllers: [HealthController, MetricsController, TimeController] })
export class HealthModule {}
