import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type Principal,
  RecordCorrectionBodySchema,
  RecordEntrySchema,
  RecordHeadSchema,
  UuidSchema,
  IdSchema,
  type RecordEntry,
  type RecordHead,
} from '@plenary/shared';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { CurrentPrincipal } from '../auth/auth.guard';
import { Roles } from '../auth/roles.decorator';
import { RecordService } from './record.service';

const RecordQuerySchema = z.object({ kind: z.string().min(1).max(40).optional() });

@ApiTags('record')
@Controller('api/meetings/:meetingId/record')
export class RecordController {
  constructor(private readonly record: RecordService) {}

  @Get()
  @ApiContract({
    summary: 'The append-only record of a meeting',
    params: { meetingId: 'meeting id' },
    query: RecordQuerySchema,
    response: z.array(RecordEntrySchema),
  })
  list(
    @Param('meetingId', new ZodPipe(UuidSchema, 'param')) meetingId: string,
    @Query(new ZodPipe(RecordQuerySchema, 'query')) q: z.infer<typeof RecordQuerySchema>,
  ): Promise<RecordEntry[]> {
    return this.record.list(meetingId, q.kind);
  }

  @Get('head')
  @ApiContract({
    summary: "The head of the meeting's hash-chained record: its last entry's number and hash",
    params: { meetingId: 'meeting id' },
    response: RecordHeadSchema,
  })
  head(@Param('meetingId', new ZodPipe(UuidSchema, 'param')) meetingId: string): Promise<RecordHead> {
    return this.record.head(meetingId);
  }

  @Post(':entryId/corrections')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Append a correction referencing an entry',
    params: { meetingId: 'meeting id', entryId: 'entry id' },
    body: RecordCorrectionBodySchema,
    response: RecordEntrySchema,
    status: 201,
    roles: ['secretariat'],
  })
  correct(
    @Param('meetingId', new ZodPipe(UuidSchema, 'param')) meetingId: string,
    @Param('entryId', new ZodPipe(IdSchema, 'param')) entryId: number,
    @Body(new ZodPipe(RecordCorrectionBodySchema)) body: z.infer<typeof RecordCorrectionBodySchema>,
    @CurrentPrincipal() who: Principal,
  ): Promise<RecordEntry> {
    return this.record.correct(meetingId, entryId, body.text, who.displayName);
  }
}
