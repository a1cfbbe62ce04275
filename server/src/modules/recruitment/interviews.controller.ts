import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import type { Role } from '../../common/principal.js';
import {
  ApplicationInterviewsDto,
  AssignPanelistsDto,
  AssignPanelistsResultDto,
  DeclarationResultDto,
  DeclareNoConflictDto,
  InterviewDto,
  InterviewListItemDto,
  ListInterviewsQueryDto,
  PanelistDto,
  SubmitInterviewScoresDto,
} from './dto/interviews.dto.js';
import { InterviewsService } from './interviews.service.js';
import { RECRUITMENT_MANAGERS, RECRUITMENT_READERS } from './recruitment.types.js';

const InterviewPage = PageOf(InterviewListItemDto, 'InterviewPage');

/** Panel members (their own assignments) and the staff who read interviews (their subtree). */
const INTERVIEW_READERS: Role[] = [...RECRUITMENT_READERS, 'panel'];
const PANELISTS: Role[] = ['panel'];

@ApiTags('Recruitment')
@Controller()
export class InterviewsController {
  constructor(private readonly service: InterviewsService) {}

  @Post('recruitment/rounds/:id/interviews/assign')
  @HttpCode(200)
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Assign panelists to the shortlisted applications of a CPNS round (or of one vacancy, or the listed applications); existing assignments are kept', {
    errors: [404, 409, 422],
    description:
      "At least the round's `rules.interview.minPanelists` distinct users with the panel role (400 naming panelistIds). A panelist who declared a conflict with an applicant is never assigned to them again. PPPK rounds answer 409 (their interview score comes from the PPPK score file).",
  })
  @ApiOkResponse({ type: AssignPanelistsResultDto })
  assignPanelists(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: AssignPanelistsDto) {
    return this.service.assign(p, id, dto);
  }

  @Get('recruitment/panelists')
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('The selection committee members who can be assigned to interviews (active users with the panel role)', {
    description: 'For the managers who assign panels; the full user list stays the administrator’s.',
  })
  @ApiOkResponse({ type: [PanelistDto] })
  listPanelists() {
    return this.service.panelists();
  }

  @Delete('recruitment/interviews/:id')
  @HttpCode(204)
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Withdraw a panel assignment whose scores are not yet submitted', { errors: [404, 409] })
  @ApiNoContentResponse({ description: 'Withdrawn' })
  deleteInterview(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.withdraw(p, id);
  }

  @Get('recruitment/interviews')
  @Access(INTERVIEW_READERS, ['recruitment:read'])
  @ApiOp('List interview assignments (panel members: their own; staff: all of their subtree, with panelist names)')
  @ApiOkResponse({ type: InterviewPage })
  listInterviews(@CurrentPrincipal() p: Principal, @Query() q: ListInterviewsQueryDto) {
    return this.service.list(p, q);
  }

  @Get('recruitment/interviews/:id')
  @Access(INTERVIEW_READERS)
  @ApiOp('Get an interview assignment: rubric, applicant (no NIK), own scores; the other panelists only after submitting your own', {
    errors: [404],
    description: 'A panel member reads only their own assignments (others answer 404). Until they submit, `others` is null and `othersHidden` true.',
  })
  @ApiOkResponse({ type: InterviewDto })
  getInterview(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.get(p, id);
  }

  @Post('recruitment/interviews/:id/declaration')
  @HttpCode(200)
  @Access(PANELISTS)
  @ApiOp('Declare (no) conflict of interest with the applicant: required before scoring; a conflict withdraws the assignment', { errors: [404, 409] })
  @ApiOkResponse({ type: DeclarationResultDto })
  declareInterviewConflict(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: DeclareNoConflictDto) {
    return this.service.declare(p, id, dto);
  }

  @Put('recruitment/interviews/:id/scores')
  @Access(PANELISTS)
  @ApiOp('Submit your rubric scores (once); the application’s interview score (mean) and spread flag are recomputed', {
    errors: [404, 409],
    description:
      'Every rubric criterion, 0..max with at most 2 decimals (400 naming `scores.<key>`). 409 DECLARATION_REQUIRED before the declaration, ALREADY_SUBMITTED after a submission, RECRUITMENT_RESULT_PUBLISHED once the final result is out, STALE_VERSION.',
  })
  @ApiOkResponse({ type: InterviewDto })
  submitInterviewScores(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: SubmitInterviewScoresDto) {
    return this.service.submitScores(p, id, dto);
  }

  @Get('recruitment/applications/:id/interviews')
  @Access(RECRUITMENT_READERS)
  @ApiOp('Every panel assignment of an application with its scores, the mean, spread and flag', { errors: [404] })
  @ApiOkResponse({ type: ApplicationInterviewsDto })
  listApplicationInterviews(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.applicationInterviews(p, id);
  }
}
