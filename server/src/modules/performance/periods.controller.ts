import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal, Role } from '../../common/principal.js';
import { CreatePeriodDto, PeriodDto, PeriodQueryDto, UpdatePeriodDto } from './dto/periods.dto.js';
import { PeriodsService } from './periods.service.js';

const PERIOD_READERS: Role[] = ['admin', 'planner', 'operator', 'leader', 'employee', 'panel'];
const PERIOD_MANAGERS: Role[] = ['admin', 'planner'];

@ApiTags('Performance')
@Controller('performance/periods')
export class PeriodsController {
  constructor(private readonly service: PeriodsService) {}

  @Get()
  @Access(PERIOD_READERS, ['performance:read'])
  @ApiOp('List performance periods (newest first) with the checkpoint of today (or `on`)')
  @ApiOkResponse({ type: [PeriodDto] })
  listPerformancePeriods(@Query() q: PeriodQueryDto) {
    return this.service.list(q.on);
  }

  @Post()
  @Access(PERIOD_MANAGERS)
  @ApiOp('Create a performance period (a year with monthly or quarterly checkpoints)', {
    description: 'checkpoints defaults to the reference rule `performance.monitoring` in force on startsOn. 400 names `endsOn` when it is before `startsOn`. Audited.',
  })
  @ApiCreatedResponse({ type: PeriodDto })
  createPerformancePeriod(@CurrentPrincipal() p: Principal, @Body() dto: CreatePeriodDto) {
    return this.service.create(p, dto);
  }

  @Get(':id')
  @Access(PERIOD_READERS, ['performance:read'])
  @ApiOp('Get a performance period', { errors: [404] })
  @ApiOkResponse({ type: PeriodDto })
  getPerformancePeriod(@UuidParam() id: string, @Query() q: PeriodQueryDto) {
    return this.service.get(id, q.on);
  }

  @Patch(':id')
  @Access(PERIOD_MANAGERS)
  @ApiOp('Edit a period (name, dates, checkpoints) or close it', {
    errors: [404, 409],
    description: 'A closed period’s plans no longer change (409 PERIOD_CLOSED). Stale version: 409 STALE_VERSION. Audited.',
  })
  @ApiOkResponse({ type: PeriodDto })
  updatePerformancePeriod(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdatePeriodDto) {
    return this.service.update(p, id, dto);
  }
}
