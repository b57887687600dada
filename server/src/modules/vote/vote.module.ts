import { Global, Module } from '@nestjs/common';
import { ParticipantModule } from '../participant/participant.module';
import { BallotRepository } from './ballot.repository';
import { TallyBroadcaster } from './tally-broadcaster';
import { VoteController } from './vote.controller';
import { VoteService } from './vote.service';
import { VoteSnapshotBuilder } from './vote.snapshot';

@Global()
@Module({
  imports: [ParticipantModule],
  controllers: [VoteController],
  providers: [VoteService, BallotRepository, VoteSnapshotBuilder, TallyBroadcaster],
  exports: [VoteService],
})
export class VoteModule {}
