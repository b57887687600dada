import { Module } from '@nestjs/common';
import { MeetingModule } from '../meeting/meeting.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { RecordModule } from '../record/record.module';
import { RegisterModule } from '../register/register.module';
import { AmendmentController } from './amendment.controller';
import { AmendmentService } from './amendment.service';
import { ClarificationService } from './clarification.service';
import { ConveningSupport } from './convening.support';
import { ExtensionController } from './extension.controller';
import { ExtensionService } from './extension.service';
import { FactFindingService } from './fact-finding.service';
import { ReviewConferenceService } from './review-conference.service';
import { SpecialMeetingController } from './special-meeting.controller';
import { SpecialMeetingService } from './special-meeting.service';

/** The Convention's own procedures: Articles 5, 8, 12 and 13. */
@Module({
  imports: [RegisterModule, MeetingModule, RecordModule, RealtimeModule],
  controllers: [SpecialMeetingController, AmendmentController, ExtensionController],
  providers: [
    ConveningSupport,
    ClarificationService,
    SpecialMeetingService,
    FactFindingService,
    AmendmentService,
    ExtensionService,
    ReviewConferenceService,
  ],
})
export class ConveningModule {}
