import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import { Access, ALL_USERS, Public } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { AuthService } from './auth.service.js';
import { LoginDto, MeDto, RefreshDto, TokenPairDto } from './dto/auth.dto.js';

@ApiTags('Auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @RouteConfig({ rateLimit: 'login' })
  @ApiOp('Sign in with username and password', {
    isPublic: true,
    errors: [401, 429],
    description: 'Returns a short-lived access token and a single-use refresh token. Rate-limited per client; repeated failures lock the account (429 with Retry-After).',
  })
  @ApiOkResponse({ type: TokenPairDto })
  login(@Body() dto: LoginDto): Promise<TokenPairDto> {
    return this.auth.login(dto.username, dto.password);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @RouteConfig({ rateLimit: 'login' })
  @ApiOp('Exchange a refresh token for a new token pair', {
    isPublic: true,
    errors: [401, 429],
    description: 'The refresh token rotates: each one works once. Presenting a spent token revokes its whole family (every session of that sign-in).',
  })
  @ApiOkResponse({ type: TokenPairDto })
  refreshToken(@Body() dto: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiOp('Sign out: revoke the refresh token and its family', { isPublic: true })
  @ApiNoContentResponse({ description: 'Signed out' })
  logout(@Body() dto: RefreshDto): Promise<void> {
    return this.auth.logout(dto.refreshToken);
  }

  @Get('me')
  @Access(ALL_USERS, ['org:read', 'employees:read', 'positions:read', 'reference:read', 'needs:read', 'audit:read'])
  @ApiOp('Who am I: user or API key, role, unit scope')
  @ApiOkResponse({ type: MeDto })
  getMe(@CurrentPrincipal() p: Principal): Promise<MeDto> {
    return this.auth.me(p);
  }
}
