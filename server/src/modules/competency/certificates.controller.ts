import { Controller, Get, Param, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Public } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { sendFile } from '../../common/files.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { CertificatesService } from './certificates.service.js';
import { CertificateCheckDto } from './dto/development.dto.js';

@ApiTags('Competency')
@Controller()
export class CertificatesController {
  constructor(private readonly service: CertificatesService) {}

  @Get('training/enrolments/:id/certificate')
  @Access(['admin', 'planner', 'operator', 'leader', 'employee'])
  @ApiOp('The certificate of a completed enrolment as a PDF (the holder, or staff whose subtree holds them)', {
    errors: [404, 422],
    description: 'A4 landscape, with the verification code and the public check path. 422 when the enrolment is not completed or has no certificate code.',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The certificate', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async getEnrolmentCertificate(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Res() reply: FastifyReply) {
    sendFile(reply, await this.service.certificatePdf(p, id));
  }

  @Get('public/certificates/:code')
  @Public()
  @RouteConfig({ rateLimit: 'login' })
  @ApiOp('Public: check a certificate by its verification code (holder’s name masked)', {
    isPublic: true,
    errors: [404, 429],
    description: 'No sign-in. Rate-limited per client like sign-in; an unknown code answers 404 with the same body whatever the code, so codes cannot be enumerated.',
  })
  @ApiOkResponse({ type: CertificateCheckDto })
  checkCertificate(@Param('code') code: string) {
    return this.service.checkCertificate(code);
  }
}
