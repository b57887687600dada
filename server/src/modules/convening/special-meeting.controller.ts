import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ClarificationResponseBodySchema,
  ClarificationViewSchema,
  ConveneSpecialMeetingBodySchema,
  ConvenedMeetingSchema,
  CreateClarificationBodySchema,
  CreateFactFindingMissionBodySchema,
  CreateSpecialMeetingProposalBodySchema,
  FactFindingMissionViewSchema,
  IndicationBodySchema,
  SpecialMeetingProposalViewSchema,
  UuidSchema,
  type ClarificationResponseBody,
  type ClarificationView,
  type ConveneSpecialMeetingBody,
  type ConvenedMeeting,
  type CreateClarificationBody,
  type CreateFactFindingMissionBody,
  type CreateSpecialMeetingProposalBody,
  type FactFindingMissionView,
  type IndicationBody,
  type Principal,
  type SpecialMeetingProposalView,
} from '@plenary/shared';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { CurrentPrincipal } from '../auth/auth.guard';
import { Roles } from '../auth/roles.decorator';
import { ClarificationService } from './clarification.service';
import { FactFindingService } from './fact-finding.service';
import { SpecialMeetingService } from './special-meeting.service';

const idPipe = new ZodPipe(UuidSchema, 'param');
const P = { id: 'id' };
const S = ['secretariat'];

@ApiTags('convening: Article 8')
@Controller('api/convening')
export class SpecialMeetingController {
  constructor(
    private readonly clarifications: ClarificationService,
    private readonly proposals: SpecialMeetingService,
    private readonly missions: FactFindingService,
  ) {}

  @Get('clarifications')
  @ApiContract({
    summary: 'Requests for Clarification (Art. 8.2), newest first',
    response: z.array(ClarificationViewSchema),
  })
  listClarifications(): Promise<ClarificationView[]> {
    return this.clarifications.list();
  }

  @Post('clarifications')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Record a Request for Clarification; the answer is due 28 days after receipt (Art. 8.2)',
    body: CreateClarificationBodySchema,
    response: ClarificationViewSchema,
    status: 201,
    roles: S,
  })
  createClarification(
    @Body(new ZodPipe(CreateClarificationBodySchema)) body: CreateClarificationBody,
  ): Promise<ClarificationView> {
    return this.clarifications.create(body);
  }

  @Get('clarifications/:id')
  @ApiContract({
    summary: 'One Request for Clarification with its deadline and response',
    params: P,
    response: ClarificationViewSchema,
  })
  clarification(@Param('id', idPipe) id: string): Promise<ClarificationView> {
    return this.clarifications.get(id);
  }

  @Post('clarifications/:id/response')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Record the requested State’s response (shown as in time or late)',
    params: P,
    body: ClarificationResponseBodySchema,
    response: ClarificationViewSchema,
    status: 201,
    roles: S,
  })
  respond(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(ClarificationResponseBodySchema)) body: ClarificationResponseBody,
  ): Promise<ClarificationView> {
    return this.clarifications.respond(id, body);
  }

  @Get('special-meetings')
  @ApiContract({
    summary: 'Proposals to convene a Special Meeting with their live count (Art. 8.5)',
    response: z.array(SpecialMeetingProposalViewSchema),
  })
  listProposals(): Promise<SpecialMeetingProposalView[]> {
    return this.proposals.list();
  }

  @Post('special-meetings')
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Record a proposal to convene a Special Meeting and the date the Secretary-General communicated it',
    body: CreateSpecialMeetingProposalBodySchema,
    response: SpecialMeetingProposalViewSchema,
    status: 201,
    roles: S,
  })
  createProposal(
    @Body(new ZodPipe(CreateSpecialMeetingProposalBodySchema)) body: CreateSpecialMeetingProposalBody,
  ): Promise<SpecialMeetingProposalView> {
    return this.proposals.create(body);
  }

  @Get('special-meetings/:id')
  @ApiContract({
    summary: 'A proposal: favour by D+14, convene by D+28, the count against one-third on each day',
    params: P,
    response: SpecialMeetingProposalViewSchema,
  })
  proposal(@Param('id', idPipe) id: string): Promise<SpecialMeetingProposalView> {
    return this.proposals.get(id);
  }

  @Post('special-meetings/:id/indications')
  @Roles('secretariat', 'delegation')
  @ApiContract({
    summary:
      'A State favours the Special Meeting (secretariat: State and date; a delegation: its own State, today)',
    params: P,
    body: IndicationBodySchema,
    response: SpecialMeetingProposalViewSchema,
    status: 201,
    roles: ['secretariat', 'delegation'],
  })
  favour(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(IndicationBodySchema)) body: IndicationBody,
    @CurrentPrincipal() who: Principal,
  ): Promise<SpecialMeetingProposalView> {
    return this.proposals.favour(id, who, body);
  }

  @Post('special-meetings/:id/convene')
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Convene the Special Meeting (one-third met in time; starts by D+28); its quorum is a majority of all States Parties',
    params: P,
    body: ConveneSpecialMeetingBodySchema,
    response: ConvenedMeetingSchema,
    status: 201,
    roles: S,
  })
  convene(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(ConveneSpecialMeetingBodySchema)) body: ConveneSpecialMeetingBody,
  ): Promise<ConvenedMeeting> {
    return this.proposals.convene(id, body);
  }

  @Post('special-meetings/:id/lapse')
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Record that the proposal lapsed, with the final count, once the 14 days passed short of one-third',
    params: P,
    response: SpecialMeetingProposalViewSchema,
    status: 201,
    roles: S,
  })
  lapse(@Param('id', idPipe) id: string): Promise<SpecialMeetingProposalView> {
    return this.proposals.lapse(id);
  }

  @Post('special-meetings/:id/fact-finding-missions')
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Record a fact-finding mission the meeting authorized: mandate and up to 9 eligible experts (Art. 8.8-8.10)',
    params: P,
    body: CreateFactFindingMissionBodySchema,
    response: FactFindingMissionViewSchema,
    status: 201,
    roles: S,
  })
  mission(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(CreateFactFindingMissionBodySchema)) body: CreateFactFindingMissionBody,
  ): Promise<FactFindingMissionView> {
    return this.missions.authorize(id, body);
  }
}
