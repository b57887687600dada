import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateElectionBodySchema,
  ElectionCastBodySchema,
  ElectionCastResultSchema,
  ElectionViewSchema,
  OpenRoundBodySchema,
  UuidSchema,
  WithdrawCandidateBodySchema,
  type CreateElectionBody,
  type ElectionCastResult,
  type ElectionView,
  type Principal,
} from '@plenary/shared';
import type { Request } from 'express';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { CurrentPrincipal, tokenFrom } from '../auth/auth.guard';
import { hashToken } from '../auth/auth.service';
import { Roles } from '../auth/roles.decorator';
import { ElectionCastService } from './election-cast.service';
import { ElectionService } from './election.service';

const id = new ZodPipe(UuidSchema, 'param');

@ApiTags('elections')
@Controller('api')
export class ElectionController {
  constructor(
    private readonly elections: ElectionService,
    private readonly casts: ElectionCastService,
  ) {}

  @Get('meetings/:meetingId/elections')
  @ApiContract({
    summary: 'Elections of a meeting, each with its rounds, their arithmetic and who is elected',
    params: { meetingId: 'meeting id' },
    response: z.array(ElectionViewSchema),
  })
  list(@Param('meetingId', id) meetingId: string): Promise<ElectionView[]> {
    return this.elections.list(meetingId);
  }

  @Post('meetings/:meetingId/elections')
  @Roles('president')
  @ApiContract({
    summary:
      'Put an election: places, candidates (States Parties on the day), the office the elected take up',
    params: { meetingId: 'meeting id' },
    body: CreateElectionBodySchema,
    response: ElectionViewSchema,
    status: 201,
    roles: ['president'],
  })
  create(
    @Param('meetingId', id) meetingId: string,
    @Body(new ZodPipe(CreateElectionBodySchema)) body: CreateElectionBody,
  ): Promise<ElectionView> {
    return this.elections.create(meetingId, body);
  }

  @Get('elections/:electionId')
  @ApiContract({
    summary:
      'An election: rounds with per-candidate votes, valid, invalid, blank, required majority; lots and seeds',
    params: { electionId: 'election id' },
    response: ElectionViewSchema,
  })
  get(@Param('electionId', id) electionId: string): Promise<ElectionView> {
    return this.elections.view(electionId);
  }

  @Post('elections/:electionId/rounds')
  @HttpCode(201)
  @Roles('president')
  @ApiContract({
    summary: 'Open the ballot the rules call for (confirm its number); eligible States are fixed now',
    params: { electionId: 'election id' },
    body: OpenRoundBodySchema,
    response: ElectionViewSchema,
    status: 201,
    roles: ['president'],
  })
  open(
    @Param('electionId', id) electionId: string,
    @Body(new ZodPipe(OpenRoundBodySchema)) body: z.infer<typeof OpenRoundBodySchema>,
  ): Promise<ElectionView> {
    return this.elections.openRound(electionId, body.round);
  }

  @Post('elections/:electionId/count')
  @HttpCode(200)
  @Roles('president')
  @ApiContract({
    summary: 'Close the open ballot and count it (every acknowledged ballot counted once)',
    params: { electionId: 'election id' },
    response: ElectionViewSchema,
    roles: ['president'],
  })
  count(@Param('electionId', id) electionId: string): Promise<ElectionView> {
    return this.elections.closeRound(electionId);
  }

  @Post('elections/:electionId/lot')
  @HttpCode(200)
  @Roles('president')
  @ApiContract({
    summary: 'Draw the lot the rules call for; the seed is recorded, so anyone can reproduce it',
    params: { electionId: 'election id' },
    response: ElectionViewSchema,
    roles: ['president'],
  })
  lot(@Param('electionId', id) electionId: string): Promise<ElectionView> {
    return this.elections.drawLot(electionId);
  }

  @Post('elections/:electionId/withdrawals')
  @HttpCode(200)
  @Roles('president')
  @ApiContract({
    summary: 'A candidate withdraws between ballots; the next ballot’s list is recomputed',
    params: { electionId: 'election id' },
    body: WithdrawCandidateBodySchema,
    response: ElectionViewSchema,
    roles: ['president'],
  })
  withdraw(
    @Param('electionId', id) electionId: string,
    @Body(new ZodPipe(WithdrawCandidateBodySchema)) body: z.infer<typeof WithdrawCandidateBodySchema>,
  ): Promise<ElectionView> {
    return this.elections.withdraw(electionId, body.candidateId);
  }

  @Post('elections/:electionId/acclamation')
  @HttpCode(200)
  @Roles('president')
  @ApiContract({
    summary: 'The meeting agreed: elect the standing candidates by acclamation (they equal the places left)',
    params: { electionId: 'election id' },
    response: ElectionViewSchema,
    roles: ['president'],
  })
  acclaim(@Param('electionId', id) electionId: string): Promise<ElectionView> {
    return this.elections.acclaim(electionId);
  }

  @Post('elections/:electionId/ballots')
  @HttpCode(200)
  @Roles('delegation', 'observer')
  @ApiContract({
    summary:
      'Cast your delegation’s secret ballot in the open round (idempotent per opId); answered after commit',
    params: { electionId: 'election id' },
    body: ElectionCastBodySchema,
    response: ElectionCastResultSchema,
    roles: ['delegation'],
  })
  cast(
    @Param('electionId', id) electionId: string,
    @Body(new ZodPipe(ElectionCastBodySchema)) body: z.infer<typeof ElectionCastBodySchema>,
    @CurrentPrincipal() who: Principal,
    @Req() req: Request,
  ): Promise<ElectionCastResult> {
    const token = tokenFrom(req.headers);
    return this.casts.cast(
      { principal: who, tokenHash: token ? hashToken(token) : null },
      { electionId, round: body.round, marks: body.marks, opId: body.opId },
    );
  }
}
