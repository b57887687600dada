import { Global, Module } from '@nestjs/common';
import { ParticipantModule } from '../participant/participant.module';
import { MeetingController } from './meeting.controller';
import { MeetingService } from './meeting.service';

@Global()
@Module({
  imports: [ParticipantModule],
  controllers: [MeetingController],
  providers: [MeetingService],
  exports: [MeetingService],
})
export class MeetingModule {}
