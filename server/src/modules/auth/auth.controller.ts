import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CodeSignInBodySchema,
  LoginBodySchema,
  PrincipalSchema,
  SessionResponseSchema,
  type CodeSignInBody,
  type LoginBody,
  type Principal,
  type SessionResponse,
} from '@plenary/shared';
import type { Request, Response } from 'express';
import { DomainException } from '../../common/domain.exception';
import { ZodPipe } from '../../common/zod.pipe';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { SignInCodeService } from '../delegation/sign-in-code.service';
import { CurrentPrincipal, SESSION_COOKIE, tokenFrom } from './auth.guard';
import { AuthService } from './auth.service';

export function setSessionCookie(res: Response, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', expires: expiresAt, path: '/' });
}

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly codes: SignInCodeService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @ApiContract({
    summary: 'Sign in as secretariat or President with a password',
    body: LoginBodySchema,
    response: SessionResponseSchema,
  })
  async login(
    @Body(new ZodPipe(LoginBodySchema)) body: LoginBody,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    const s = await this.auth.login(body.username, body.password);
    setSessionCookie(res, s.token, s.expiresAt);
    return { token: s.token, principal: s.principal, expiresAt: s.expiresAt.toISOString() };
  }

  @Post('code')
  @HttpCode(200)
  @ApiContract({
    summary: 'Sign in as a delegation with the code the secretariat issued',
    body: CodeSignInBodySchema,
    response: SessionResponseSchema,
  })
  async code(
    @Body(new ZodPipe(CodeSignInBodySchema)) body: CodeSignInBody,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    const s = await this.codes.signIn(body.code);
    setSessionCookie(res, s.token, s.expiresAt);
    return { token: s.token, principal: s.principal, expiresAt: s.expiresAt.toISOString() };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiContract({ summary: 'End this session' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = tokenFrom(req.headers);
    if (token) await this.auth.logout(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @ApiContract({ summary: 'Who this session is', response: PrincipalSchema })
  me(@CurrentPrincipal() principal: Principal | null): Principal {
    if (!principal) throw new DomainException('UNAUTHENTICATED', 'Not signed in');
    return principal;
  }
}
