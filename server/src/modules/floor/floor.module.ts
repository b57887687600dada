import { Module } from '@nestjs/common';
import { MeetingModule } from '../meeting/meeting.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { RecordModule } from '../record/record.module';
import { VoteModule } from '../vote/vote.module';
import { FloorController } from './floor.controller';
import { FloorReadModule } from './floor-read.module';
import { FloorService } from './floor.service';

/** The floor (DOMAIN.md §7): list of speakers, points of order, motions, amendments, division, reconsideration. */
@Module({
  imports: [MeetingModule, RecordModule, RealtimeModule, VoteModule, FloorReadModule],
  controllers: [FloorController],
  providers: [FloorService],
  exports: [FloorService],
})
export class FloorModule {}
