import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  RollCallAnswerBodySchema,
  RollCallAnswerResultSchema,
  UuidSchema,
  type RollCallAnswerBody,
  type RollCallAnswerResult,
} from '@plenary/shared';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { Roles } from '../auth/roles.decorator';
import { RollCallService } from './roll-call.service';

const id = new ZodPipe(UuidSchema, 'param');

@ApiTags('questions and votes')
@Controller('api')
export class RollCallController {
  constructor(private readonly rollCalls: RollCallService) {}

  @Post('votes/:voteId/roll-call')
  @HttpCode(200)
  @Roles('secretariat', 'president')
  @ApiContract({
    summary:
      'Record the answer of the State called in a roll-call (yes, no, abstain or pass; idempotent per opId; answered after commit)',
    params: { voteId: 'vote id' },
    body: RollCallAnswerBodySchema,
    response: RollCallAnswerResultSchema,
    roles: ['secretariat', 'president'],
  })
  answer(
    @Param('voteId', id) voteId: string,
    @Body(new ZodPipe(RollCallAnswerBodySchema)) body: RollCallAnswerBody,
  ): Promise<RollCallAnswerResult> {
    return this.rollCalls.answer(voteId, body);
  }
}
