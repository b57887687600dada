import { Global, Module } from '@nestjs/common';
import { RegisterModule } from '../register/register.module';
import { MeetingController } from './meeting.controller';
import { MeetingService } from './meeting.service';

@Global()
@Module({ imports: [RegisterModule], controllers: [MeetingController], providers: [MeetingService], exports: [MeetingService] })
export class MeetingModule {}
