import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ACCESS_KEY, AccessRule, PUBLIC_KEY } from '../../common/access.decorator.js';
import { Principal } from '../../common/principal.js';
import { ForbiddenError, UnauthorizedError } from '../../common/problem.js';
import { currentContext } from '../../common/request-context.js';

/**
 * The one global guard: authenticates with a bearer JWT or an API key (passport strategies),
 * then checks the route's @Access rule. A route without @Access or @Public is closed to everyone.
 */
@Injectable()
export class GlobalAuthGuard extends AuthGuard(['jwt', 'api-key']) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    await super.canActivate(context);
    const req = context.switchToHttp().getRequest<{ user: Principal }>();
    const principal = req.user;
    const ctx = currentContext();
    if (ctx) ctx.principal = principal;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, targets);
    if (!rule) throw new ForbiddenError('This route declares no access rule.');
    if (principal.kind === 'api_key') {
      if (!rule.scopes?.some((s) => principal.scopes.includes(s))) {
        throw new ForbiddenError(`This API key lacks the scope this route needs (${(rule.scopes ?? []).join(' or ') || 'none grants it'}).`, 'INSUFFICIENT_SCOPE');
      }
      return true;
    }
    if (!rule.roles.includes(principal.role)) throw new ForbiddenError(`The role ${principal.role} may not do this.`);
    return true;
  }

  override handleRequest<TUser = Principal>(err: unknown, user: TUser | false, info: unknown): TUser {
    if (err) throw err instanceof Error ? err : new UnauthorizedError();
    if (!user) {
      const infos = Array.isArray(info) ? info : [info];
      const expired = infos.some((i) => (i as Error | undefined)?.name === 'TokenExpiredError');
      if (expired) throw new UnauthorizedError('The access token has expired; refresh it.', 'TOKEN_EXPIRED');
      throw new UnauthorizedError();
    }
    return user;
  }
}
