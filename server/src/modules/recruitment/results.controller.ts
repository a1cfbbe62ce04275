import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Public } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import {
  AnnouncementsQueryDto,
  AppointDto,
  AppointmentDto,
  ListResultsQueryDto,
  PublishResultDto,
  ResultDto,
  ResultSummaryDto,
  RoundAnnouncementsDto,
  VacancyAnnouncementDto,
} from './dto/results.dto.js';
import { RECRUITMENT_MANAGERS, RECRUITMENT_READERS } from './recruitment.types.js';
import { ResultsService } from './results.service.js';

const ResultPage = PageOf(ResultSummaryDto, 'RecruitmentResultPage');

@ApiTags('Recruitment')
@Controller()
export class ResultsController {
  constructor(private readonly service: ResultsService) {}

  @Post('recruitment/rounds/:id/results')
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Publish an immutable result of a stage (administrative, skd, final): per vacancy the ordered list and its hash', {
    errors: [404, 409, 422],
    description:
      'The snapshot (entries with masked NIK, counts, hashes, the round’s rules) can never be changed or deleted; a correction is a new publication (seq + 1). ' +
      'final needs an up-to-date ranking (409 RANK_OUTDATED when an application changed after the last ranking).',
  })
  @ApiCreatedResponse({ type: ResultDto })
  publishResult(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: PublishResultDto) {
    return this.service.publish(p, id, dto);
  }

  @Get('recruitment/rounds/:id/results')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('List the publications of a round (newest first)', { errors: [404] })
  @ApiOkResponse({ type: ResultPage })
  listResults(@UuidParam() id: string, @Query() q: ListResultsQueryDto) {
    return this.service.list(id, q);
  }

  @Get('recruitment/results/:id')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('Get a publication: header, publisher, hash and each vacancy’s counts and hash', { errors: [404] })
  @ApiOkResponse({ type: ResultDto })
  getResult(@UuidParam() id: string) {
    return this.service.get(id);
  }

  @Post('recruitment/applications/:id/appoint')
  @HttpCode(200)
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Appoint a passed applicant: creates the employee (CPNS) in the vacancy’s position and unit', {
    errors: [404, 409, 422],
    description:
      'Only a passed application, after the final result is published; never more appointments than the vacancy’s seats (409 VACANCY_FULL), never twice (409 ALREADY_APPOINTED). ' +
      'The NIP, when given, must agree with the applicant’s birth date and gender. The Needs supply moves: the person counts in the headcount, no longer in the incoming formation.',
  })
  @ApiOkResponse({ type: AppointmentDto })
  appointApplicant(@UuidParam() id: string, @Body() dto: AppointDto) {
    return this.service.appoint(id, dto);
  }

  @Get('public/recruitment/rounds/:id/announcements')
  @Public()
  @ApiTags('Public')
  @ApiExtraModels(RoundAnnouncementsDto, VacancyAnnouncementDto)
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag you hold: 304 when unchanged' })
  @ApiOp('Public: the announcements of a round (latest publication per stage), or one vacancy’s published list (names and masked NIK)', {
    isPublic: true,
    errors: [404],
    description:
      'Without vacancyId: the latest publication of each stage with its hash, time, publisher and the vacancies with their counts. With vacancyId (and stage, default the latest): ' +
      'that vacancy’s entries. Publications are immutable: cacheable (Cache-Control public, max-age=60), ETag = content hash, 304 on If-None-Match.',
  })
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(RoundAnnouncementsDto) }, { $ref: getSchemaPath(VacancyAnnouncementDto) }] } })
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match matched the ETag)' })
  async getRoundAnnouncements(@UuidParam() id: string, @Query() q: AnnouncementsQueryDto, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    const page = await this.service.announcements(id, q.vacancyId, q.stage);
    const etag = `"${page.etag}"`;
    reply.header('etag', etag).header('cache-control', 'public, max-age=60');
    if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*')) {
      reply.code(304).send();
      return;
    }
    reply.header('content-type', 'application/json; charset=utf-8').send(page.json);
  }
}
