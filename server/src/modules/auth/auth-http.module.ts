import { Module } from '@nestjs/common';
import { DelegationModule } from '../delegation/delegation.module';
import { AuthController } from './auth.controller';
import { AuthModule } from './auth.module';

/**
 * The sign-in endpoints. Apart from AuthModule because a delegation signs in with its code
 * (DelegationModule), and DelegationModule opens sessions (AuthModule): no cycle this way.
 */
@Module({ imports: [AuthModule, DelegationModule], controllers: [AuthController] })
export class AuthHttpModule {}
