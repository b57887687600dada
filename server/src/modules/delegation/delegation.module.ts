import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MeetingModule } from '../meeting/meeting.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { RecordModule } from '../record/record.module';
import { RegisterModule } from '../register/register.module';
import { DelegationController } from './delegation.controller';
import { DelegationService } from './delegation.service';
import { SignInCodeService } from './sign-in-code.service';

@Module({
  imports: [AuthModule, RegisterModule, MeetingModule, RecordModule, RealtimeModule],
  controllers: [DelegationController],
  providers: [DelegationService, SignInCodeService],
  exports: [DelegationService, SignInCodeService],
})
export class DelegationModule {}
