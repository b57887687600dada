import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AddAgendaItemBodySchema,
  CreateMeetingBodySchema,
  MeetingTransitionBodySchema,
  MeetingViewSchema,
  QuorumViewSchema,
  UpdateRulesBodySchema,
  UuidSchema,
  type CreateMeetingBody,
  type MeetingView,
  type QuorumView,
  type RulesOfProcedure,
} from '@plenary/shared';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { Roles } from '../auth/roles.decorator';
import { MeetingService } from './meeting.service';

const idPipe = new ZodPipe(UuidSchema, 'param');
const P = { id: 'meeting id' };

@ApiTags('meetings')
@Controller('api/meetings')
export class MeetingController {
  constructor(private readonly meetings: MeetingService) {}

  @Get()
  @ApiContract({ summary: 'All meetings, newest first', response: z.array(MeetingViewSchema) })
  list(): Promise<MeetingView[]> {
    return this.meetings.list();
  }

  @Post()
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Set up an MSP, an intersessional meeting, a committee meeting (naming its `committee`; 400 when missing, or given for another kind) or a meeting of the Coordinating Committee, with its rules of procedure and agenda. Special Meetings, Review and Amendment Conferences are convened under /api/convening (422 CONVENING_PROCEDURE_REQUIRED here)',
    body: CreateMeetingBodySchema,
    response: MeetingViewSchema,
    status: 201,
    roles: ['secretariat'],
  })
  create(@Body(new ZodPipe(CreateMeetingBodySchema)) body: CreateMeetingBody): Promise<MeetingView> {
    return this.meetings.setUp(body);
  }

  @Get(':id')
  @ApiContract({ summary: 'One meeting', params: P, response: MeetingViewSchema })
  get(@Param('id', idPipe) id: string): Promise<MeetingView> {
    return this.meetings.get(id);
  }

  @Put(':id/rules')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Adopt rules-of-procedure values (before the meeting opens)',
    params: P,
    body: UpdateRulesBodySchema,
    response: MeetingViewSchema,
    roles: ['secretariat'],
  })
  rules(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(UpdateRulesBodySchema)) body: RulesOfProcedure,
  ): Promise<MeetingView> {
    return this.meetings.updateRules(id, body);
  }

  @Post(':id/agenda')
  @Roles('secretariat', 'president')
  @ApiContract({
    summary: 'Add an agenda item at the end',
    params: P,
    body: AddAgendaItemBodySchema,
    response: MeetingViewSchema,
    status: 201,
    roles: ['secretariat', 'president'],
  })
  addAgendaItem(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(AddAgendaItemBodySchema)) body: { title: string },
  ): Promise<MeetingView> {
    return this.meetings.addAgendaItem(id, body.title);
  }

  @Post(':id/status')
  @Roles('president')
  @ApiContract({
    summary: 'Open, suspend, resume or close the meeting',
    params: P,
    body: MeetingTransitionBodySchema,
    response: MeetingViewSchema,
    status: 201,
    roles: ['president'],
  })
  transition(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(MeetingTransitionBodySchema)) body: z.infer<typeof MeetingTransitionBodySchema>,
  ): Promise<MeetingView> {
    return this.meetings.transition(id, body.action);
  }

  @Get(':id/quorum')
  @ApiContract({
    summary: 'Live quorum: States Parties on the day, participants, present, opening and decision quorum',
    params: P,
    response: QuorumViewSchema,
  })
  quorum(@Param('id', idPipe) id: string): Promise<QuorumView> {
    return this.meetings.quorum(id);
  }
}
