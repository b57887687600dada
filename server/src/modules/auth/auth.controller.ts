import { Body, Controller, Get, HttpCode, Inject, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CodeSignInBodySchema,
  LinkSignInBodySchema,
  LoginBodySchema,
  PrincipalSchema,
  SessionLanguageBodySchema,
  SessionLanguageResponseSchema,
  SessionResponseSchema,
  type CodeSignInBody,
  type SessionLanguageBody,
  type SessionLanguageResponse,
  type LinkSignInBody,
  type LoginBody,
  type Principal,
  type SessionResponse,
} from '@plenary/shared';
import type { Request, Response } from 'express';
import { DomainException } from '../../common/domain.exception';
import { ZodPipe } from '../../common/zod.pipe';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { ApiContract } from '../../openapi/api-contract.decorator';
import { SignInCodeService } from '../delegation/sign-in-code.service';
import { CurrentPrincipal, SESSION_COOKIE, tokenFrom } from './auth.guard';
import { AuthService, type OpenedSession } from './auth.service';
import { Roles } from './roles.decorator';
import { SignInLimited } from './sign-in-throttle';

/**
 * The session token goes to the browser only as an HttpOnly, SameSite=Strict cookie: no script
 * can read it. `Secure` when the public address is https or the request came over https through
 * a trusted proxy.
 */
export function setSessionCookie(res: Response, req: Request, config: AppConfig, s: OpenedSession): void {
  res.cookie(SESSION_COOKIE, s.token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookie(req, config),
    expires: s.expiresAt,
    path: '/',
  });
}

export const secureCookie = (req: Request, config: AppConfig): boolean =>
  req.secure || (config.PUBLIC_URL?.startsWith('https:') ?? false);

const RATE_LIMITED = 'Too many attempts: 429 with Retry-After (seconds)';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly codes: SignInCodeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private answer(req: Request, res: Response, s: OpenedSession): SessionResponse {
    setSessionCookie(res, req, this.config, s);
    return { principal: s.principal, expiresAt: s.expiresAt.toISOString() };
  }

  @Post('login')
  @HttpCode(200)
  @SignInLimited('password')
  @ApiContract({
    summary: `Sign in as secretariat or President with a password (sets the session cookie). ${RATE_LIMITED}`,
    body: LoginBodySchema,
    response: SessionResponseSchema,
  })
  async login(
    @Body(new ZodPipe(LoginBodySchema)) body: LoginBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    return this.answer(req, res, await this.auth.login(body.username, body.password));
  }

  @Post('code')
  @HttpCode(200)
  @SignInLimited('code')
  @ApiContract({
    summary: `Sign in as a delegation with the code the secretariat issued (sets the session cookie). ${RATE_LIMITED}`,
    body: CodeSignInBodySchema,
    response: SessionResponseSchema,
  })
  async code(
    @Body(new ZodPipe(CodeSignInBodySchema)) body: CodeSignInBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    return this.answer(req, res, await this.codes.signIn(body.code));
  }

  @Post('link')
  @HttpCode(200)
  @SignInLimited('link')
  @ApiContract({
    summary: `Exchange a one-time sign-in link for a session, once (410 when used or expired). ${RATE_LIMITED}`,
    body: LinkSignInBodySchema,
    response: SessionResponseSchema,
  })
  async link(
    @Body(new ZodPipe(LinkSignInBodySchema)) body: LinkSignInBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    return this.answer(req, res, await this.auth.useLink(body.token));
  }

  @Post('logout')
  @HttpCode(204)
  @ApiContract({ summary: 'End this session (its open sockets are disconnected) and clear the cookie' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = tokenFrom(req.headers);
    if (token) await this.auth.logout(token);
    res.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: secureCookie(req, this.config),
    });
  }

  @Put('language')
  @Roles('secretariat', 'president', 'delegation', 'observer')
  @ApiContract({
    summary:
      'Keep the language this account or delegation reads in, for its other devices (an unknown language is kept and shown as English)',
    body: SessionLanguageBodySchema,
    response: SessionLanguageResponseSchema,
    roles: ['secretariat', 'president', 'delegation', 'observer'],
  })
  language(
    @Body(new ZodPipe(SessionLanguageBodySchema)) body: SessionLanguageBody,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<SessionLanguageResponse> {
    if (!principal) throw new DomainException('UNAUTHENTICATED', 'Not signed in');
    return this.auth.setLanguage(principal, body.language);
  }

  @Get('me')
  @ApiContract({ summary: 'Who this session is', response: PrincipalSchema })
  me(@CurrentPrincipal() principal: Principal | null): Principal {
    if (!principal) throw new DomainException('UNAUTHENTICATED', 'Not signed in');
    return principal;
  }
}
