import { type CanActivate, type ExecutionContext, Injectable, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal, Role } from '@plenary/shared';
import type { Request } from 'express';
import { DomainException } from '../../common/domain.exception';
import { AuthService } from './auth.service';
import { ROLES_KEY } from './roles.decorator';

export const SESSION_COOKIE = 'plenary_session';

type Headers = { authorization?: string; cookie?: string };

/** A script's (CLI, tests) session token: `Authorization: Bearer …`. Browsers never send one. */
export function bearerFrom(headers: Headers): string | undefined {
  const auth = headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
}

/** A browser's session token: the HttpOnly cookie. */
export function cookieFrom(headers: Headers): string | undefined {
  const cookie = headers.cookie
    ?.split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) return undefined;
  try {
    return decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1));
  } catch {
    return undefined; // a malformed cookie is no session (URIError was a 500)
  }
}

export const tokenFrom = (headers: Headers): string | undefined => bearerFrom(headers) ?? cookieFrom(headers);

type AuthedRequest = Request & { principal?: Principal | null };

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    req.principal = await this.auth.resolve(tokenFrom(req.headers));
    if (!roles || roles.length === 0) return true;
    if (!req.principal) throw new DomainException('UNAUTHENTICATED', 'Sign in first');
    if (!roles.includes(req.principal.role)) {
      throw new DomainException(
        'FORBIDDEN',
        `This needs the role ${roles.join(' or ')}; you are signed in as ${req.principal.role}`,
      );
    }
    return true;
  }
}

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  return ctx.switchToHttp().getRequest<AuthedRequest>().principal ?? null;
});
