import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ALL_USERS, STAFF_READERS, STAFF_WRITERS } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { CompetencyService } from './competency.service.js';
import {
  AssessmentDto,
  BulkAssignResultDto,
  BulkAssignStandardDto,
  CompetencyDto,
  CopyStandardDto,
  CreateAssessmentDto,
  CreateCompetencyDto,
  GapPageDto,
  GapsQueryDto,
  HeatmapDto,
  HeatmapQueryDto,
  JpmCalculationDto,
  JpmResultDto,
  ListCompetenciesQueryDto,
  PositionStandardDto,
  ReplaceStandardDto,
  UpdateCompetencyDto,
} from './dto/competency.dto.js';

const CompetencyPage = PageOf(CompetencyDto, 'CompetencyPage');

@ApiTags('Competency')
@Controller()
export class CompetencyController {
  constructor(private readonly competency: CompetencyService) {}

  @Post('competency/calculate/jpm')
  @HttpCode(200)
  @Access(ALL_USERS, ['competency:read'])
  @ApiOp('Calculator: Job-Person Match (JPM) % and category', {
    description:
      'PermenPAN-RB 38/2017: Σ assessed levels / Σ required levels × 100, optionally capping each level at its standard; Optimal ≥ 90, Cukup Optimal 78–<90, Kurang Optimal < 78 (rule competency.jpm).',
  })
  @ApiOkResponse({ type: JpmResultDto })
  calculateJpm(@Body() dto: JpmCalculationDto) {
    return this.competency.calculateJpm(dto);
  }

  @Get('competencies')
  @Access(ALL_USERS, ['competency:read'])
  @ApiOp('List the competency dictionary (managerial, socio-cultural, technical per job family, soft skills)')
  @ApiOkResponse({ type: CompetencyPage })
  listCompetencies(@Query() q: ListCompetenciesQueryDto) {
    return this.competency.listCompetencies(q);
  }

  @Get('competencies/:id')
  @Access(ALL_USERS, ['competency:read'])
  @ApiOp('Get a competency with its level descriptions', { errors: [404] })
  @ApiOkResponse({ type: CompetencyDto })
  getCompetency(@UuidParam() id: string) {
    return this.competency.getCompetency(id);
  }

  @Post('competencies')
  @Access(['admin', 'planner'])
  @ApiOp('Add a competency to the dictionary', { errors: [409, 422] })
  @ApiCreatedResponse({ type: CompetencyDto })
  createCompetency(@Body() dto: CreateCompetencyDto) {
    return this.competency.createCompetency(dto);
  }

  @Patch('competencies/:id')
  @Access(['admin', 'planner'])
  @ApiOp('Update a competency', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: CompetencyDto })
  updateCompetency(@UuidParam() id: string, @Body() dto: UpdateCompetencyDto) {
    return this.competency.updateCompetency(id, dto);
  }

  @Delete('competencies/:id')
  @HttpCode(204)
  @Access(['admin', 'planner'])
  @ApiOp('Delete a competency no standard or assessment uses', { errors: [404, 409] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteCompetency(@UuidParam() id: string) {
    return this.competency.deleteCompetency(id);
  }

  @Get('positions/:id/competency-standard')
  @Access(STAFF_READERS, ['competency:read'])
  @ApiOp('The competency standard of a position: the level required of each competency', { errors: [404] })
  @ApiOkResponse({ type: PositionStandardDto })
  getCompetencyStandard(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.competency.getStandard(p, id);
  }

  @Put('positions/:id/competency-standard')
  @Access(STAFF_WRITERS)
  @ApiOp('Replace the competency standard of a position of your subtree', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: PositionStandardDto })
  replaceCompetencyStandard(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: ReplaceStandardDto) {
    return this.competency.replaceStandard(p, id, dto);
  }

  @Post('positions/:id/competency-standard/copy')
  @HttpCode(200)
  @Access(STAFF_WRITERS)
  @ApiOp('Copy the competency standard of another position onto this one', { errors: [404, 409] })
  @ApiOkResponse({ type: PositionStandardDto })
  copyCompetencyStandard(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: CopyStandardDto) {
    return this.competency.copyStandard(p, id, dto);
  }

  @Post('competency/standards/bulk-assign')
  @HttpCode(200)
  @Access(STAFF_WRITERS)
  @ApiOp('Set required levels on every position of a kind (and level, class range, unit) in your subtree', { errors: [404, 422] })
  @ApiOkResponse({ type: BulkAssignResultDto })
  bulkAssignCompetencyStandard(@CurrentPrincipal() p: Principal, @Body() dto: BulkAssignStandardDto) {
    return this.competency.bulkAssign(p, dto);
  }

  @Get('employees/:id/assessments')
  @Access(ALL_USERS, ['competency:read'])
  @ApiOp('The competency assessments of an employee, newest first (employees: their own)', { errors: [404] })
  @ApiOkResponse({ type: [AssessmentDto] })
  listAssessments(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.competency.listAssessments(p, id);
  }

  @Post('employees/:id/assessments')
  @Access(STAFF_WRITERS)
  @ApiOp('Record an assessment of an employee of your subtree (assessment centre, test, supervisor, training post-test)', { errors: [404, 422] })
  @ApiCreatedResponse({ type: AssessmentDto })
  createAssessment(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: CreateAssessmentDto) {
    return this.competency.createAssessment(p, id, dto);
  }

  @Get('competency/gaps')
  @Access(ALL_USERS, ['competency:read'])
  @ApiOp('Competency gaps: JPM % and category per employee (one employee, a position’s holders or a unit subtree), with a summary', {
    errors: [404],
    description: 'The latest valid assessment of each competency counts. Employees see only themselves.',
  })
  @ApiOkResponse({ type: GapPageDto })
  getCompetencyGaps(@CurrentPrincipal() p: Principal, @Query() q: GapsQueryDto) {
    return this.competency.gaps(p, q);
  }

  @Get('competency/heatmap')
  @Access(STAFF_READERS, ['competency:read'])
  @ApiOp('Heatmap: units × competencies, the share of assessed people below standard', { errors: [404] })
  @ApiOkResponse({ type: HeatmapDto })
  getCompetencyHeatmap(@CurrentPrincipal() p: Principal, @Query() q: HeatmapQueryDto) {
    return this.competency.heatmap(p, q);
  }
}
