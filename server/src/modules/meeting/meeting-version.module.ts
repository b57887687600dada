import { Module } from '@nestjs/common';
import { MeetingVersionRepository } from './meeting-version.repository';

/** The meeting's version and day, with no other dependency: the register bumps it too. */
@Module({ providers: [MeetingVersionRepository], exports: [MeetingVersionRepository] })
export class MeetingVersionModule {}
