import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Clock } from './common/clock';
import { ApiErrorFilter } from './common/error.filter';
import { APP_CONFIG } from './config/config.token';
import { setStaticHeaders } from './edge/static-assets';
import type { AppConfig } from './config/env';
import { AuthHttpModule } from './modules/auth/auth-http.module';
import { AuthModule } from './modules/auth/auth.module';
import { ConveningModule } from './modules/convening/convening.module';
import { DelegationModule } from './modules/delegation/delegation.module';
import { FloorModule } from './modules/floor/floor.module';
import { HealthModule } from './modules/health/health.module';
import { RegisterModule } from './modules/register/register.module';
import { MeetingModule } from './modules/meeting/meeting.module';
import { RealtimeGatewayModule } from './modules/realtime/realtime-gateway.module';
import { RealtimeModule } from './modules/realtime/realtime.module';
import { RecordModule } from './modules/record/record.module';
import { VoteModule } from './modules/vote/vote.module';
import { ElectionModule } from './modules/election/election.module';
import { OfficeModule } from './modules/office/office.module';

export interface AppOptions {
  config: AppConfig;
  dataSource: DataSource;
  logger: Logger;
  clientDir?: string | null;
  clock?: Clock;
}

@Global()
@Module({})
class CoreModule {
  static forRoot(opts: AppOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: DataSource, useValue: opts.dataSource },
        { provide: APP_CONFIG, useValue: opts.config },
        { provide: Clock, useValue: opts.clock ?? new Clock() },
      ],
      exports: [DataSource, APP_CONFIG, Clock],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(opts: AppOptions): DynamicModule {
    const statics = opts.clientDir
      ? [
          ServeStaticModule.forRoot({
            rootPath: opts.clientDir,
            exclude: ['/api/{*rest}', '/socket.io/{*rest}'],
            serveStaticOptions: { setHeaders: setStaticHeaders },
          }),
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { logger: opts.logger, autoLogging: false, quietReqLogger: true } }),
        CoreModule.forRoot(opts),
        AuthModule,
        AuthHttpModule,
        HealthModule,
        RegisterModule,
        RealtimeModule,
        RecordModule,
        MeetingModule,
        DelegationModule,
        VoteModule,
        FloorModule,
        RealtimeGatewayModule,
        ConveningModule,
        OfficeModule,
        ElectionModule,
        ...statics,
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiErrorFilter }],
    };
  }
}
