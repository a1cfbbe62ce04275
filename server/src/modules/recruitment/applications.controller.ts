import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { sendFile, XLSX_RESPONSE, XLSX_TYPE } from '../../common/files.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { ApplicationsService } from './applications.service.js';
import {
  AdminDecisionDto,
  AnswerAppealDto,
  AppealDto,
  ApplicantDetailDto,
  ApplicantDto,
  ApplicationDetailDto,
  ApplicationListItemDto,
  ListApplicantsQueryDto,
  ListApplicationsQueryDto,
  ListAppealsQueryDto,
} from './dto/applications.dto.js';
import { RECRUITMENT_READERS, RECRUITMENT_VERIFIERS } from './recruitment.types.js';

const ApplicantPage = PageOf(ApplicantDto, 'ApplicantPage');
const ApplicationPage = PageOf(ApplicationListItemDto, 'ApplicationPage');
const AppealPage = PageOf(AppealDto, 'AppealPage');

@ApiTags('Recruitment')
@Controller()
export class ApplicationsController {
  constructor(private readonly service: ApplicationsService) {}

  // ── applicants ───────────────────────────────────────────────────────

  @Get('recruitment/applicants')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('List applicants (search by name or NIK; operators and leaders: those with an application in their subtree, NIK masked)')
  @ApiOkResponse({ type: ApplicantPage })
  listApplicants(@CurrentPrincipal() p: Principal, @Query() q: ListApplicantsQueryDto) {
    return this.service.listApplicants(p, q);
  }

  @Get('recruitment/applicants/:id')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('Get an applicant with the applications you may see (NIK masked unless admin or planner)', { errors: [404] })
  @ApiOkResponse({ type: ApplicantDetailDto })
  getApplicant(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.getApplicant(p, id);
  }

  // ── applications ─────────────────────────────────────────────────────

  @Get('recruitment/applications')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('List applications (filters: round, vacancy, stage, category, admin result, name or registration number; scoped by the vacancy’s unit)')
  @ApiOkResponse({ type: ApplicationPage })
  listApplications(@CurrentPrincipal() p: Principal, @Query() q: ListApplicationsQueryDto) {
    return this.service.listApplications(p, q);
  }

  @Get('recruitment/applications/export')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('Export the filtered applications as XLSX (NIK masked unless admin or planner)')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The file', content: XLSX_RESPONSE })
  async exportApplications(@CurrentPrincipal() p: Principal, @Query() q: ListApplicationsQueryDto, @Res() reply: FastifyReply) {
    sendFile(reply, await this.service.exportApplications(p, q));
  }

  @Get('recruitment/applications/:id')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('Get an application: applicant, vacancy, automatic checks computed now, checklist, documents, appeals, scores, interviews, timeline', {
    errors: [404],
  })
  @ApiOkResponse({ type: ApplicationDetailDto })
  getApplication(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.detail(p, id);
  }

  @Get('recruitment/applications/:id/documents/:kind')
  @Access(RECRUITMENT_READERS)
  @ApiOp('Download a document of an application (PDF or JPEG; not cached)', { errors: [404] })
  @ApiProduces('application/pdf', 'image/jpeg')
  @ApiOkResponse({
    description: 'The file as uploaded',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } }, 'image/jpeg': { schema: { type: 'string', format: 'binary' } } },
  })
  async getApplicationDocument(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Param('kind') kind: string, @Res() reply: FastifyReply) {
    sendFile(reply, await this.service.document(p, id, kind));
  }

  @Post('recruitment/applications/:id/admin-decision')
  @HttpCode(200)
  @Access(RECRUITMENT_VERIFIERS)
  @ApiOp('Decide the administrative selection: MS when every automatic check and checklist item passes, else TMS naming every failed requirement', {
    errors: [404, 409],
    description:
      'The checklist covers every document key of the round (plus optional extra committee checks). Re-deciding is allowed until the appeal window closes, never once SKD scores exist (409 ADMIN_DECISION_LOCKED). Audited with before and after.',
  })
  @ApiOkResponse({ type: ApplicationDetailDto })
  decideApplicationAdmin(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: AdminDecisionDto) {
    return this.service.decideAdmin(p, id, dto);
  }

  // ── appeals ──────────────────────────────────────────────────────────

  @Get('recruitment/appeals')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('The appeals inbox (pending first) with days left to the answer deadline and an overdue flag')
  @ApiOkResponse({ type: AppealPage })
  listAppeals(@CurrentPrincipal() p: Principal, @Query() q: ListAppealsQueryDto) {
    return this.service.listAppeals(p, q);
  }

  @Post('recruitment/appeals/:id/answer')
  @HttpCode(200)
  @Access(RECRUITMENT_VERIFIERS)
  @ApiOp('Answer an appeal with a reason; accepted → the application is restored (MS, admin_passed)', {
    errors: [404, 409],
    description: 'Refused after the round’s appealAnswerBy (409 APPEAL_DEADLINE_PASSED) and for an appeal already answered. Audited.',
  })
  @ApiOkResponse({ type: AppealDto })
  answerAppeal(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: AnswerAppealDto) {
    return this.service.answerAppeal(p, id, dto);
  }
}
