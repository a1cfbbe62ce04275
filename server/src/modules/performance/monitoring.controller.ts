import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { sendFile, XLSX_RESPONSE, XLSX_TYPE } from '../../common/files.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { MonitoringDto, MonitoringQueryDto } from './dto/monitoring.dto.js';
import { MonitoringService } from './monitoring.service.js';

const MONITORS = ['admin', 'planner', 'operator', 'leader'] as const;

@ApiTags('Performance')
@Controller()
export class MonitoringController {
  constructor(private readonly service: MonitoringService) {}

  @Get('performance/monitoring')
  @Access([...MONITORS], ['performance:read'])
  @ApiOp('Monitoring board: each person’s realisation against the expected pace, who has not reported this checkpoint, at-risk targets, unit roll-ups', {
    errors: [404, 422],
    description:
      'Scope: your unit subtree (leaders: theirs; city-wide roles: the city), narrowed by `unitId` (404 outside your scope). `on` (default today, WIB) sets the pace day and the checkpoint; for a past day the realised quantities are those of the latest reports (not returned) dated on or before it. ' +
      'A target is at risk when expected − realisedShare > the `performance.monitoring` threshold (calc/pace.ts, computed in SQL). Only approved plans count for the pace. ' +
      'People: at risk first (most behind first), then those not reported this checkpoint, then by name; `atRiskOnly` keeps the at-risk ones. ' +
      'Units: the selected unit (or the city) and its direct children, each rolled up over its subtree.',
  })
  @ApiOkResponse({ type: MonitoringDto })
  getMonitoring(@CurrentPrincipal() p: Principal, @Query() q: MonitoringQueryDto) {
    return this.service.monitoring(p, q);
  }

  @Get('performance/monitoring/export')
  @Access([...MONITORS], ['performance:read'])
  @ApiOp('The monitoring board as XLSX: summary, units and every person (not paged), same filters', { errors: [404, 422] })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The workbook', content: XLSX_RESPONSE })
  async exportMonitoring(@CurrentPrincipal() p: Principal, @Query() q: MonitoringQueryDto, @Res() reply: FastifyReply) {
    sendFile(reply, await this.service.export(p, q));
  }
}
