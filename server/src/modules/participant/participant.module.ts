import { Module } from '@nestjs/common';
import { RegisterModule } from '../register/register.module';
import { ParticipantRepository } from './participant.repository';

@Module({ imports: [RegisterModule], providers: [ParticipantRepository], exports: [ParticipantRepository] })
export class ParticipantModule {}
