import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal, Role } from '../../common/principal.js';
import { EvaluationDto, FinaliseEvaluationDto, PlanEvaluationDto, SaveEvaluationDto } from './dto/evaluations.dto.js';
import { EvaluationsService } from './evaluations.service.js';

const EVALUATION_READERS: Role[] = ['admin', 'planner', 'operator', 'leader', 'employee'];
/** The direct leader (a leader) or a planner / administrator; employees and operators do not evaluate. */
const EVALUATORS: Role[] = ['admin', 'planner', 'leader'];

@ApiTags('Performance')
@Controller('performance/plans/:id/evaluation')
export class EvaluationsController {
  constructor(private readonly service: EvaluationsService) {}

  @Get()
  @Access(EVALUATION_READERS, ['performance:read'])
  @ApiOp('The evaluations of a plan (annual and checkpoints) with the unit rating, whether the employee heads the unit, and the coaching count', {
    errors: [404],
    description: 'Scoped like the plan: employees their own, leaders their subtree and the plans they lead.',
  })
  @ApiOkResponse({ type: PlanEvaluationDto })
  getPlanEvaluation(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.get(p, id);
  }

  @Put()
  @Access(EVALUATORS)
  @ApiOp('Save a checkpoint or annual evaluation as a draft: result rating, the seven BerAKHLAK values with notes, the predicate from the matrix', {
    errors: [404, 409, 422],
    description:
      'Only the plan’s direct leader (403 NOT_DIRECT_LEADER) or a planner / administrator, on an approved plan (409 PLAN_NOT_APPROVED). The behaviour rating defaults to the median of the seven values; the predicate comes from the same code as `POST /performance/calculate/predicate`. The head of a unit is rated by the unit’s rating (istimewa → above, baik → meets, others → below; 422 UNIT_RATING_REQUIRED naming `resultRating` for the annual one while the unit is unrated). Saving over a final evaluation reopens it as a draft (needs `version`). 409 UNIT_LOCKED once the unit’s results are locked.',
  })
  @ApiOkResponse({ type: EvaluationDto })
  savePlanEvaluation(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: SaveEvaluationDto) {
    return this.service.save(p, id, dto);
  }

  @Post('finalise')
  @HttpCode(200)
  @Access(EVALUATORS)
  @ApiOp('Finalise an evaluation; an annual predicate below Baik needs a coaching dialogue recorded for the employee in the period', {
    errors: [404, 409, 422],
    description:
      '422 COACHING_REQUIRED naming `coaching` for an annual Butuh Perbaikan, Kurang or Sangat Kurang without a coaching record; 409 EVALUATION_FINAL, UNIT_LOCKED, STALE_VERSION. Pushes `evaluation.finalised`.',
  })
  @ApiOkResponse({ type: EvaluationDto })
  finalisePlanEvaluation(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: FinaliseEvaluationDto) {
    return this.service.finalise(p, id, dto);
  }
}
