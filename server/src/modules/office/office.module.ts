import { Module } from '@nestjs/common';
import { RegisterModule } from '../register/register.module';
import { OfficeController } from './office.controller';
import { OfficeRepository } from './office.repository';
import { OfficeService } from './office.service';

/** The register of officeholders and committees (DOMAIN.md §9). */
@Module({
  imports: [RegisterModule],
  controllers: [OfficeController],
  providers: [OfficeService, OfficeRepository],
  exports: [OfficeService, OfficeRepository],
})
export class OfficeModule {}
