import { Module } from '@nestjs/common';
import { ParticipantModule } from '../participant/participant.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { RecordModule } from '../record/record.module';
import { ConclusionController } from './conclusion.controller';
import { ConclusionRepository } from './conclusion.repository';
import { ConclusionService } from './conclusion.service';
import { MeetingController } from './meeting.controller';
import { MeetingService } from './meeting.service';
import { MeetingVersionModule } from './meeting-version.module';

@Module({
  imports: [ParticipantModule, RecordModule, RealtimeModule, MeetingVersionModule],
  controllers: [MeetingController, ConclusionController],
  providers: [MeetingService, ConclusionRepository, ConclusionService],
  exports: [MeetingService, MeetingVersionModule],
})
export class MeetingModule {}
