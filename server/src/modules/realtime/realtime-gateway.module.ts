import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ElectionModule } from '../election/election.module';
import { FloorModule } from '../floor/floor.module';
import { VoteModule } from '../vote/vote.module';
import { ClusterAdapterService } from './cluster-adapter.service';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeModule } from './realtime.module';
import { ReconcileService } from './reconcile.service';

/** The one socket.io gateway, its cluster adapter and the reconcile pass. */
@Module({
  imports: [AuthModule, RealtimeModule, VoteModule, ElectionModule, FloorModule],
  providers: [RealtimeGateway, ClusterAdapterService, ReconcileService],
})
export class RealtimeGatewayModule {}
