import { Module } from '@nestjs/common';
import { RealtimeService } from './realtime.service';

/**
 * How services tell clients a fact (after commit). No dependencies: every domain module imports
 * it. The gateway that receives commands lives in RealtimeGatewayModule, which imports the domain.
 */
@Module({ providers: [RealtimeService], exports: [RealtimeService] })
export class RealtimeModule {}
