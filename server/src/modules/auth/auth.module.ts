import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessListenerService } from './access-listener.service';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';

/** Sessions: resolving a bearer token, opening and ending sessions, and the guard on every route. */
@Module({
  providers: [AuthService, AccessListenerService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, AccessListenerService],
})
export class AuthModule {}
