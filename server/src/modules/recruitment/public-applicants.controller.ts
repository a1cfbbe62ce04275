import { Body, Controller, Get, Headers, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor, RouteConfig } from '@nestjs/platform-fastify';
import type { UploadedMultipartFile } from '@nestjs/platform-fastify';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { UuidParam } from '../../common/params.js';
import { uploadLimitBytes } from '../../config/runtime.js';
import { ApplicationsService } from './applications.service.js';
import {
  ApplicationStatusDto,
  PublicAppealDto,
  RegisterApplicationDto,
  RegistrationDto,
  StatusQueryDto,
  SubmitAppealDto,
  UploadDocumentDto,
  UploadedDocumentDto,
} from './dto/applications.dto.js';

@ApiTags('Public')
@Controller()
export class PublicApplicantsController {
  constructor(private readonly service: ApplicationsService) {}

  @Post('public/recruitment/rounds/:id/applications')
  @Public()
  @RouteConfig({ rateLimit: 'login' })
  @ApiOp('Public: register for a round (NIK checked against birth date and gender); returns the registration number and a one-time access code', {
    isPublic: true,
    errors: [404, 409, 422, 429],
    description:
      'Only while the round is published and today (WIB) is within its registration window (409 naming the window). One application per NIK per round (409 APPLICATION_EXISTS). ' +
      '`gpa` is on 0–4, except for educationLevel SMA where it is the diploma average on 0–100. The access code is shown once: keep it to upload documents and to appeal.',
  })
  @ApiCreatedResponse({ type: RegistrationDto })
  registerApplication(@UuidParam() id: string, @Body() dto: RegisterApplicationDto) {
    return this.service.register(id, dto);
  }

  @Post('public/recruitment/applications/:registrationNumber/documents')
  @Public()
  @RouteConfig({ rateLimit: 'login' })
  @UseInterceptors(FileInterceptor('file', { limits: () => ({ fileSize: uploadLimitBytes(), files: 1 }) }))
  @ApiConsumes('multipart/form-data')
  @ApiHeader({ name: 'X-Access-Code', required: true, description: 'The access code given at registration' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'file'],
      properties: { kind: { type: 'string', description: "One of the round's document keys" }, file: { type: 'string', format: 'binary', description: 'PDF or JPEG' } },
    },
  })
  @ApiOp('Public: upload (or replace) a document of an application while registration is open', {
    isPublic: true,
    errors: [404, 409, 413, 415, 429],
    description:
      'PDF or JPEG, recognised by the file content (415 otherwise); at most the round’s maxDocumentBytes (413). A wrong access code or an unknown number answer the same 404.',
  })
  @ApiCreatedResponse({ type: UploadedDocumentDto })
  uploadApplicationDocument(
    @Param('registrationNumber') registrationNumber: string,
    @Headers('x-access-code') accessCode: string | undefined,
    @Body() dto: UploadDocumentDto,
    @UploadedFile() file: UploadedMultipartFile | undefined,
  ) {
    return this.service.uploadDocument(registrationNumber, accessCode, dto.kind, file);
  }

  @Post('public/recruitment/appeals')
  @Public()
  @RouteConfig({ rateLimit: 'login' })
  @ApiOp('Public: appeal (sanggah) a TMS administrative result within the appeal window', {
    isPublic: true,
    errors: [404, 409, 429],
    description: 'Only for admin_failed applications, within [appealOpens, appealCloses], one pending appeal at a time (409). A wrong access code answers 404.',
  })
  @ApiCreatedResponse({ type: PublicAppealDto })
  submitAppeal(@Body() dto: SubmitAppealDto) {
    return this.service.submitAppeal(dto);
  }

  @Get('public/recruitment/status')
  @Public()
  @RouteConfig({ rateLimit: 'login' })
  @ApiOp('Public: an applicant’s stage, administrative result, appeals and published scores, by registration number and birth date', {
    isPublic: true,
    errors: [404, 429],
    description:
      'Rate-limited like sign-in; an unknown number and a wrong birth date answer the same 404, so numbers cannot be enumerated. Scores appear only once the round has published the SKD or final result; never the NIK.',
  })
  @ApiOkResponse({ type: ApplicationStatusDto })
  getApplicationStatus(@Query() q: StatusQueryDto) {
    return this.service.status(q);
  }
}
