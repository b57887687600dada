import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  FloorActionBodySchema,
  FloorSettingsSchema,
  FloorViewSchema,
  UuidSchema,
  type FloorActionBody,
  type FloorSettings,
  type FloorView,
  type Principal,
} from '@plenary/shared';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { CurrentPrincipal } from '../auth/auth.guard';
import { Roles } from '../auth/roles.decorator';
import { FloorService } from './floor.service';

const id = new ZodPipe(UuidSchema, 'param');

@ApiTags('floor')
@Controller('api/meetings/:meetingId')
export class FloorController {
  constructor(private readonly floor: FloorService) {}

  @Get('floor')
  @ApiContract({
    summary: 'The floor the meeting last acted on: speaker and clock, queue, rulings, motions, proposals',
    params: { meetingId: 'meeting id' },
    response: FloorViewSchema.nullable(),
  })
  current(@Param('meetingId', id) meetingId: string): Promise<FloorView | null> {
    return this.floor.view(meetingId, null);
  }

  @Get('floor/settings')
  @ApiContract({
    summary: 'The meeting’s floor settings (speaking time, interventions, motion speakers, replies)',
    params: { meetingId: 'meeting id' },
    response: FloorSettingsSchema,
  })
  settings(@Param('meetingId', id) meetingId: string): Promise<FloorSettings> {
    return this.floor.settings(meetingId);
  }

  @Put('floor/settings')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Set the meeting’s floor settings (every number of DOMAIN.md §7; `{}` is the UN model)',
    params: { meetingId: 'meeting id' },
    body: FloorSettingsSchema,
    response: FloorSettingsSchema,
    roles: ['secretariat'],
  })
  updateSettings(
    @Param('meetingId', id) meetingId: string,
    @Body(new ZodPipe(FloorSettingsSchema)) body: FloorSettings,
  ): Promise<FloorSettings> {
    return this.floor.updateSettings(meetingId, body);
  }

  @Get('agenda/:agendaItemId/floor')
  @ApiContract({
    summary: 'The floor of one agenda item (null before its first action)',
    params: { meetingId: 'meeting id', agendaItemId: 'agenda item id' },
    response: FloorViewSchema.nullable(),
  })
  item(
    @Param('meetingId', id) meetingId: string,
    @Param('agendaItemId', id) agendaItemId: string,
  ): Promise<FloorView | null> {
    return this.floor.view(meetingId, agendaItemId);
  }

  @Post('agenda/:agendaItemId/floor')
  @HttpCode(200)
  @Roles('president', 'secretariat')
  @ApiContract({
    summary:
      'An action of the chair on the item’s floor (the secretariat only inscribes speakers); motions, appeals and proposals are put as questions',
    params: { meetingId: 'meeting id', agendaItemId: 'agenda item id' },
    body: FloorActionBodySchema,
    response: FloorViewSchema,
    roles: ['president', 'secretariat'],
  })
  act(
    @Param('meetingId', id) meetingId: string,
    @Param('agendaItemId', id) agendaItemId: string,
    @Body(new ZodPipe(FloorActionBodySchema)) body: FloorActionBody,
    @CurrentPrincipal() who: Principal,
  ): Promise<FloorView> {
    return this.floor.act(who, meetingId, agendaItemId, body);
  }
}
