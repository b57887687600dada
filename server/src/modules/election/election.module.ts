import { Module } from '@nestjs/common';
import { MeetingModule } from '../meeting/meeting.module';
import { OfficeModule } from '../office/office.module';
import { ParticipantModule } from '../participant/participant.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { RecordModule } from '../record/record.module';
import { RegisterModule } from '../register/register.module';
import { VoteModule } from '../vote/vote.module';
import { ElectionBallotBox } from './election-ballot-box';
import { ElectionCastRepository } from './election-cast.repository';
import { ElectionCastService } from './election-cast.service';
import { ElectionVotedBroadcaster } from './election-voted-broadcaster';
import { ElectionController } from './election.controller';
import { ElectionRepository } from './election.repository';
import { ElectionService } from './election.service';
import { SlateController } from './slate.controller';
import { SlateService } from './slate.service';

/** Elections in rounds (DOMAIN.md §8): candidates, rounds, lots, secret ballots; the elected feed the officeholders. */
@Module({
  imports: [
    MeetingModule,
    ParticipantModule,
    RecordModule,
    RealtimeModule,
    RegisterModule,
    OfficeModule,
    // BallotSealer: election ballots are sealed like secret votes (ADR 0008).
    VoteModule,
  ],
  controllers: [ElectionController, SlateController],
  providers: [
    ElectionService,
    ElectionCastService,
    ElectionRepository,
    ElectionCastRepository,
    ElectionVotedBroadcaster,
    ElectionBallotBox,
    SlateService,
  ],
  exports: [ElectionService, ElectionCastService],
})
export class ElectionModule {}
