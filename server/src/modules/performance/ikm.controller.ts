import { Body, Controller, Get, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, STAFF_READERS, STAFF_WRITERS } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import {
  CreateIkmServiceDto,
  IkmCommentDto,
  IkmReportDto,
  IkmReportQueryDto,
  IkmServiceDto,
  ListIkmCommentsQueryDto,
  ListIkmServicesQueryDto,
  ModerateIkmCommentDto,
  UpdateIkmServiceDto,
} from './dto/ikm.dto.js';
import { IkmService } from './ikm.service.js';

const IkmServicePage = PageOf(IkmServiceDto, 'IkmServicePage');
const IkmCommentPage = PageOf(IkmCommentDto, 'IkmCommentPage');
/** Who moderates comments: the unit's operators and leaders, and the city-wide roles. */
const MODERATORS = [...STAFF_WRITERS, 'leader' as const];

/** The origin the public form is served from, as the caller reached this server (proxy headers honoured). */
const originOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

@ApiTags('Performance')
@Controller('performance/ikm')
export class IkmController {
  constructor(private readonly service: IkmService) {}

  @Get()
  @Access(STAFF_READERS, ['performance:read'])
  @ApiOp('The public satisfaction index (IKM) of a unit (and the units below it) for a year or a quarter, with the minimum sample and the trend', {
    errors: [404],
    description:
      'Per element the mean of the answers given (SQL, unanswered left out), then calc/ikm.ts with the rule `ikm.scale` — the same code as `POST /performance/calculate/ikm`. ' +
      'An element nobody answered leaves the index and grade null. The population is the sum of the active services’ annualUsers (a quarter of it for a quarter); ' +
      'minimumSample is Krejcie & Morgan. The trend covers the eight quarters ending with the one asked about (or the year’s last, this quarter for the current year). Days are WIB.',
  })
  @ApiOkResponse({ type: IkmReportDto })
  getIkmReport(@CurrentPrincipal() p: Principal, @Query() q: IkmReportQueryDto) {
    return this.service.report(p, q);
  }

  // ── services ─────────────────────────────────────────────────────────────

  @Get('services')
  @Access(STAFF_READERS, ['performance:read'])
  @ApiOp('List the service desks citizens rate (a unit and the units below it), with their responses so far', { errors: [404] })
  @ApiOkResponse({ type: IkmServicePage })
  listIkmServices(@CurrentPrincipal() p: Principal, @Query() q: ListIkmServicesQueryDto) {
    return this.service.listServices(p, q);
  }

  @Post('services')
  @Access(STAFF_WRITERS)
  @ApiOp('Create a service desk with its public code (audited)', { errors: [404, 409], description: 'The code is unique (409 SERVICE_CODE_TAKEN naming `code`).' })
  @ApiCreatedResponse({ type: IkmServiceDto })
  createIkmService(@CurrentPrincipal() p: Principal, @Body() dto: CreateIkmServiceDto) {
    return this.service.createService(p, dto);
  }

  @Get('services/:id')
  @Access(STAFF_READERS, ['performance:read'])
  @ApiOp('A service desk', { errors: [404] })
  @ApiOkResponse({ type: IkmServiceDto })
  getIkmService(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.service.getService(p, id);
  }

  @Patch('services/:id')
  @Access(STAFF_WRITERS)
  @ApiOp('Change a service desk (name, desk, code, annual users, active) with its version (audited)', { errors: [404, 409] })
  @ApiOkResponse({ type: IkmServiceDto })
  updateIkmService(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdateIkmServiceDto) {
    return this.service.updateService(p, id, dto);
  }

  @Get('services/:id/qr')
  @Access(STAFF_READERS)
  @ApiProduces('image/svg+xml')
  @ApiOp('The QR code (SVG) to print at the desk: it opens the public form `<origin>/umpan-balik/<code>`', {
    errors: [404],
    description: 'The origin is the one this server was reached at (X-Forwarded-Proto/Host honoured behind a proxy). The URL is also the SVG’s title.',
  })
  @ApiResponse({ status: 200, description: 'The QR code', content: { 'image/svg+xml': { schema: { type: 'string' } } } })
  async getIkmServiceQr(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const qr = await this.service.serviceQr(p, id, originOf(req));
    reply
      .header('content-type', 'image/svg+xml; charset=utf-8')
      .header('content-disposition', `inline; filename="qr-${qr.code}.svg"`)
      .header('cache-control', 'private, max-age=300')
      .send(qr.svg);
  }

  // ── comments ─────────────────────────────────────────────────────────────

  @Get('comments')
  @Access(STAFF_READERS, ['performance:read'])
  @ApiOp('Comments left with the feedback (a unit and the units below it), newest first, to moderate', {
    errors: [404],
    description: 'pending: not yet moderated (not public); published: shown on the service’s public page with the reply; hidden: never shown. Contact details appear here only.',
  })
  @ApiOkResponse({ type: IkmCommentPage })
  listIkmComments(@CurrentPrincipal() p: Principal, @Query() q: ListIkmCommentsQueryDto) {
    return this.service.listComments(p, q);
  }

  @Patch('comments/:responseId')
  @Access(MODERATORS)
  @ApiOp('Publish or hide a comment, with an optional public reply (audited)', { errors: [404, 409] })
  @ApiOkResponse({ type: IkmCommentDto })
  moderateIkmComment(@CurrentPrincipal() p: Principal, @UuidParam('responseId') responseId: string, @Body() dto: ModerateIkmCommentDto) {
    return this.service.moderateComment(p, responseId, dto);
  }
}
