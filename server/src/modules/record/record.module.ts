import { Module } from '@nestjs/common';
import { RecordExportController } from './record-export.controller';
import { RecordOfficialService } from './record-official.service';
import { RecordPdfService } from './record-pdf.service';
import { RecordController } from './record.controller';
import { RecordRepository } from './record.repository';
import { RecordService } from './record.service';

@Module({
  controllers: [RecordController, RecordExportController],
  providers: [RecordService, RecordRepository, RecordOfficialService, RecordPdfService],
  exports: [RecordService],
})
export class RecordModule {}
