import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Public } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { sendFile, XLSX_RESPONSE, XLSX_TYPE } from '../../common/files.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import {
  CreateRoundAmendmentDto,
  CreateRoundDto,
  CreateVacancyDto,
  ListPublicRoundsQueryDto,
  ListRoundPlanLinesQueryDto,
  ListRoundsQueryDto,
  ListVacanciesQueryDto,
  PublicRoundDto,
  PublicRoundSummaryDto,
  RoundAmendmentDto,
  RoundDto,
  RoundRulesDto,
  RoundPlanLineDto,
  RoundSummaryDto,
  RoundVersionDto,
  UpdateRoundDto,
  UpdateVacancyDto,
  VacancyDto,
} from './dto/rounds.dto.js';
import { RECRUITMENT_MANAGERS, RECRUITMENT_READERS } from './recruitment.types.js';
import { RoundsService } from './rounds.service.js';

const RoundPage = PageOf(RoundSummaryDto, 'RecruitmentRoundPage');
const PublicRoundPage = PageOf(PublicRoundSummaryDto, 'PublicRecruitmentRoundPage');
const VacancyPage = PageOf(VacancyDto, 'RecruitmentVacancyPage');
const PlanLinePage = PageOf(RoundPlanLineDto, 'RecruitmentPlanLinePage');

@ApiTags('Recruitment')
@Controller()
export class RoundsController {
  constructor(private readonly service: RoundsService) {}

  // ── rounds ───────────────────────────────────────────────────────────────

  @Get('recruitment/rounds')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('List recruitment rounds (filters: year, type, status, search) with their phase and counts of vacancies, seats and applications')
  @ApiOkResponse({ type: RoundPage })
  listRecruitmentRounds(@Query() q: ListRoundsQueryDto) {
    return this.service.list(q);
  }

  @Get('recruitment/rule-defaults')
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp(
    'The rules a new round starts from: the reference rules in force today (passing grades, shortlist, weights, age limits, PPPK maxima) with the default SKB components, interview rubric and documents',
    {
      description: 'What `POST /recruitment/rounds` fills in for every rule left out; the set-up wizard starts from it.',
    },
  )
  @ApiOkResponse({ type: RoundRulesDto })
  getRecruitmentRuleDefaults() {
    return this.service.defaultRules();
  }

  @Post('recruitment/rounds')
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Create a round (draft) with its schedule and rules', {
    errors: [409],
    description:
      'Rules left out come from the reference rules in force (passing grades, shortlist, final score, tie-break, age limits, PPPK maxima) and the module defaults (SKB components, interview rubric, documents). 400 names the first date out of order (`schedule.skdStarts`) or the rule at fault (`rules.skbComponents.1.weight`); 409 on a duplicate code.',
  })
  @ApiCreatedResponse({ type: RoundDto })
  createRecruitmentRound(@CurrentPrincipal() p: Principal, @Body() dto: CreateRoundDto) {
    return this.service.create(p, dto);
  }

  @Get('recruitment/rounds/:id')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('Get a round: schedule, rules, phase today, counts and what you may do', { errors: [404] })
  @ApiOkResponse({ type: RoundDto })
  getRecruitmentRound(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.get(p, id);
  }

  @Patch('recruitment/rounds/:id')
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Edit a round’s name, schedule or rules: a draft, or a published round before registration opens', {
    errors: [404, 409],
    description: 'Once registration has opened: 409 ROUND_LOCKED, change the schedule or rules by an amendment with a reason instead. Stale version: 409.',
  })
  @ApiOkResponse({ type: RoundDto })
  updateRecruitmentRound(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdateRoundDto) {
    return this.service.update(p, id, dto);
  }

  @Delete('recruitment/rounds/:id')
  @HttpCode(204)
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Delete a draft round without applications (with its vacancies)', { errors: [404, 409] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteRecruitmentRound(@UuidParam() id: string) {
    return this.service.remove(id);
  }

  @Post('recruitment/rounds/:id/publish')
  @HttpCode(200)
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Publish a draft round: its schedule, rules and vacancies become public', {
    errors: [404, 409, 422],
    description: 'Needs at least one vacancy (422 ROUND_WITHOUT_VACANCIES). Records the time and the publisher.',
  })
  @ApiOkResponse({ type: RoundDto })
  publishRecruitmentRound(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: RoundVersionDto) {
    return this.service.publish(p, id, dto);
  }

  @Post('recruitment/rounds/:id/close')
  @HttpCode(200)
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Close a published round: nothing in it changes any more', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: RoundDto })
  closeRecruitmentRound(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: RoundVersionDto) {
    return this.service.close(p, id, dto);
  }

  // ── amendments ───────────────────────────────────────────────────────────

  @Get('recruitment/rounds/:id/amendments')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('The amendments of a round, oldest first: reason, what changed (before and after), who and when', { errors: [404] })
  @ApiOkResponse({ type: [RoundAmendmentDto] })
  listRoundAmendments(@UuidParam() id: string) {
    return this.service.listAmendments(id);
  }

  @Post('recruitment/rounds/:id/amendments')
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Amend a published round’s schedule or rules, with a reason (shown on the public page)', {
    errors: [404, 409],
    description:
      'The reason is required (at least 10 characters). The amendment (before and after) and the audit event are written in one transaction. 409 for a draft (edit it directly) or a closed round, or a stale version; 400 when nothing changes or a field is invalid.',
  })
  @ApiCreatedResponse({ type: RoundAmendmentDto })
  amendRecruitmentRound(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: CreateRoundAmendmentDto) {
    return this.service.amend(p, id, dto);
  }

  // ── plan lines and vacancies ─────────────────────────────────────────────

  @Get('recruitment/rounds/:id/plan-lines')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('Approved formation plan lines of the round’s year and type, with the seats already opened and remaining (operators: their subtree)', {
    errors: [404],
  })
  @ApiOkResponse({ type: PlanLinePage })
  listRoundPlanLines(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Query() q: ListRoundPlanLinesQueryDto) {
    return this.service.planLines(p, id, q);
  }

  @Get('recruitment/rounds/:id/vacancies')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('The vacancies of a round with applicants and applicants per seat (operators and leaders: their subtree)', { errors: [404] })
  @ApiOkResponse({ type: VacancyPage })
  listRoundVacancies(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Query() q: ListVacanciesQueryDto) {
    return this.service.listVacancies(p, id, q);
  }

  @Get('recruitment/rounds/:id/vacancies/export')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('Export the round’s vacancies as XLSX (seats per category, education, applicants)', { errors: [404] })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The workbook', content: XLSX_RESPONSE })
  async exportRoundVacancies(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Query() q: ListVacanciesQueryDto, @Res() reply: FastifyReply) {
    sendFile(reply, await this.service.exportVacancies(p, id, q));
  }

  @Post('recruitment/rounds/:id/vacancies')
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Open a vacancy from an approved formation plan line (position and unit from the line)', {
    errors: [404, 409, 422],
    description:
      'Until registration closes. 422 VACANCY_WITHOUT_APPROVED_LINE when planLineId is not a line of an approved plan of the round’s year and type; 422 VACANCY_ABOVE_PLAN when the quotas exceed the seats left on the line over every round; 409 when the round already has a vacancy for the line or the code is taken.',
  })
  @ApiCreatedResponse({ type: VacancyDto })
  createRoundVacancy(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: CreateVacancyDto) {
    return this.service.createVacancy(p, id, dto);
  }

  @Get('recruitment/vacancies/:id')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('Get a vacancy (operators and leaders: of their subtree; 404 outside it)', { errors: [404] })
  @ApiOkResponse({ type: VacancyDto })
  getRecruitmentVacancy(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.getVacancy(p, id);
  }

  @Patch('recruitment/vacancies/:id')
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Edit a vacancy (code, quotas, education, majors, GPA, age) before registration opens', {
    errors: [404, 409, 422],
    description: 'After registration opened: 409 VACANCY_LOCKED. Quotas above what remains on the plan line: 422.',
  })
  @ApiOkResponse({ type: VacancyDto })
  updateRecruitmentVacancy(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdateVacancyDto) {
    return this.service.updateVacancy(p, id, dto);
  }

  @Delete('recruitment/vacancies/:id')
  @HttpCode(204)
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Delete a vacancy without applications, before registration opens', { errors: [404, 409] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteRecruitmentVacancy(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.deleteVacancy(p, id);
  }

  // ── public ───────────────────────────────────────────────────────────────

  @Get('public/recruitment/rounds')
  @Public()
  @ApiTags('Public')
  @ApiOp('Public: published recruitment rounds with their phase, schedule and seats', { isPublic: true })
  @ApiOkResponse({ type: PublicRoundPage })
  listPublicRecruitmentRounds(@Query() q: ListPublicRoundsQueryDto) {
    return this.service.publicList(q);
  }

  @Get('public/recruitment/rounds/:id')
  @Public()
  @ApiTags('Public')
  @ApiOp('Public: a published round — schedule, rules in force, amendments with their reasons, vacancies with seats and applicants per seat', {
    isPublic: true,
    errors: [404],
    description: 'No personal data. A draft round answers 404.',
  })
  @ApiOkResponse({ type: PublicRoundDto })
  getPublicRecruitmentRound(@UuidParam() id: string) {
    return this.service.publicGet(id);
  }
}
