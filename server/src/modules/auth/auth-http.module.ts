import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { DelegationModule } from '../delegation/delegation.module';
import { AuthController } from './auth.controller';
import { AuthModule } from './auth.module';
import { PgThrottlerStorage, SignInThrottlerGuard, signInThrottlers } from './sign-in-throttle';

/**
 * The sign-in endpoints and their rate limits. Apart from AuthModule because a delegation signs
 * in with its code (DelegationModule), and DelegationModule opens sessions (AuthModule): no cycle
 * this way.
 */
@Module({
  imports: [
    AuthModule,
    DelegationModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, ds: DataSource) => signInThrottlers(config, new PgThrottlerStorage(ds)),
    }),
  ],
  controllers: [AuthController],
  providers: [SignInThrottlerGuard],
})
export class AuthHttpModule {}
