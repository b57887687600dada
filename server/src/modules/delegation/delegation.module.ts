import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RegisterModule } from '../register/register.module';
import { DelegationController } from './delegation.controller';
import { DelegationService } from './delegation.service';
import { SignInCodeService } from './sign-in-code.service';

@Global()
@Module({
  imports: [AuthModule, RegisterModule],
  controllers: [DelegationController],
  providers: [DelegationService, SignInCodeService],
  exports: [DelegationService, SignInCodeService],
})
export class DelegationModule {}
