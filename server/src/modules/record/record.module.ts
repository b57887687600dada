import { Global, Module } from '@nestjs/common';
import { RecordController } from './record.controller';
import { RecordRepository } from './record.repository';
import { RecordService } from './record.service';

@Global()
@Module({
  controllers: [RecordController],
  providers: [RecordService, RecordRepository],
  exports: [RecordService],
})
export class RecordModule {}
