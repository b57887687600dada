import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AcceptanceBodySchema,
  AmendmentAdoptionBodySchema,
  AmendmentViewSchema,
  BoundViewSchema,
  CreateAmendmentBodySchema,
  IndicationBodySchema,
  OnDateQuerySchema,
  ScheduleAmendmentConferenceBodySchema,
  UuidSchema,
  type AcceptanceBody,
  type AmendmentView,
  type BoundView,
  type CreateAmendmentBody,
  type IndicationBody,
  type Principal,
  type ScheduleAmendmentConferenceBody,
} from '@plenary/shared';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { CurrentPrincipal } from '../auth/auth.guard';
import { Roles } from '../auth/roles.decorator';
import { AmendmentService } from './amendment.service';

const idPipe = new ZodPipe(UuidSchema, 'param');
const P = { id: 'amendment id' };
const S = ['secretariat'];
const STATES = ['secretariat', 'delegation'];

@ApiTags('convening: Article 13')
@Controller('api/convening/amendments')
export class AmendmentController {
  constructor(private readonly amendments: AmendmentService) {}

  @Get()
  @ApiContract({
    summary: 'Proposed amendments with their counts (Art. 13)',
    response: z.array(AmendmentViewSchema),
  })
  list(): Promise<AmendmentView[]> {
    return this.amendments.list();
  }

  @Post()
  @Roles('secretariat')
  @ApiContract({
    summary: 'Record a proposed amendment and the date of its circulation (support by D+30)',
    body: CreateAmendmentBodySchema,
    response: AmendmentViewSchema,
    status: 201,
    roles: S,
  })
  create(@Body(new ZodPipe(CreateAmendmentBodySchema)) body: CreateAmendmentBody): Promise<AmendmentView> {
    return this.amendments.create(body);
  }

  @Get(':id')
  @ApiContract({
    summary:
      'One amendment: support against a majority within 30 days, earlier-conference requests, acceptances',
    params: P,
    response: AmendmentViewSchema,
  })
  get(@Param('id', idPipe) id: string): Promise<AmendmentView> {
    return this.amendments.get(id);
  }

  @Post(':id/support')
  @Roles('secretariat', 'delegation')
  @ApiContract({
    summary: 'A State notifies support for considering the amendment (Art. 13.1)',
    params: P,
    body: IndicationBodySchema,
    response: AmendmentViewSchema,
    status: 201,
    roles: STATES,
  })
  supportIt(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(IndicationBodySchema)) body: IndicationBody,
    @CurrentPrincipal() who: Principal,
  ): Promise<AmendmentView> {
    return this.amendments.act(id, 'amendment-support', who, body);
  }

  @Post(':id/earlier-requests')
  @Roles('secretariat', 'delegation')
  @ApiContract({
    summary: 'A State requests that the Amendment Conference be held earlier (Art. 13.3)',
    params: P,
    body: IndicationBodySchema,
    response: AmendmentViewSchema,
    status: 201,
    roles: STATES,
  })
  earlier(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(IndicationBodySchema)) body: IndicationBody,
    @CurrentPrincipal() who: Principal,
  ): Promise<AmendmentView> {
    return this.amendments.act(id, 'amendment-earlier', who, body);
  }

  @Post(':id/conference')
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Schedule the Amendment Conference right after the next MSP or Review Conference (or earlier, if a majority asked)',
    params: P,
    body: ScheduleAmendmentConferenceBodySchema,
    response: AmendmentViewSchema,
    status: 201,
    roles: S,
  })
  conference(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(ScheduleAmendmentConferenceBodySchema)) body: ScheduleAmendmentConferenceBody,
  ): Promise<AmendmentView> {
    return this.amendments.scheduleConference(id, body);
  }

  @Post(':id/adoption')
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Record the adoption from the conference’s decided question (matter art13-amendment, two-thirds)',
    params: P,
    body: AmendmentAdoptionBodySchema,
    response: AmendmentViewSchema,
    status: 201,
    roles: S,
  })
  adoption(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(AmendmentAdoptionBodySchema)) body: { questionId: string },
  ): Promise<AmendmentView> {
    return this.amendments.recordAdoption(id, body.questionId);
  }

  @Post(':id/acceptances')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Record a State’s instrument of acceptance and its deposit date (Art. 13.5)',
    params: P,
    body: AcceptanceBodySchema,
    response: AmendmentViewSchema,
    status: 201,
    roles: S,
  })
  accept(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(AcceptanceBodySchema)) body: AcceptanceBody,
    @CurrentPrincipal() who: Principal,
  ): Promise<AmendmentView> {
    return this.amendments.accept(id, who, body);
  }

  @Get(':id/bound')
  @ApiContract({
    summary: 'States Parties bound by the amendment on a date (default today) and since when',
    params: P,
    query: OnDateQuerySchema,
    response: BoundViewSchema,
  })
  bound(
    @Param('id', idPipe) id: string,
    @Query(new ZodPipe(OnDateQuerySchema, 'query')) q: { on?: string },
  ): Promise<BoundView> {
    return this.amendments.bound(id, q.on);
  }
}
