import { Module } from '@nestjs/common';
import { MeetingModule } from '../meeting/meeting.module';
import { ParticipantModule } from '../participant/participant.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { RecordModule } from '../record/record.module';
import { FloorReadModule } from '../floor/floor-read.module';
import { BallotRepository } from './ballot.repository';
import { BallotSealer } from './ballot-sealer';
import { CastService } from './cast.service';
import { LiveRepository } from './live.repository';
import { LiveService } from './live.service';
import { PresenceBroadcaster } from './presence-broadcaster';
import { QuestionRepository } from './question.repository';
import { QuestionDecidedHook } from './question-decided.hook';
import { QuestionService } from './question.service';
import { RollCallController } from './roll-call.controller';
import { RollCallRepository } from './roll-call.repository';
import { RollCallService } from './roll-call.service';
import { TallyBroadcaster } from './tally-broadcaster';
import { VoteController } from './vote.controller';
import { VoteRepository } from './vote.repository';
import { VoteService } from './vote.service';
import { VoteSnapshotBuilder } from './vote.snapshot';

/** Questions, votes, casts and the live read model. */
@Module({
  imports: [MeetingModule, ParticipantModule, RecordModule, RealtimeModule, FloorReadModule],
  controllers: [VoteController, RollCallController],
  providers: [
    QuestionService,
    VoteService,
    CastService,
    LiveService,
    QuestionRepository,
    VoteRepository,
    BallotRepository,
    LiveRepository,
    VoteSnapshotBuilder,
    TallyBroadcaster,
    BallotSealer,
    RollCallService,
    RollCallRepository,
    QuestionDecidedHook,
    PresenceBroadcaster,
  ],
  exports: [QuestionService, VoteService, CastService, LiveService, BallotSealer, QuestionDecidedHook],
})
export class VoteModule {}
