import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal, Role } from '../../common/principal.js';
import { ValidationFailedError } from '../../common/problem.js';
import { CoachingService } from './coaching.service.js';
import { CoachingDto, CreateCoachingDto, ListCoachingQueryDto, UpdateCoachingDto } from './dto/coaching.dto.js';

const CoachingPage = PageOf(CoachingDto, 'CoachingPage');

/** Who reads dialogues: the staff of the subtree, leaders (their subtree and the dialogues they lead), employees (their own). */
const COACHING_READERS: Role[] = ['admin', 'planner', 'operator', 'leader', 'employee'];
/** Who opens and updates them: the employee's leader chain or an operator / planner in scope; never employees. */
const COACHES: Role[] = ['admin', 'planner', 'operator', 'leader'];

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

@ApiTags('Performance')
@Controller('performance/coaching')
export class CoachingController {
  constructor(private readonly service: CoachingService) {}

  @Get()
  @Access(COACHING_READERS, ['performance:read'])
  @ApiOp('List coaching dialogues (open first, by follow-up date); `overdue=true` lists the follow-ups past their date', {
    errors: [404],
    description:
      'Scoped: employees see their own dialogues; leaders their unit subtree and the dialogues they lead; operators and planners their subtree. Overdue = open and the follow-up date is before `on` (default today) minus the grace days of `performance.monitoring`.',
  })
  @ApiOkResponse({ type: CoachingPage })
  listCoaching(@CurrentPrincipal() p: Principal, @Query() q: ListCoachingQueryDto) {
    return this.service.list(p, q);
  }

  @Post()
  @Access(COACHES)
  @ApiOp('Open a coaching dialogue for a person, or from one of their (at-risk) targets: cause, agreed actions, follow-up date', {
    errors: [404, 422],
    description:
      'By the employee’s leader chain (a leader whose subtree holds the employee, or their direct leader) or an operator / planner in scope; not for yourself (403 SELF_COACHING). `targetId` must be a target of the employee’s plan in the period (422 naming targetId). Audited; pushes `coaching.opened` on the live stream.',
  })
  @ApiCreatedResponse({ type: CoachingDto })
  createCoaching(@CurrentPrincipal() p: Principal, @Body() dto: CreateCoachingDto) {
    return this.service.create(p, dto);
  }

  @Get(':id')
  @Access(COACHING_READERS, ['performance:read'])
  @ApiOp('Get a coaching dialogue', { errors: [404] })
  @ApiQuery({ name: 'on', required: false, description: 'As of this day (yyyy-mm-dd; default today): decides `overdue`' })
  @ApiOkResponse({ type: CoachingDto })
  getCoaching(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Query('on') on?: string) {
    if (on !== undefined && !isoDay.test(on)) throw new ValidationFailedError([{ path: 'on', code: 'is_iso8601', message: 'on must be a date yyyy-mm-dd' }]);
    return this.service.get(p, id, on);
  }

  @Patch(':id')
  @Access(COACHES)
  @ApiOp('Update a coaching dialogue: outcome, follow-up date, actions, cause; close it (requires an outcome) or reopen it', {
    errors: [404, 409, 422],
    description:
      'Closing without an outcome → 422 OUTCOME_REQUIRED naming `outcome`. A closed dialogue changes only when reopened (`status: open`; else 409 COACHING_CLOSED). Stale version → 409. Audited; pushes `coaching.updated`.',
  })
  @ApiOkResponse({ type: CoachingDto })
  updateCoaching(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdateCoachingDto) {
    return this.service.update(p, id, dto);
  }
}
