import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, ALL_USERS, STAFF_READERS, STAFF_WRITERS } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { sendFile, XLSX_RESPONSE, XLSX_TYPE } from '../../common/files.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { AnalysisPageDto, AnalysisQueryDto, AnalysisScopeQueryDto, ExplainQueryDto, NeedsDashboardDto, PositionExplainDto } from './dto/analysis.dto.js';
import { WisnCalculationDto, WisnResultDto, WorkloadCalculationDto, WorkloadResultDto } from './dto/calculators.dto.js';
import {
  CreateRatioNormDto,
  CreateWisnStudyDto,
  CreateWorkloadTaskDto,
  ListRatioNormsQueryDto,
  ListWisnStudiesQueryDto,
  PositionWorkloadDto,
  RatioNormDto,
  UpdateRatioNormDto,
  UpdateWisnStudyDto,
  UpdateWorkloadTaskDto,
  WisnStudyDto,
  WisnStudySummaryDto,
  WorkloadTaskDto,
} from './dto/inputs.dto.js';
import {
  AddPlanLineDto,
  CreatePlanDto,
  CreateScenarioDto,
  ListPlansQueryDto,
  ListScenariosQueryDto,
  OptimisePlanDto,
  PlanDto,
  PlanSummaryDto,
  PlanTransitionDto,
  RejectPlanDto,
  ScenarioComparisonDto,
  ScenarioDto,
  UpdatePlanDto,
  UpdatePlanLineDto,
  UpdateScenarioDto,
} from './dto/plans.dto.js';
import { NeedsAnalysisService } from './needs-analysis.service.js';
import { NeedsInputsService } from './needs-inputs.service.js';
import { NeedsPlansService } from './needs-plans.service.js';
import { NeedsRulesService } from './needs-rules.service.js';
import { NeedsScenariosService } from './needs-scenarios.service.js';

const PLANNERS = ['admin', 'planner'] as const;

const RatioNormPage = PageOf(RatioNormDto, 'RatioNormPage');
const WisnStudyPage = PageOf(WisnStudySummaryDto, 'WisnStudyPage');
const PlanPage = PageOf(PlanSummaryDto, 'PlanPage');
const ScenarioPage = PageOf(ScenarioDto, 'ScenarioPage');

@ApiTags('Needs')
@Controller('needs/calculate')
export class NeedsCalculatorsController {
  constructor(private readonly rules: NeedsRulesService) {}

  @Post('workload')
  @HttpCode(200)
  @Access(ALL_USERS, ['needs:read'])
  @ApiOp('Calculator: workload analysis (ABK) of one position', {
    errors: [422],
    description:
      'PermenPAN-RB 1/2020: workload = Σ volume × minutes; FTE = workload / JKE; headcount rounded by the rule; EJ and its category. Shows every intermediate figure and the rule versions used. The stored analyses use the same code.',
  })
  @ApiOkResponse({ type: WorkloadResultDto })
  calculateWorkload(@Body() dto: WorkloadCalculationDto) {
    return this.rules.calculateWorkload(dto);
  }

  @Post('wisn')
  @HttpCode(200)
  @Access(ALL_USERS, ['needs:read'])
  @ApiOp('Calculator: WISN / ABK-Kes staffing of one health cadre', {
    errors: [422],
    description:
      'WHO WISN (Permenkes 33/2015 ABK-Kes): available working time, standard workloads, category and individual allowance factors, required staff, WISN ratio and difference.',
  })
  @ApiOkResponse({ type: WisnResultDto })
  calculateWisn(@Body() dto: WisnCalculationDto) {
    return this.rules.calculateWisn(dto);
  }
}

@ApiTags('Needs')
@Controller('needs/positions')
export class WorkloadTasksController {
  constructor(private readonly inputs: NeedsInputsService) {}

  @Get(':id/tasks')
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('The workload tasks of a position with the resulting need', { errors: [404] })
  @ApiOkResponse({ type: PositionWorkloadDto })
  listWorkloadTasks(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.inputs.positionWorkload(p, id);
  }

  @Post(':id/tasks')
  @Access(STAFF_WRITERS)
  @ApiOp('Add a workload task to a position of your subtree', { errors: [404] })
  @ApiCreatedResponse({ type: WorkloadTaskDto })
  createWorkloadTask(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: CreateWorkloadTaskDto) {
    return this.inputs.createTask(p, id, dto);
  }

  @Patch(':id/tasks/:taskId')
  @Access(STAFF_WRITERS)
  @ApiOp('Update a workload task', { errors: [404, 409] })
  @ApiOkResponse({ type: WorkloadTaskDto })
  updateWorkloadTask(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @UuidParam('taskId') taskId: string, @Body() dto: UpdateWorkloadTaskDto) {
    return this.inputs.updateTask(p, id, taskId, dto);
  }

  @Delete(':id/tasks/:taskId')
  @HttpCode(204)
  @Access(STAFF_WRITERS)
  @ApiOp('Delete a workload task', { errors: [404] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteWorkloadTask(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @UuidParam('taskId') taskId: string) {
    return this.inputs.deleteTask(p, id, taskId);
  }
}

@ApiTags('Needs')
@Controller('needs/norms')
export class RatioNormsController {
  constructor(private readonly inputs: NeedsInputsService) {}

  @Get()
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('List ratio norms (city-wide family norms and those of positions in your subtree)')
  @ApiOkResponse({ type: RatioNormPage })
  listRatioNorms(@CurrentPrincipal() p: Principal, @Query() q: ListRatioNormsQueryDto) {
    return this.inputs.listNorms(p, q);
  }

  @Get(':id')
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('Get a ratio norm', { errors: [404] })
  @ApiOkResponse({ type: RatioNormDto })
  getRatioNorm(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.inputs.getNorm(p, id);
  }

  @Post()
  @Access(STAFF_WRITERS)
  @ApiOp('Create a ratio norm for a position (operators: of their subtree) or a job family in units of a kind (planners)', { errors: [404, 422] })
  @ApiCreatedResponse({ type: RatioNormDto })
  createRatioNorm(@CurrentPrincipal() p: Principal, @Body() dto: CreateRatioNormDto) {
    return this.inputs.createNorm(p, dto);
  }

  @Patch(':id')
  @Access(STAFF_WRITERS)
  @ApiOp('Update a ratio norm', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: RatioNormDto })
  updateRatioNorm(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdateRatioNormDto) {
    return this.inputs.updateNorm(p, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(STAFF_WRITERS)
  @ApiOp('Delete a ratio norm', { errors: [404] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteRatioNorm(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.inputs.deleteNorm(p, id);
  }
}

@ApiTags('Needs')
@Controller('needs/wisn-studies')
export class WisnStudiesController {
  constructor(private readonly inputs: NeedsInputsService) {}

  @Get()
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('List WISN (ABK-Kes) studies in your subtree', { errors: [404] })
  @ApiOkResponse({ type: WisnStudyPage })
  listWisnStudies(@CurrentPrincipal() p: Principal, @Query() q: ListWisnStudiesQueryDto) {
    return this.inputs.listStudies(p, q);
  }

  @Get(':id')
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('Get a WISN study with its result', { errors: [404] })
  @ApiOkResponse({ type: WisnStudyDto })
  getWisnStudy(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.inputs.getStudy(p, id);
  }

  @Post()
  @Access(STAFF_WRITERS)
  @ApiOp('Create a WISN study for a health cadre in a unit of your subtree', { errors: [404, 409, 422] })
  @ApiCreatedResponse({ type: WisnStudyDto })
  createWisnStudy(@CurrentPrincipal() p: Principal, @Body() dto: CreateWisnStudyDto) {
    return this.inputs.createStudy(p, dto);
  }

  @Patch(':id')
  @Access(STAFF_WRITERS)
  @ApiOp('Replace the inputs of a WISN study', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: WisnStudyDto })
  updateWisnStudy(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdateWisnStudyDto) {
    return this.inputs.updateStudy(p, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(STAFF_WRITERS)
  @ApiOp('Delete a WISN study', { errors: [404] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteWisnStudy(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.inputs.deleteStudy(p, id);
  }
}

@ApiTags('Needs')
@Controller('needs/analysis')
export class NeedsAnalysisController {
  constructor(private readonly analysis: NeedsAnalysisService) {}

  @Get()
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('Needs analysis: demand, supply, retirements and gap per year for a unit subtree, grouped by position, unit, sector or kind', {
    errors: [404],
    description:
      'Demand by each position’s method (workload, ratio norm, WISN, fixed), supply projected from the base year with retirements, attrition and approved recruits. Paged; `totals` sums every matching row.',
  })
  @ApiOkResponse({ type: AnalysisPageDto })
  getNeedsAnalysis(@CurrentPrincipal() p: Principal, @Query() q: AnalysisQueryDto) {
    return this.analysis.list(p, q);
  }

  @Get('export')
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('Export the analysis as XLSX in the formation-proposal layout', {
    errors: [404],
    description:
      'Every row matching the filters, in the chosen grouping and order (page and pageSize are ignored), with a sheet explaining the columns and the rule versions used.',
  })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The workbook', content: XLSX_RESPONSE })
  async exportNeedsAnalysis(@CurrentPrincipal() p: Principal, @Query() q: AnalysisQueryDto, @Res() reply: FastifyReply) {
    sendFile(reply, await this.analysis.export(p, q));
  }

  @Get('dashboard')
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('Needs dashboard: totals per year, shortage by sector, unit and kind, worst-covered services', { errors: [404] })
  @ApiOkResponse({ type: NeedsDashboardDto })
  getNeedsDashboard(@CurrentPrincipal() p: Principal, @Query() q: AnalysisScopeQueryDto) {
    return this.analysis.dashboard(p, q);
  }

  @Get('positions/:id/explain')
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('Explain one position’s figures: the tree from inputs to result', { errors: [404] })
  @ApiOkResponse({ type: PositionExplainDto })
  explainPositionNeed(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Query() q: ExplainQueryDto) {
    return this.analysis.explain(p, id, q);
  }
}

@ApiTags('Needs')
@Controller('needs/plans')
export class FormationPlansController {
  constructor(private readonly plans: NeedsPlansService) {}

  @Get()
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('List formation plans of your subtree')
  @ApiOkResponse({ type: PlanPage })
  listPlans(@CurrentPrincipal() p: Principal, @Query() q: ListPlansQueryDto) {
    return this.plans.list(p, q);
  }

  @Post()
  @Access(STAFF_WRITERS)
  @ApiOp('Draft a formation plan from the analysis, chosen by the optimiser under the budget ceiling and the formation maximum', { errors: [404, 422] })
  @ApiCreatedResponse({ type: PlanDto })
  createPlan(@CurrentPrincipal() p: Principal, @Body() dto: CreatePlanDto) {
    return this.plans.create(p, dto);
  }

  @Get(':id')
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('Get a formation plan with its lines, totals and what the budget left uncovered', { errors: [404] })
  @ApiOkResponse({ type: PlanDto })
  getPlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.plans.get(p, id);
  }

  @Patch(':id')
  @Access(STAFF_WRITERS)
  @ApiOp('Update a draft plan’s name, notes or budget figures', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: PlanDto })
  updatePlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdatePlanDto) {
    return this.plans.update(p, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(STAFF_WRITERS)
  @ApiOp('Delete a draft plan', { errors: [404, 422] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deletePlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.plans.remove(p, id);
  }

  @Post(':id/optimise')
  @HttpCode(200)
  @Access(STAFF_WRITERS)
  @ApiOp('Run the optimiser again on a draft (new budget or maximum; pinned lines kept, excluded lines left out)', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: PlanDto })
  optimisePlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: OptimisePlanDto) {
    return this.plans.optimise(p, id, dto);
  }

  @Post(':id/lines')
  @Access(STAFF_WRITERS)
  @ApiOp('Add a line to a draft plan', { errors: [404, 409, 422] })
  @ApiCreatedResponse({ type: PlanDto })
  addPlanLine(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: AddPlanLineDto) {
    return this.plans.addLine(p, id, dto);
  }

  @Patch(':id/lines/:lineId')
  @Access(STAFF_WRITERS)
  @ApiOp('Edit a line of a draft plan (quantity, CPNS/PPPK, education, pin, exclude)', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: PlanDto })
  updatePlanLine(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @UuidParam('lineId') lineId: string, @Body() dto: UpdatePlanLineDto) {
    return this.plans.updateLine(p, id, lineId, dto);
  }

  @Delete(':id/lines/:lineId')
  @Access(STAFF_WRITERS)
  @ApiOp('Remove a line from a draft plan', { errors: [404, 422] })
  @ApiOkResponse({ type: PlanDto })
  deletePlanLine(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @UuidParam('lineId') lineId: string) {
    return this.plans.removeLine(p, id, lineId);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Access(STAFF_WRITERS)
  @ApiOp('Submit a draft for verification', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: PlanDto })
  submitPlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: PlanTransitionDto) {
    return this.plans.transition(p, id, 'submit', dto);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Access([...PLANNERS])
  @ApiOp('Verify a submitted plan (BKPP)', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: PlanDto })
  verifyPlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: PlanTransitionDto) {
    return this.plans.transition(p, id, 'verify', dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Access([...PLANNERS])
  @ApiOp('Approve a verified plan (not by the one who submitted it); it is then frozen', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: PlanDto })
  approvePlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: PlanTransitionDto) {
    return this.plans.transition(p, id, 'approve', dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Access([...PLANNERS])
  @ApiOp('Reject a submitted or verified plan with a reason', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: PlanDto })
  rejectPlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: RejectPlanDto) {
    return this.plans.transition(p, id, 'reject', dto);
  }

  @Post(':id/copy')
  @Access(STAFF_WRITERS)
  @ApiOp('Start a new draft revision from a plan (approved plans stay frozen)', { errors: [404] })
  @ApiCreatedResponse({ type: PlanDto })
  copyPlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.plans.copy(p, id);
  }

  @Get(':id/export')
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('Export the plan as XLSX (formation proposal layout)', { errors: [404] })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The workbook', content: XLSX_RESPONSE })
  async exportPlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Res() reply: FastifyReply) {
    sendFile(reply, await this.plans.export(p, id));
  }
}

@ApiTags('Needs')
@Controller('needs/scenarios')
export class NeedsScenariosController {
  constructor(private readonly scenarios: NeedsScenariosService) {}

  @Get()
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('List what-if scenarios of your subtree')
  @ApiOkResponse({ type: ScenarioPage })
  listScenarios(@CurrentPrincipal() p: Principal, @Query() q: ListScenariosQueryDto) {
    return this.scenarios.list(p, q);
  }

  @Post()
  @Access(STAFF_WRITERS)
  @ApiOp('Create a what-if scenario (driver growth, attrition, retirement age, budget, horizon)', { errors: [404] })
  @ApiCreatedResponse({ type: ScenarioDto })
  createScenario(@CurrentPrincipal() p: Principal, @Body() dto: CreateScenarioDto) {
    return this.scenarios.create(p, dto);
  }

  @Get(':id')
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('Get a scenario', { errors: [404] })
  @ApiOkResponse({ type: ScenarioDto })
  getScenario(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.scenarios.get(p, id);
  }

  @Patch(':id')
  @Access(STAFF_WRITERS)
  @ApiOp('Update a scenario', { errors: [404, 409] })
  @ApiOkResponse({ type: ScenarioDto })
  updateScenario(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdateScenarioDto) {
    return this.scenarios.update(p, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(STAFF_WRITERS)
  @ApiOp('Delete a scenario', { errors: [404] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteScenario(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.scenarios.remove(p, id);
  }

  @Get(':id/compare')
  @Access(STAFF_READERS, ['needs:read'])
  @ApiOp('Compare the scenario with the base, side by side, with the difference', { errors: [404] })
  @ApiOkResponse({ type: ScenarioComparisonDto })
  compareScenario(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.scenarios.compare(p, id);
  }
}
