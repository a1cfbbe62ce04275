import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal, Role } from '../../common/principal.js';
import { LockUnitDto, SetUnitRatingDto, UnitDistributionDto, UnitRatingDto } from './dto/evaluations.dto.js';
import { UnitRatingsService } from './unit-ratings.service.js';

const DISTRIBUTION_READERS: Role[] = ['admin', 'planner', 'operator', 'leader'];
/** BKPP: the unit ratings and the lock of the annual results. */
const RATERS: Role[] = ['admin', 'planner'];

@ApiTags('Performance')
@Controller('performance/periods/:id/units/:unitId')
export class UnitRatingsController {
  constructor(private readonly service: UnitRatingsService) {}

  @Put('rating')
  @Access(RATERS)
  @ApiOp('Set a unit’s own rating for the period (sets its distribution limits and its head’s result rating)', {
    errors: [404, 409],
    description: '409 UNIT_LOCKED once the unit’s annual results are locked; STALE_VERSION when `version` is sent and stale. Audited.',
  })
  @ApiOkResponse({ type: UnitRatingDto })
  setUnitRating(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @UuidParam('unitId') unitId: string, @Body() dto: SetUnitRatingDto) {
    return this.service.setRating(p, id, unitId, dto);
  }

  @Get('distribution')
  @Access(DISTRIBUTION_READERS, ['performance:read'])
  @ApiOp('The distribution of the annual predicates of a unit’s own staff against the limits for its rating, with violations and missing evaluations', {
    errors: [404],
    description:
      'Staff = the plans of the period in the unit (not its subtree). Counts include draft and final annual evaluations; `missing` lists staff without a final one. Limits from the reference rule `performance.distribution_limits` (minimums rounded up, maximums down).',
  })
  @ApiOkResponse({ type: UnitDistributionDto })
  getUnitDistribution(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @UuidParam('unitId') unitId: string) {
    return this.service.distribution(p, id, unitId);
  }

  @Post('lock')
  @HttpCode(200)
  @Access(RATERS)
  @ApiOp('Lock the unit’s annual results after the distribution check: no more evaluation changes in the unit', {
    errors: [404, 409, 422],
    description:
      '422 UNIT_RATING_REQUIRED (naming `rating`), 422 EVALUATIONS_MISSING (staff without a final annual evaluation), 409 DISTRIBUTION_VIOLATED with `errors[]` naming `distribution.<predicate group>` and the counts in each message (also `counts` and `violations` in the body), 409 UNIT_LOCKED when already locked. Stores the distribution; audited.',
  })
  @ApiOkResponse({ type: UnitDistributionDto })
  lockUnit(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @UuidParam('unitId') unitId: string, @Body() dto: LockUnitDto) {
    return this.service.lock(p, id, unitId, dto);
  }
}
