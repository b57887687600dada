import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ClusterAdapterService } from './cluster-adapter.service';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeService } from './realtime.service';
import { ReconcileService } from './reconcile.service';

@Global()
@Module({
  imports: [AuthModule],
  providers: [RealtimeService, RealtimeGateway, ClusterAdapterService, ReconcileService],
  exports: [RealtimeService],
})
export class RealtimeModule {}
