import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal, Role } from '../../common/principal.js';
import {
  BulkPlansDto,
  BulkPlansResultDto,
  CreatePerformancePlanDto,
  ListPerformancePlansQueryDto,
  PerformancePlanDto,
  PlanListDto,
  PlanQueryDto,
  PlanReasonDto,
  PlanRevisionDto,
  PlanVersionDto,
  PutTargetsDto,
  TargetTreeNodeDto,
  TargetTreeQueryDto,
} from './dto/plans.dto.js';
import { PlansService } from './plans.service.js';

/** Everyone with a plan or a team (the service scopes: employees their own, leaders their subtree and reports). */
const PLAN_USERS: Role[] = ['admin', 'planner', 'operator', 'leader', 'employee'];
const TREE_READERS: Role[] = ['admin', 'planner', 'operator', 'leader'];
const BULK_WRITERS: Role[] = ['admin', 'planner', 'operator'];

@ApiTags('Performance')
@Controller('performance')
export class PlansController {
  constructor(private readonly service: PlansService) {}

  @Get('plans')
  @Access(PLAN_USERS, ['performance:read'])
  @ApiOp('List SKP plans (employees: their own; leaders: their subtree, their own and the plans they lead; others: their subtree)', {
    description:
      '`awaitingMe=true`: the submitted plans whose direct leader is you (the approval inbox). Filters: periodId, unitId (subtree), status, employeeId, q (name or NIP).',
  })
  @ApiOkResponse({ type: PlanListDto })
  listPerformancePlans(@CurrentPrincipal() p: Principal, @Query() q: ListPerformancePlansQueryDto) {
    return this.service.list(p, q);
  }

  @Post('plans')
  @Access(PLAN_USERS)
  @ApiOp('Create a draft plan for an employee in a period (default: yourself)', {
    errors: [404, 409],
    description:
      'One plan per employee per period (409 PLAN_EXISTS naming `employeeId`). Employees create their own only; operators, planners and leaders for employees in their subtree (404 EMPLOYEE_NOT_FOUND outside it). The direct leader is resolved (head of the unit, or of the nearest unit above for heads). A closed period: 409 PERIOD_CLOSED. Audited.',
  })
  @ApiCreatedResponse({ type: PerformancePlanDto })
  createPerformancePlan(@CurrentPrincipal() p: Principal, @Body() dto: CreatePerformancePlanDto) {
    return this.service.create(p, dto);
  }

  @Get('plans/:id')
  @Access(PLAN_USERS, ['performance:read'])
  @ApiOp('Get a plan with its targets (pace as of today or `on`) and the leader’s targets to cascade from', {
    errors: [404],
    description:
      'Per target: realisedShare = realised ÷ quantity, expected = the share of its window (period start → deadline, start + months, or the period end) elapsed, atRisk when behind by more than the `performance.monitoring` threshold. `allowedActions` says what you may do now.',
  })
  @ApiOkResponse({ type: PerformancePlanDto })
  getPerformancePlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Query() q: PlanQueryDto) {
    return this.service.get(p, id, q.on);
  }

  @Put('plans/:id/targets')
  @Access(PLAN_USERS)
  @ApiOp('Replace the targets of a draft plan (ids kept when given, so their reports stay)', {
    errors: [404, 409, 422],
    description:
      'The employee or an operator/planner in scope edits everything; a leader only the expectations of the existing targets (403 LEADER_EXPECTATIONS_ONLY naming the fields). 409 PLAN_APPROVED (revise it first) / PLAN_SUBMITTED; stale version 409 STALE_VERSION. 422 TARGETS_INVALID naming `targets.<i>.parentTargetId` (not a target of the direct leader’s plan in the same period), `targets.<i>.deadline` (outside the period), `targets.<i>.id` (not a target of this plan) or `targets` (removing a target with reports). 400 names bad fields (`targets.0.quantity`, `targets.0.weight`, `targets.0.qualityPct`, `targets.0.months` with a deadline too). Audited.',
  })
  @ApiOkResponse({ type: PerformancePlanDto })
  putPerformancePlanTargets(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: PutTargetsDto) {
    return this.service.putTargets(p, id, dto);
  }

  @Post('plans/:id/submit')
  @HttpCode(200)
  @Access(PLAN_USERS)
  @ApiOp('Submit a draft plan to the direct leader (the plan’s employee)', {
    errors: [404, 409, 422],
    description:
      'The weights must add up to 100 (±0.01) with at least one target: 422 WEIGHTS_NOT_100 / PLAN_WITHOUT_TARGETS naming `targets`. The direct leader is resolved now. 403 NOT_PLAN_OWNER for anyone else. Event `plan.submitted`; audited.',
  })
  @ApiOkResponse({ type: PerformancePlanDto })
  submitPerformancePlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: PlanVersionDto) {
    return this.service.submit(p, id, dto);
  }

  @Post('plans/:id/approve')
  @HttpCode(200)
  @Access(PLAN_USERS)
  @ApiOp('Approve a submitted plan (the direct leader only)', {
    errors: [404, 409],
    description:
      '403 NOT_DIRECT_LEADER for anyone but the plan’s leader (planners/admins approve plans without a leader in post). 409 PLAN_NOT_SUBMITTED / PLAN_APPROVED, stale version. Event `plan.approved`; audited.',
  })
  @ApiOkResponse({ type: PerformancePlanDto })
  approvePerformancePlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: PlanVersionDto) {
    return this.service.approve(p, id, dto);
  }

  @Post('plans/:id/return')
  @HttpCode(200)
  @Access(PLAN_USERS)
  @ApiOp('Return a submitted plan to the employee with a reason (the direct leader only): back to draft', {
    errors: [404, 409],
    description: 'The reason is shown on the plan (`returnReason`) until it is submitted again. Event `plan.returned`; audited.',
  })
  @ApiOkResponse({ type: PerformancePlanDto })
  returnPerformancePlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: PlanReasonDto) {
    return this.service.return(p, id, dto);
  }

  @Post('plans/:id/revise')
  @HttpCode(200)
  @Access(PLAN_USERS)
  @ApiOp('Revise an approved plan with a reason (the employee or the direct leader): back to draft, revision + 1', {
    errors: [404, 409],
    description:
      'Records the approved targets before the change in a revision row (`GET /performance/plans/{id}/revisions`) and an audit event in the same transaction; target ids stay, so reports survive. Then edit, submit and approve again. 409 PLAN_NOT_APPROVED for a draft or submitted plan.',
  })
  @ApiOkResponse({ type: PerformancePlanDto })
  revisePerformancePlan(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: PlanReasonDto) {
    return this.service.revise(p, id, dto);
  }

  @Get('plans/:id/revisions')
  @Access(PLAN_USERS, ['performance:read'])
  @ApiOp('The revisions of a plan, oldest first: reason, the approved targets before, who and when', { errors: [404] })
  @ApiOkResponse({ type: [PlanRevisionDto] })
  listPerformancePlanRevisions(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.revisions(p, id);
  }

  @Get('target-tree')
  @Access(TREE_READERS, ['performance:read'])
  @ApiOp('The unit’s tree of targets in a period: each target under the leader’s target it supports', {
    errors: [404],
    description:
      'Roots are the targets without a parent in the unit’s subtree (e.g. the head’s targets, which cascade from the unit above). unitId defaults to your unit; pace as of today or `on`.',
  })
  @ApiOkResponse({ type: [TargetTreeNodeDto] })
  getPerformanceTargetTree(@CurrentPrincipal() p: Principal, @Query() q: TargetTreeQueryDto) {
    return this.service.targetTree(p, q);
  }

  @Post('plans/bulk')
  @HttpCode(200)
  @Access(BULK_WRITERS)
  @ApiOp('Apply a target template to every holder of a position (by title or id) or of a unit subtree', {
    errors: [404, 409, 422],
    description:
      'Creates draft plans where missing and appends the targets to draft plans; submitted and approved plans are skipped (listed with the reason). `dryRun` counts without writing. One transaction, set-based statements, one audit event with the counts. 404 for a unit (or position) outside your scope.',
  })
  @ApiOkResponse({ type: BulkPlansResultDto })
  bulkApplyPerformanceTemplate(@CurrentPrincipal() p: Principal, @Body() dto: BulkPlansDto) {
    return this.service.bulk(p, dto);
  }
}
