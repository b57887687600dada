import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AddTermsBodySchema,
  CoordinatingCommitteeViewSchema,
  type CoordinatingCommitteeView,
  OfficeholdersViewSchema,
  OnDateQuerySchema,
  TermViewSchema,
  UuidSchema,
  type AddTermsBody,
  type OfficeholdersView,
  type TermView,
} from '@plenary/shared';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { Roles } from '../auth/roles.decorator';
import { OfficeService } from './office.service';

@ApiTags('officeholders')
@Controller('api')
export class OfficeController {
  constructor(private readonly offices: OfficeService) {}

  @Get('officeholders')
  @ApiContract({
    summary:
      'Officeholders on a date (today by default): President, President-designate, Vice-Presidents, committees and their Chairs',
    query: OnDateQuerySchema,
    response: OfficeholdersViewSchema,
  })
  on(
    @Query(new ZodPipe(OnDateQuerySchema, 'query')) q: z.infer<typeof OnDateQuerySchema>,
  ): Promise<OfficeholdersView> {
    return this.offices.on(q.on);
  }

  @Get('coordinating-committee')
  @ApiContract({
    summary:
      'The Coordinating Committee on a date (today by default): the President in the chair, the President-designate, the committees’ members; the Sponsorship Coordinator and invited organisations as observers',
    query: OnDateQuerySchema,
    response: CoordinatingCommitteeViewSchema,
  })
  coordinating(
    @Query(new ZodPipe(OnDateQuerySchema, 'query')) q: z.infer<typeof OnDateQuerySchema>,
  ): Promise<CoordinatingCommitteeView> {
    return this.offices.coordinating(q.on);
  }

  @Get('office-terms')
  @ApiContract({ summary: 'Every term of office in the register', response: z.array(TermViewSchema) })
  list(): Promise<TermView[]> {
    return this.offices.list();
  }

  @Post('office-terms')
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Enter terms of office (a State Party on the first day; no seat held twice at once; four per committee)',
    body: AddTermsBodySchema,
    response: z.array(TermViewSchema),
    status: 201,
    roles: ['secretariat'],
  })
  add(@Body(new ZodPipe(AddTermsBodySchema)) body: AddTermsBody): Promise<TermView[]> {
    return this.offices.add(body.terms);
  }

  @Delete('office-terms/:id')
  @HttpCode(204)
  @Roles('secretariat')
  @ApiContract({
    summary: 'Remove a term entered in error',
    params: { id: 'term id' },
    status: 204,
    roles: ['secretariat'],
  })
  remove(@Param('id', new ZodPipe(UuidSchema, 'param')) id: string): Promise<void> {
    return this.offices.remove(id);
  }
}
