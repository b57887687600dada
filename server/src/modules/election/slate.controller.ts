import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ProposeSlateBodySchema,
  SlateViewSchema,
  UuidSchema,
  type ProposeSlateBody,
  type SlateView,
} from '@plenary/shared';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { Roles } from '../auth/roles.decorator';
import { SlateService } from './slate.service';

const id = new ZodPipe(UuidSchema, 'param');

@ApiTags('officeholders')
@Controller('api')
export class SlateController {
  constructor(private readonly slates: SlateService) {}

  @Get('meetings/:meetingId/slates')
  @ApiContract({
    summary: "The President's proposed slates of officeholders, each with its review and status",
    params: { meetingId: 'meeting id' },
    response: z.array(SlateViewSchema),
  })
  list(@Param('meetingId', id) meetingId: string): Promise<SlateView[]> {
    return this.slates.list(meetingId);
  }

  @Post('meetings/:meetingId/slates')
  @Roles('president')
  @ApiContract({
    summary:
      'Propose the slate of officeholders: reviewed (regional balance, mix, warnings), put to the meeting as a question; on adoption its terms start on the date decided',
    params: { meetingId: 'meeting id' },
    body: ProposeSlateBodySchema,
    response: SlateViewSchema,
    status: 201,
    roles: ['president'],
  })
  propose(
    @Param('meetingId', id) meetingId: string,
    @Body(new ZodPipe(ProposeSlateBodySchema)) body: ProposeSlateBody,
  ): Promise<SlateView> {
    return this.slates.propose(meetingId, body);
  }

  @Get('slates/:slateId')
  @ApiContract({
    summary: 'A proposed slate: its terms, review and status',
    params: { slateId: 'slate id' },
    response: SlateViewSchema,
  })
  get(@Param('slateId', id) slateId: string): Promise<SlateView> {
    return this.slates.view(slateId);
  }
}
