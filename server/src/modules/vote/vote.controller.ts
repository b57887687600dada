import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CastBodySchema,
  CastResultSchema,
  CloseVoteBodySchema,
  LiveSnapshotSchema,
  OpenVoteBodySchema,
  PutQuestionBodySchema,
  QuestionViewSchema,
  UuidSchema,
  VoteSnapshotSchema,
  type CastBody,
  type CastResult,
  type LiveSnapshot,
  type Principal,
  type PutQuestionBody,
  type QuestionView,
  type VoteSnapshot,
} from '@plenary/shared';
import type { Request } from 'express';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { CurrentPrincipal, tokenFrom } from '../auth/auth.guard';
import { hashToken } from '../auth/auth.service';
import { Roles } from '../auth/roles.decorator';
import { CastService } from './cast.service';
import { LiveService } from './live.service';
import { QuestionService } from './question.service';
import { VoteService } from './vote.service';

const id = new ZodPipe(UuidSchema, 'param');

@ApiTags('questions and votes')
@Controller('api')
export class VoteController {
  constructor(
    private readonly questionService: QuestionService,
    private readonly voteService: VoteService,
    private readonly castService: CastService,
    private readonly liveService: LiveService,
  ) {}

  @Get('meetings/:meetingId/live')
  @ApiContract({
    summary:
      'Live snapshot: meeting, quorum, current question and vote (fetch on connect, reconnect or a version gap)',
    params: { meetingId: 'meeting id' },
    response: LiveSnapshotSchema,
  })
  live(@Param('meetingId', id) meetingId: string): Promise<LiveSnapshot> {
    return this.liveService.snapshot(meetingId);
  }

  @Get('meetings/:meetingId/questions')
  @ApiContract({
    summary: 'Questions put in a meeting, in order',
    params: { meetingId: 'meeting id' },
    response: z.array(QuestionViewSchema),
  })
  questions(@Param('meetingId', id) meetingId: string): Promise<QuestionView[]> {
    return this.questionService.list(meetingId);
  }

  @Post('meetings/:meetingId/questions')
  @Roles('president')
  @ApiContract({
    summary: 'Put a question; its matter fixes the rule (a lower threshold is refused)',
    params: { meetingId: 'meeting id' },
    body: PutQuestionBodySchema,
    response: QuestionViewSchema,
    status: 201,
    roles: ['president'],
  })
  put(
    @Param('meetingId', id) meetingId: string,
    @Body(new ZodPipe(PutQuestionBodySchema)) body: PutQuestionBody,
  ): Promise<QuestionView> {
    return this.questionService.put(meetingId, body);
  }

  @Post('questions/:questionId/consensus')
  @Roles('president')
  @ApiContract({
    summary: 'Record the question as adopted without a vote',
    params: { questionId: 'question id' },
    response: QuestionViewSchema,
    status: 201,
    roles: ['president'],
  })
  consensus(@Param('questionId', id) questionId: string): Promise<QuestionView> {
    return this.questionService.adoptByConsensus(questionId);
  }

  @Post('questions/:questionId/votes')
  @Roles('president')
  @ApiContract({
    summary: 'Open a vote (needs the decision quorum); eligible States are fixed now',
    params: { questionId: 'question id' },
    body: OpenVoteBodySchema,
    response: VoteSnapshotSchema,
    status: 201,
    roles: ['president'],
  })
  open(
    @Param('questionId', id) questionId: string,
    @Body(new ZodPipe(OpenVoteBodySchema)) body: z.infer<typeof OpenVoteBodySchema>,
  ): Promise<VoteSnapshot> {
    return this.voteService.open(questionId, body.method);
  }

  @Get('votes/:voteId')
  @ApiContract({
    summary: 'A vote with its live tally (secret ballots: counts only after close)',
    params: { voteId: 'vote id' },
    response: VoteSnapshotSchema,
  })
  get(@Param('voteId', id) voteId: string): Promise<VoteSnapshot> {
    return this.voteService.snapshot(voteId);
  }

  @Post('votes/:voteId/ballots')
  @HttpCode(200)
  @Roles('delegation', 'observer')
  @ApiContract({
    summary: 'Cast or change your delegation’s vote (idempotent per opId); answered after commit',
    params: { voteId: 'vote id' },
    body: CastBodySchema,
    response: CastResultSchema,
    roles: ['delegation'],
  })
  cast(
    @Param('voteId', id) voteId: string,
    @Body(new ZodPipe(CastBodySchema)) body: CastBody,
    @CurrentPrincipal() who: Principal,
    @Req() req: Request,
  ): Promise<CastResult> {
    const token = tokenFrom(req.headers);
    return this.castService.cast(
      { principal: who, tokenHash: token ? hashToken(token) : null },
      { voteId, choice: body.choice, opId: body.opId, seq: body.seq },
    );
  }

  @Post('votes/:voteId/close')
  @HttpCode(200)
  @Roles('president')
  @ApiContract({
    summary: 'Close the vote and declare the result with its arithmetic',
    params: { voteId: 'vote id' },
    body: CloseVoteBodySchema,
    response: z.object({ vote: VoteSnapshotSchema, question: QuestionViewSchema }),
    roles: ['president'],
  })
  close(
    @Param('voteId', id) voteId: string,
    @Body(new ZodPipe(CloseVoteBodySchema)) body: z.infer<typeof CloseVoteBodySchema>,
  ): Promise<{ vote: VoteSnapshot; question: QuestionView }> {
    return this.voteService.close(voteId, body.counts);
  }
}
