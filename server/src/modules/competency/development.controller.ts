import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, STAFF_READERS, STAFF_WRITERS } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { DevelopmentService } from './development.service.js';
import {
  ApproveDevelopmentPlanDto,
  CreateDevelopmentPlanDto,
  DevelopmentPlanDto,
  DevelopmentPlanListItemDto,
  ListDevelopmentPlansQueryDto,
  RecommendationListDto,
  RecommendationsQueryDto,
  UpdateDevelopmentPlanDto,
} from './dto/development.dto.js';

const DevelopmentPlanPage = PageOf(DevelopmentPlanListItemDto, 'DevelopmentPlanPage');

@ApiTags('Competency')
@Controller('training')
export class DevelopmentController {
  constructor(private readonly service: DevelopmentService) {}

  @Get('recommendations')
  @Access(['admin', 'planner', 'operator', 'leader', 'employee'], ['competency:read'])
  @ApiOp('Training recommendations for an employee: the active programs that close their largest competency gaps', {
    errors: [404],
    description:
      'Gap closed = Σ over the competencies a program raises of min(levels raised, shortfall), shortfall = required − latest assessed level. Competencies never assessed are listed apart and not counted. Programs already completed, or whose prerequisites are not completed, are skipped. Ranked by gap closed per cost (free programs first), then per JP. Employees: themselves only.',
  })
  @ApiOkResponse({ type: RecommendationListDto })
  listTrainingRecommendations(@CurrentPrincipal() p: Principal, @Query() q: RecommendationsQueryDto) {
    return this.service.recommendations(p, q);
  }

  @Get('plans')
  @Access(STAFF_READERS, ['competency:read'])
  @ApiOp('List the units’ yearly development plans in your scope')
  @ApiOkResponse({ type: DevelopmentPlanPage })
  listDevelopmentPlans(@CurrentPrincipal() p: Principal, @Query() q: ListDevelopmentPlansQueryDto) {
    return this.service.listPlans(p, q);
  }

  @Get('plans/:id')
  @Access(STAFF_READERS, ['competency:read'])
  @ApiOp('Get a development plan with its lines (one per program, with the participants and the reason)', { errors: [404] })
  @ApiOkResponse({ type: DevelopmentPlanDto })
  getDevelopmentPlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.getPlan(p, id);
  }

  @Post('plans')
  @Access(STAFF_WRITERS)
  @ApiOp('Draft the yearly development plan of a unit subtree: the most competency gap closed within the budget', {
    errors: [404, 409],
    description:
      'Candidates are (program, person) pairs of the subtree that close some gap; the choice maximises the levels of shortfall closed (each person’s shortfall counted once) with the cost within the budget, solved exactly with HiGHS and never worse than the greedy by gap per cost. One plan per unit and year (409).',
  })
  @ApiCreatedResponse({ type: DevelopmentPlanDto })
  createDevelopmentPlan(@CurrentPrincipal() p: Principal, @Body() dto: CreateDevelopmentPlanDto) {
    return this.service.createPlan(p, dto);
  }

  @Patch('plans/:id')
  @Access(STAFF_WRITERS)
  @ApiOp('Edit a draft development plan: budget, lines (recomputed) or a fresh draft', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: DevelopmentPlanDto })
  updateDevelopmentPlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdateDevelopmentPlanDto) {
    return this.service.updatePlan(p, id, dto);
  }

  @Post('plans/:id/approve')
  @HttpCode(200)
  @Access(['admin', 'leader'])
  @ApiOp('Approve a development plan (the leader of its unit or a unit above it, or an administrator); it is then frozen', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: DevelopmentPlanDto })
  approveDevelopmentPlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: ApproveDevelopmentPlanDto) {
    return this.service.approvePlan(p, id, dto);
  }
}
