import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, STAFF_READERS } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { UnitSummaryDto, UnitSummaryQueryDto } from './dto/ikm.dto.js';
import { UnitPerformanceService } from './unit-performance.service.js';

@ApiTags('Performance')
@Controller('performance/units')
export class UnitPerformanceController {
  constructor(private readonly service: UnitPerformanceService) {}

  @Get(':unitId/summary')
  @Access(STAFF_READERS, ['performance:read'])
  @ApiOp('Unit performance: target realisation against the expected pace, final annual predicates with the unit rating and lock, and the IKM — for the unit and each child unit', {
    errors: [404],
    description:
      'Figures cover the unit and everything below it; `children` gives the same figures per direct child unit (the planner’s city view asks for the root). ' +
      'Pace as calc/pace.ts on `on` (default today) with the threshold of `performance.monitoring`; realisation and expected are weighted by the targets’ weights over approved plans. ' +
      'Predicates: final annual evaluations (checkpoint 0); rating and locked are the unit’s own. IKM: responses within the period’s dates.',
  })
  @ApiOkResponse({ type: UnitSummaryDto })
  getUnitPerformanceSummary(@CurrentPrincipal() p: Principal, @UuidParam('unitId') unitId: string, @Query() q: UnitSummaryQueryDto) {
    return this.service.summary(p, unitId, q);
  }
}
