import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ServerTimeSchema, type ServerTime } from '@plenary/shared';
import { Clock } from '../../common/clock';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { ApiContract } from '../../openapi/api-contract.decorator';

/** The server's "today", so every screen counts from the same Geneva date, not the device's. */
@ApiTags('health')
@Controller('api/time')
export class TimeController {
  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiContract({ summary: "Today's date in Geneva and the server's instant", response: ServerTimeSchema })
  time(): ServerTime {
    return { today: this.clock.today(this.config.PLENARY_TIME_ZONE), now: this.clock.now().toISOString() };
  }
}
