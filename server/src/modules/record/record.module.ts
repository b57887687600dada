import { Module } from '@nestjs/common';
import { RecordController } from './record.controller';
import { RecordService } from './record.service';

@Module({ controllers: [RecordController], providers: [RecordService], exports: [RecordService] })
export class RecordModule {}
