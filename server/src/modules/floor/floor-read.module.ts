import { Module } from '@nestjs/common';
import { ParticipantModule } from '../participant/participant.module';
import { FloorRepository } from './floor.repository';

/** The floor's reads and writes, without the use cases: the live snapshot reads the floor through it. */
@Module({ imports: [ParticipantModule], providers: [FloorRepository], exports: [FloorRepository] })
export class FloorReadModule {}
