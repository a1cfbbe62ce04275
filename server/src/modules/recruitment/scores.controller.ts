import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-fastify';
import type { UploadedMultipartFile } from '@nestjs/platform-fastify';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { FILE_RESPONSES, sendFile } from '../../common/files.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { ValidationFailedError } from '../../common/problem.js';
import { uploadLimitBytes } from '../../config/runtime.js';
import {
  ApplicationScoresDto,
  CorrectScoresDto,
  ListScoreImportsQueryDto,
  ScoreImportDto,
  ScoreImportQueryDto,
  ScoreImportReportDto,
  ScoreTemplateQueryDto,
} from './dto/scores.dto.js';
import { RECRUITMENT_MANAGERS, RECRUITMENT_READERS } from './recruitment.types.js';
import { ScoresService } from './scores.service.js';

const ScoreImportPage = PageOf(ScoreImportDto, 'ScoreImportPage');

@ApiTags('Recruitment')
@Controller()
export class ScoresController {
  constructor(private readonly service: ScoresService) {}

  @Post('recruitment/rounds/:id/scores/import')
  @HttpCode(200)
  @Access(RECRUITMENT_MANAGERS)
  @UseInterceptors(FileInterceptor('file', { limits: () => ({ fileSize: uploadLimitBytes(), files: 1 }) }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'CSV (comma or semicolon, UTF-8) or XLSX: registrationNumber + the kind’s score columns' } },
    },
  })
  @ApiOp('Import a CAT score file (SKD, SKB or PPPK): dry run, all-or-nothing, idempotent by file hash', {
    errors: [404, 409, 413, 422],
    description:
      'Every bad cell is reported (row, column, reason): unknown registration number, another round, wrong stage, duplicate in the file, out of range, missing column. ' +
      'A real run writes every row or none (422 with the report). The same file again answers `alreadyImported: true` and changes nothing; a file that changes ' +
      'scores an earlier import set is refused (409: use the correction with a reason). Refused once the final result is published (409 RESULT_PUBLISHED).',
  })
  @ApiOkResponse({ type: ScoreImportReportDto })
  importScores(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Query() q: ScoreImportQueryDto, @UploadedFile() file: UploadedMultipartFile | undefined) {
    if (!file?.buffer) throw new ValidationFailedError([{ path: 'file', code: 'required', message: 'file is required (multipart field "file")' }]);
    return this.service.import(p, id, q.kind, { originalname: file.originalname, buffer: file.buffer }, q.dryRun === 'true');
  }

  @Get('recruitment/rounds/:id/scores/imports')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('List the score files imported into a round (hash, rows, changed, importer)', { errors: [404] })
  @ApiOkResponse({ type: ScoreImportPage })
  listScoreImports(@UuidParam() id: string, @Query() q: ListScoreImportsQueryDto) {
    return this.service.listImports(id, q);
  }

  @Get('recruitment/rounds/:id/scores/template')
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Download the score file template of a kind (CSV or XLSX header)', { errors: [404, 422] })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The template', content: FILE_RESPONSES })
  async getScoreTemplate(@UuidParam() id: string, @Query() q: ScoreTemplateQueryDto, @Res() reply: FastifyReply) {
    sendFile(reply, await this.service.template(id, q.kind, q.format ?? 'csv'));
  }

  @Patch('recruitment/applications/:id/scores')
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Correct an application’s scores with a reason (audited before/after)', {
    errors: [404, 409, 422],
    description: 'Send the version you read and only the scores that change. Refused once the round’s final result is published (409 RESULT_PUBLISHED).',
  })
  @ApiOkResponse({ type: ApplicationScoresDto })
  correctApplicationScores(@UuidParam() id: string, @Body() dto: CorrectScoresDto) {
    return this.service.correct(id, dto);
  }
}
