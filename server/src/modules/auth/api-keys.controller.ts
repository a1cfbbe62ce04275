import { Body, Controller, Delete, Get, Post, Query } from '@nestjs/common';
import { UuidParam } from '../../common/params.js';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto, ListApiKeysQueryDto } from './dto/api-key.dto.js';

const ApiKeyPage = PageOf(ApiKeyDto, 'ApiKeyPage');

@ApiTags('API keys')
@Controller('api-keys')
@Access(['admin'])
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOp('List API keys (never their secrets)')
  @ApiOkResponse({ type: ApiKeyPage })
  listApiKeys(@Query() q: ListApiKeysQueryDto) {
    return this.keys.list(q);
  }

  @Post()
  @ApiOp('Create an API key; the secret is returned once', { errors: [409] })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  createApiKey(@Body() dto: CreateApiKeyDto, @CurrentPrincipal() p: Principal) {
    return this.keys.create(dto, p);
  }

  @Delete(':id')
  @ApiOp('Revoke an API key', { errors: [404] })
  @ApiOkResponse({ type: ApiKeyDto })
  revokeApiKey(@UuidParam() id: string) {
    return this.keys.revoke(id);
  }
}
