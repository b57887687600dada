import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { AccessListenerService } from './access-listener.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { PgThrottlerStorage, SignInThrottlerGuard, signInThrottlers } from './sign-in-throttle';

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, ds: DataSource) => signInThrottlers(config, new PgThrottlerStorage(ds)),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    AccessListenerService,
    SignInThrottlerGuard,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AccessListenerService],
})
export class AuthModule {}
