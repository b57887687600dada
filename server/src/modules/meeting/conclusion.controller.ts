import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ConclusionViewSchema,
  RecordConclusionBodySchema,
  UuidSchema,
  type ConclusionView,
  type RecordConclusionBody,
} from '@plenary/shared';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { Roles } from '../auth/roles.decorator';
import { ConclusionService } from './conclusion.service';

const idPipe = new ZodPipe(UuidSchema, 'param');
const P = { id: 'meeting id' };

@ApiTags('meetings')
@Controller('api/meetings')
export class ConclusionController {
  constructor(private readonly conclusions: ConclusionService) {}

  @Get(':id/conclusions')
  @ApiContract({
    summary:
      "A committee meeting's conclusions and recommendations, in the order recorded (public, like the meeting and its record; empty for other kinds)",
    params: P,
    response: z.array(ConclusionViewSchema),
  })
  list(@Param('id', idPipe) id: string): Promise<ConclusionView[]> {
    return this.conclusions.list(id);
  }

  @Post(':id/conclusions')
  @Roles('secretariat', 'president')
  @ApiContract({
    summary:
      'Record a conclusion or recommendation of an open committee meeting (422 CONCLUSIONS_COMMITTEE_ONLY for another kind, MEETING_NOT_OPEN unless open); appended to the record, and carried once as an agenda item to the next MSP or Review Conference not closed',
    params: P,
    body: RecordConclusionBodySchema,
    response: ConclusionViewSchema,
    status: 201,
    roles: ['secretariat', 'president'],
  })
  add(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(RecordConclusionBodySchema)) body: RecordConclusionBody,
  ): Promise<ConclusionView> {
    return this.conclusions.add(id, body);
  }
}
