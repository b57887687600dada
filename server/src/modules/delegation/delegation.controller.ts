import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  BulkRegisterDelegationsBodySchema,
  BulkSignInCodesSchema,
  DelegationViewSchema,
  RegisterDelegationBodySchema,
  SetCredentialsBodySchema,
  SetPresenceBodySchema,
  SignInCodeSchema,
  UuidSchema,
  type BulkRegisterDelegationsBody,
  type BulkSignInCodes,
  type DelegationView,
  type RegisterDelegationBody,
  type SignInCode,
} from '@plenary/shared';
import type { Request } from 'express';
import { z } from 'zod';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { Roles } from '../auth/roles.decorator';
import { DelegationService } from './delegation.service';
import { SignInCodeService } from './sign-in-code.service';

// Whole-object param schemas, so a malformed id is reported under its own name.
const MeetingParams = new ZodPipe(z.object({ meetingId: UuidSchema }), 'param');
const DelegationParams = new ZodPipe(z.object({ id: UuidSchema }), 'param');
// The bulk body is optional: no body means the defaults.
const BulkBody = new ZodPipe(z.preprocess((v) => v ?? {}, BulkRegisterDelegationsBodySchema));
const M = { meetingId: 'meeting id' };
const D = { id: 'delegation id' };
const SECRETARIAT = ['secretariat'];

@ApiTags('delegations')
@Controller('api')
export class DelegationController {
  constructor(
    private readonly delegations: DelegationService,
    private readonly codes: SignInCodeService,
  ) {}

  @Get('meetings/:meetingId/delegations')
  @ApiContract({
    summary:
      'Delegations registered for a meeting, by name, with party status and standing on the meeting day',
    params: M,
    response: z.array(DelegationViewSchema),
  })
  list(@Param(MeetingParams) p: { meetingId: string }): Promise<DelegationView[]> {
    return this.delegations.list(p.meetingId);
  }

  @Post('meetings/:meetingId/delegations')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Register the delegation of a State (party or not) or an observer organisation',
    params: M,
    body: RegisterDelegationBodySchema,
    response: DelegationViewSchema,
    status: 201,
    roles: SECRETARIAT,
  })
  register(
    @Param(MeetingParams) p: { meetingId: string },
    @Body(new ZodPipe(RegisterDelegationBodySchema)) body: RegisterDelegationBody,
  ): Promise<DelegationView> {
    return this.delegations.register(p.meetingId, body);
  }

  @Post('meetings/:meetingId/delegations/bulk')
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Register every State Party on the meeting day that has no delegation yet; answers all the meeting’s delegations',
    params: M,
    body: BulkRegisterDelegationsBodySchema,
    response: z.array(DelegationViewSchema),
    status: 201,
    roles: SECRETARIAT,
  })
  bulk(
    @Param(MeetingParams) p: { meetingId: string },
    @Body(BulkBody) body: BulkRegisterDelegationsBody,
  ): Promise<DelegationView[]> {
    return this.delegations.registerAllParties(p.meetingId, body.credentials);
  }

  @Put('delegations/:id/credentials')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Accept credentials, seat provisionally, or withdraw acceptance (States Parties only)',
    params: D,
    body: SetCredentialsBodySchema,
    response: DelegationViewSchema,
    roles: SECRETARIAT,
  })
  credentials(
    @Param(DelegationParams) p: { id: string },
    @Body(new ZodPipe(SetCredentialsBodySchema)) body: z.infer<typeof SetCredentialsBodySchema>,
  ): Promise<DelegationView> {
    return this.delegations.setCredentials(p.id, body.credentials);
  }

  @Put('delegations/:id/presence')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Check a delegation in or out of the meeting room',
    params: D,
    body: SetPresenceBodySchema,
    response: DelegationViewSchema,
    roles: SECRETARIAT,
  })
  presence(
    @Param(DelegationParams) p: { id: string },
    @Body(new ZodPipe(SetPresenceBodySchema)) body: z.infer<typeof SetPresenceBodySchema>,
  ): Promise<DelegationView> {
    return this.delegations.setPresence(p.id, body.present);
  }

  @Post('delegations/:id/sign-in-code')
  @Roles('secretariat')
  @ApiContract({
    summary: 'Issue or reissue the delegation’s sign-in code (shown once; earlier sessions end)',
    params: D,
    response: SignInCodeSchema,
    status: 201,
    roles: SECRETARIAT,
  })
  issueCode(@Param(DelegationParams) p: { id: string }, @Req() req: Request): Promise<SignInCode> {
    return this.codes.issue(p.id, `${req.protocol}://${req.get('host')}`);
  }

  @Post('meetings/:meetingId/sign-in-codes')
  @Roles('secretariat')
  @ApiContract({
    summary:
      'Issue a sign-in code to every delegation that has none, in one transaction (shown once, for printed slips); codes in use and ended sign-ins are left as they are',
    params: M,
    response: BulkSignInCodesSchema,
    status: 201,
    roles: SECRETARIAT,
  })
  issueAllCodes(
    @Param(MeetingParams) p: { meetingId: string },
    @Req() req: Request,
  ): Promise<BulkSignInCodes> {
    return this.codes.issueAll(p.meetingId, `${req.protocol}://${req.get('host')}`);
  }

  @Delete('delegations/:id/sign-in-code')
  @HttpCode(200)
  @Roles('secretariat')
  @ApiContract({
    summary: 'Revoke the delegation’s sign-in: its code stops working and its sessions end',
    params: D,
    response: DelegationViewSchema,
    roles: SECRETARIAT,
  })
  revokeCode(@Param(DelegationParams) p: { id: string }): Promise<DelegationView> {
    return this.codes.revoke(p.id);
  }
}
