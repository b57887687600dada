import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  IdSchema,
  IntendedVoteBodySchema,
  OfficialRecordQuerySchema,
  OfficialRecordSchema,
  RecordCsvQuerySchema,
  RecordEntrySchema,
  UuidSchema,
  type IntendedVoteBody,
  type OfficialRecord,
  type OfficialRecordQuery,
  type Principal,
  type RecordCsvQuery,
  type RecordEntry,
} from '@plenary/shared';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { CurrentPrincipal } from '../auth/auth.guard';
import { Roles } from '../auth/roles.decorator';
import { recordVotesCsv } from './record-csv';
import { recordDocx } from './record-docx';
import { RecordOfficialService } from './record-official.service';
import { RecordPdfService } from './record-pdf.service';
import { RecordService } from './record.service';

const file = (record: OfficialRecord, ext: string) =>
  `record-${record.meeting.code}-${record.language}.${ext}`;
const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]+/g, '-')}"`;

/**
 * The official record (DOMAIN.md §6) and its exports, public like the record itself; `?lang=` is
 * one of the six languages (English by default). Intended-vote notes are the secretariat's.
 */
@ApiTags('record')
@Controller('api/meetings/:meetingId/record')
export class RecordExportController {
  constructor(
    private readonly official: RecordOfficialService,
    private readonly pdfs: RecordPdfService,
    private readonly record: RecordService,
  ) {}

  @Get('official')
  @ApiContract({
    summary: 'The official record: decisions in UN form, with corrections, intended votes and the chain head',
    params: { meetingId: 'meeting id' },
    query: OfficialRecordQuerySchema,
    response: OfficialRecordSchema,
  })
  view(
    @Param('meetingId', new ZodPipe(UuidSchema, 'param')) meetingId: string,
    @Query(new ZodPipe(OfficialRecordQuerySchema, 'query')) q: OfficialRecordQuery,
  ): Promise<OfficialRecord> {
    return this.official.official(meetingId, q.lang);
  }

  @Get('export/json')
  @ApiContract({
    summary:
      'The official record as a JSON file (facts, language-free messages and the text in one language)',
    params: { meetingId: 'meeting id' },
    query: OfficialRecordQuerySchema,
    response: OfficialRecordSchema,
  })
  async json(
    @Param('meetingId', new ZodPipe(UuidSchema, 'param')) meetingId: string,
    @Query(new ZodPipe(OfficialRecordQuerySchema, 'query')) q: OfficialRecordQuery,
  ): Promise<StreamableFile> {
    const record = await this.official.official(meetingId, q.lang);
    return new StreamableFile(Buffer.from(`${JSON.stringify(record, null, 2)}\n`), {
      type: 'application/json; charset=utf-8',
      disposition: attachment(file(record, 'json')),
    });
  }

  @Get('export/csv')
  @ApiProduces('text/csv')
  @ApiContract({
    summary:
      'Votes as CSV, one row per State per vote (Y, N, A or blank); secret ballots without per-State rows',
    params: { meetingId: 'meeting id' },
    query: RecordCsvQuerySchema,
  })
  async csv(
    @Param('meetingId', new ZodPipe(UuidSchema, 'param')) meetingId: string,
    @Query(new ZodPipe(RecordCsvQuerySchema, 'query')) q: RecordCsvQuery,
  ): Promise<StreamableFile> {
    const record = await this.official.official(meetingId, q.lang);
    const name = q.vote ? `votes-${record.meeting.code}-${q.vote.slice(0, 8)}.csv` : file(record, 'csv');
    return new StreamableFile(Buffer.from(recordVotesCsv(record, q.vote)), {
      type: 'text/csv; charset=utf-8',
      disposition: attachment(name),
    });
  }

  @Get('export/docx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiContract({
    summary: 'The official record as a Word document for the secretariat to edit',
    params: { meetingId: 'meeting id' },
    query: OfficialRecordQuerySchema,
  })
  async docx(
    @Param('meetingId', new ZodPipe(UuidSchema, 'param')) meetingId: string,
    @Query(new ZodPipe(OfficialRecordQuerySchema, 'query')) q: OfficialRecordQuery,
  ): Promise<StreamableFile> {
    const record = await this.official.official(meetingId, q.lang);
    return new StreamableFile(await recordDocx(record), {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      disposition: attachment(file(record, 'docx')),
    });
  }

  @Get('export/pdf')
  @ApiProduces('application/pdf')
  @ApiContract({
    summary:
      'The official record as PDF, printed from the print view by headless Chromium (503 PDF_UNAVAILABLE without one)',
    params: { meetingId: 'meeting id' },
    query: OfficialRecordQuerySchema,
  })
  async pdf(
    @Param('meetingId', new ZodPipe(UuidSchema, 'param')) meetingId: string,
    @Query(new ZodPipe(OfficialRecordQuerySchema, 'query')) q: OfficialRecordQuery,
  ): Promise<StreamableFile> {
    const record = await this.official.official(meetingId, q.lang);
    const pdf = await this.pdfs.pdf(meetingId, q.lang, record.head.hash);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: attachment(file(record, 'pdf')) });
  }

  @Post(':entryId/intended-votes')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Note the vote a State says it intended, beside the vote it cast; the result stands',
    params: { meetingId: 'meeting id', entryId: 'entry id of the recorded vote' },
    body: IntendedVoteBodySchema,
    response: RecordEntrySchema,
    status: 201,
    roles: ['secretariat'],
  })
  intendedVote(
    @Param('meetingId', new ZodPipe(UuidSchema, 'param')) meetingId: string,
    @Param('entryId', new ZodPipe(IdSchema, 'param')) entryId: number,
    @Body(new ZodPipe(IntendedVoteBodySchema)) body: IntendedVoteBody,
    @CurrentPrincipal() who: Principal,
  ): Promise<RecordEntry> {
    return this.record.noteIntendedVote(meetingId, entryId, body, who.displayName);
  }
}
