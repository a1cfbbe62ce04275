import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { AuditService } from './audit.service.js';
import { AuditEventDto, ListAuditEventsQueryDto } from './dto/audit.dto.js';

const AuditEventPage = PageOf(AuditEventDto, 'AuditEventPage');

/** Read-only: no route changes or deletes audit events (and the table refuses it too). */
@ApiTags('Audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Access(['admin', 'planner', 'leader'], ['audit:read'])
  @ApiOp('List audit events (filter by entity, actor, action, time); newest first')
  @ApiOkResponse({ type: AuditEventPage })
  listAuditEvents(@CurrentPrincipal() p: Principal, @Query() q: ListAuditEventsQueryDto) {
    return this.audit.list(p, q);
  }
}
