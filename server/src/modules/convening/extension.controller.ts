import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ClearanceDeadlineViewSchema,
  CreateExtensionRequestBodySchema,
  CreateReviewConferenceBodySchema,
  ExtensionDecisionBodySchema,
  ExtensionRequestViewSchema,
  Iso3Schema,
  MeetingViewSchema,
  ReviewConferenceTimingSchema,
  UuidSchema,
  type ClearanceDeadlineView,
  type CreateExtensionRequestBody,
  type CreateReviewConferenceBody,
  type ExtensionDecisionBody,
  type ExtensionRequestView,
  type MeetingView,
  type ReviewConferenceTiming,
} from '@plenary/shared';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { Roles } from '../auth/roles.decorator';
import { ExtensionService } from './extension.service';
import { ReviewConferenceService } from './review-conference.service';

const idPipe = new ZodPipe(UuidSchema, 'param');
const S = ['secretariat'];

@ApiTags('convening: Articles 5 and 12')
@Controller('api/convening')
export class ExtensionController {
  constructor(
    private readonly extensions: ExtensionService,
    private readonly reviews: ReviewConferenceService,
  ) {}

  @Get('extension-requests')
  @ApiContract({
    summary: 'Article 5 extension requests, newest first',
    response: z.array(ExtensionRequestViewSchema),
  })
  list(): Promise<ExtensionRequestView[]> {
    return this.extensions.list();
  }

  @Post('extension-requests')
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Record an extension request (at most ten years, Art. 5.3); it goes on the agenda of the next MSP or Review Conference',
    body: CreateExtensionRequestBodySchema,
    response: ExtensionRequestViewSchema,
    status: 201,
    roles: S,
  })
  create(
    @Body(new ZodPipe(CreateExtensionRequestBodySchema)) body: CreateExtensionRequestBody,
  ): Promise<ExtensionRequestView> {
    return this.extensions.create(body);
  }

  @Get('extension-requests/:id')
  @ApiContract({
    summary: 'One extension request',
    params: { id: 'request id' },
    response: ExtensionRequestViewSchema,
  })
  get(@Param('id', idPipe) id: string): Promise<ExtensionRequestView> {
    return this.extensions.get(id);
  }

  @Post('extension-requests/:id/decision')
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Record the decision (from the decided question, or adopted true/false); a grant updates the clearance deadline',
    params: { id: 'request id' },
    body: ExtensionDecisionBodySchema,
    response: ExtensionRequestViewSchema,
    status: 201,
    roles: S,
  })
  decide(
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(ExtensionDecisionBodySchema)) body: ExtensionDecisionBody,
  ): Promise<ExtensionRequestView> {
    return this.extensions.decide(id, body);
  }

  @Get('clearance-deadlines/:iso3')
  @ApiContract({
    summary: 'A State’s Article 5 clearance deadline as last extended, with days remaining',
    params: { iso3: 'ISO 3166-1 alpha-3' },
    response: ClearanceDeadlineViewSchema,
  })
  deadline(@Param('iso3', new ZodPipe(Iso3Schema, 'param')) iso3: string): Promise<ClearanceDeadlineView> {
    return this.extensions.clearanceDeadline(iso3);
  }

  @Get('review-conferences/earliest')
  @ApiContract({
    summary: 'The earliest date the next Review Conference may begin (Art. 12.1)',
    response: ReviewConferenceTimingSchema,
  })
  earliest(): Promise<ReviewConferenceTiming> {
    return this.reviews.timing();
  }

  @Post('review-conferences')
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Schedule a Review Conference on request; an earlier date than five years after the previous one is refused',
    body: CreateReviewConferenceBodySchema,
    response: MeetingViewSchema,
    status: 201,
    roles: S,
  })
  review(
    @Body(new ZodPipe(CreateReviewConferenceBodySchema)) body: CreateReviewConferenceBody,
  ): Promise<MeetingView> {
    return this.reviews.create(body);
  }
}
