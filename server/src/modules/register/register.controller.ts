import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateStateBodySchema,
  Iso3Schema,
  OnDateQuerySchema,
  RecordConflictEndBodySchema,
  RecordInstrumentBodySchema,
  RecordWithdrawalBodySchema,
  RegisterSummarySchema,
  StateViewSchema,
  StatesResponseSchema,
  type CreateStateBody,
  type RecordConflictEndBody,
  type RecordInstrumentBody,
  type RecordWithdrawalBody,
  type RegisterSummary,
  type StatesResponse,
  type StateView,
} from '@plenary/shared';
import { z } from 'zod';
import { Clock } from '../../common/clock';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { Roles } from '../auth/roles.decorator';
import { RegisterService } from './register.service';

type OnQuery = z.infer<typeof OnDateQuerySchema>;
const iso3Pipe = new ZodPipe(Iso3Schema, 'param');

@ApiTags('register')
@Controller('api')
export class RegisterController {
  constructor(
    private readonly register: RegisterService,
    private readonly clock: Clock,
  ) {}

  @Get('states')
  @ApiContract({
    summary: 'Every State in the register with its party status on a date',
    query: OnDateQuerySchema,
    response: StatesResponseSchema,
  })
  list(@Query(new ZodPipe(OnDateQuerySchema, 'query')) q: OnQuery): Promise<StatesResponse> {
    return this.register.list(q.on ?? this.clock.today());
  }

  @Get('register/summary')
  @ApiContract({
    summary: 'Count of States Parties on a date, by regional group, with quorum and convening thresholds',
    query: OnDateQuerySchema,
    response: RegisterSummarySchema,
  })
  summary(@Query(new ZodPipe(OnDateQuerySchema, 'query')) q: OnQuery): Promise<RegisterSummary> {
    return this.register.summary(q.on ?? this.clock.today());
  }

  @Post('states')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Add a State to the register',
    body: CreateStateBodySchema,
    response: StateViewSchema,
    status: 201,
    roles: ['secretariat'],
  })
  create(@Body(new ZodPipe(CreateStateBodySchema)) body: CreateStateBody): Promise<StateView> {
    return this.register.createState(body);
  }

  @Post('states/:iso3/instruments')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Record an instrument of ratification, acceptance, approval, accession or succession',
    params: { iso3: 'ISO 3166-1 alpha-3 code' },
    body: RecordInstrumentBodySchema,
    response: StateViewSchema,
    status: 201,
    roles: ['secretariat'],
  })
  recordInstrument(
    @Param('iso3', iso3Pipe) iso3: string,
    @Body(new ZodPipe(RecordInstrumentBodySchema)) body: RecordInstrumentBody,
  ): Promise<StateView> {
    return this.register.recordInstrument(iso3, body, this.clock.today());
  }

  @Post('states/:iso3/withdrawal')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Record an instrument of withdrawal (Art. 20), with the armed-conflict condition if any',
    params: { iso3: 'ISO 3166-1 alpha-3 code' },
    body: RecordWithdrawalBodySchema,
    response: StateViewSchema,
    status: 201,
    roles: ['secretariat'],
  })
  recordWithdrawal(
    @Param('iso3', iso3Pipe) iso3: string,
    @Body(new ZodPipe(RecordWithdrawalBodySchema)) body: RecordWithdrawalBody,
  ): Promise<StateView> {
    return this.register.recordWithdrawal(iso3, body, this.clock.today());
  }

  @Post('states/:iso3/withdrawal/conflict-end')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Record the end of the armed conflict that delayed a withdrawal',
    params: { iso3: 'ISO 3166-1 alpha-3 code' },
    body: RecordConflictEndBodySchema,
    response: StateViewSchema,
    status: 201,
    roles: ['secretariat'],
  })
  recordConflictEnd(
    @Param('iso3', iso3Pipe) iso3: string,
    @Body(new ZodPipe(RecordConflictEndBodySchema)) body: RecordConflictEndBody,
  ): Promise<StateView> {
    return this.register.recordConflictEnd(iso3, body, this.clock.today());
  }
}
