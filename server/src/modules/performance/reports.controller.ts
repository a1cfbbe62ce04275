import { Body, Controller, createParamDecorator, ExecutionContext, Get, HttpCode, Post, Query, Res, UploadedFile, UseInterceptors, ValidationPipe } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-fastify';
import type { UploadedMultipartFile } from '@nestjs/platform-fastify';
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { sendFile } from '../../common/files.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { ValidationFailedError } from '../../common/problem.js';
import { flattenValidationErrors } from '../../common/validation.js';
import { uploadLimitBytes } from '../../config/runtime.js';
import { CREATE_REPORT_MULTIPART_SCHEMA, CreateReportDto, ListReportsQueryDto, ReportDecisionDto, ReportDto } from './dto/reports.dto.js';
import { ReportsService } from './reports.service.js';

const ReportPage = PageOf(ReportDto, 'ReportPage');
const BINARY = { schema: { type: 'string' as const, format: 'binary' } };

/**
 * The report body, JSON or the text fields of the multipart form, validated like every body (same options as the
 * global pipe). A custom parameter rather than @Body() so that the contract can describe the two media types with
 * their own schemas (the JSON DTO, and the form with its `file`).
 */
const ReportBody = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<{ body?: unknown }>().body ?? {});
const REPORT_BODY_PIPE = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  validateCustomDecorators: true,
  stopAtFirstError: false,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => new ValidationFailedError(flattenValidationErrors(errors)),
});

@ApiTags('Performance')
@Controller()
export class ReportsController {
  constructor(private readonly service: ReportsService) {}

  @Post('performance/targets/:id/reports')
  @Access(['admin', 'planner', 'operator', 'leader', 'employee'])
  @UseInterceptors(FileInterceptor('file', { limits: () => ({ fileSize: uploadLimitBytes(), files: 1 }) }))
  @ApiExtraModels(CreateReportDto)
  @ApiOperation({
    summary: 'Report progress on one of my targets: realised quantity or percentage, a note and evidence (link or file)',
    requestBody: {
      required: true,
      description: 'JSON, or multipart/form-data with the same fields as text plus `file` (JPEG, PNG or PDF recognised by its first bytes, at most 5 MB).',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(CreateReportDto) } },
        'multipart/form-data': { schema: CREATE_REPORT_MULTIPART_SCHEMA },
      },
    },
  })
  @ApiOp('Report progress on one of my targets: realised quantity or percentage, a note and evidence (link or file)', {
    errors: [404, 409, 413, 415],
    description:
      'Only the employee whose plan it is (another person’s target answers 404 TARGET_NOT_FOUND naming `targetId`; a leader or operator who can see it gets 403 NOT_PLAN_OWNER). ' +
      'The plan must be approved (409 PLAN_NOT_APPROVED). Exactly one of `realised` (cumulative quantity) and `realisedPercent` (stored as quantity × percent ÷ 100, givenAs = percent). ' +
      '`reportedOn` defaults to today (WIB), within the period and not in the future. One transaction: the report (and its file), the target’s realised quantity, pace and at-risk flag, ' +
      'the audit event and the live events (`report.submitted`, plus `target.at_risk` / `target.back_on_track` when the flag changes).',
  })
  @ApiCreatedResponse({ type: ReportDto })
  submitReport(
    @CurrentPrincipal() p: Principal,
    @UuidParam() id: string,
    @ReportBody(REPORT_BODY_PIPE) dto: CreateReportDto,
    @UploadedFile() file: UploadedMultipartFile | undefined,
  ) {
    return this.service.submit(p, id, dto, file);
  }

  @Get('performance/targets/:id/reports')
  @Access(['admin', 'planner', 'operator', 'leader', 'employee'], ['performance:read'])
  @ApiOp('A target’s progress reports, newest first', { errors: [404] })
  @ApiOkResponse({ type: [ReportDto] })
  listTargetReports(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.history(p, id);
  }

  @Get('performance/reports')
  @Access(['admin', 'planner', 'operator', 'leader', 'employee'], ['performance:read'])
  @ApiOp('Progress reports in your reach, newest first (the leader’s inbox with status=pending&awaitingMe=true; employees: their own history)')
  @ApiOkResponse({ type: ReportPage })
  listReports(@CurrentPrincipal() p: Principal, @Query() q: ListReportsQueryDto) {
    return this.service.list(p, q);
  }

  @Get('performance/reports/:id')
  @Access(['admin', 'planner', 'operator', 'leader', 'employee'], ['performance:read'])
  @ApiOp('One progress report', { errors: [404] })
  @ApiOkResponse({ type: ReportDto })
  getReport(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.get(p, id);
  }

  @Get('performance/reports/:id/evidence')
  @Access(['admin', 'planner', 'operator', 'leader', 'employee'])
  @ApiOp('Download the evidence file of a report (as uploaded; not cached)', { errors: [404] })
  @ApiProduces('image/jpeg', 'image/png', 'application/pdf')
  @ApiOkResponse({ description: 'The file', content: { 'image/jpeg': BINARY, 'image/png': BINARY, 'application/pdf': BINARY } })
  async getReportEvidence(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Res() reply: FastifyReply) {
    sendFile(reply, await this.service.evidence(p, id));
  }

  @Post('performance/reports/:id/decision')
  @HttpCode(200)
  @Access(['leader'])
  @ApiOp('Accept or return a pending report (the direct leader, or a leader above in the unit tree)', {
    errors: [404, 409],
    description:
      'A returned report needs a `comment` (400 naming it) and no longer counts: the target falls back to the latest report not returned, and its pace and at-risk flag are recomputed. ' +
      'Only pending reports (409 REPORT_DECIDED); `version` guards against stale decisions (409 STALE_VERSION). Live events `report.accepted` / `report.returned` (+ at-risk changes).',
  })
  @ApiOkResponse({ type: ReportDto })
  decideReport(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: ReportDecisionDto) {
    return this.service.decide(p, id, dto);
  }
}
