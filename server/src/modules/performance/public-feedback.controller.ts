import { Body, Controller, Get, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { FeedbackReceiptDto, ListPublicServicesQueryDto, PublicIkmDto, PublicIkmQueryDto, PublicServiceDto, PublicServiceUnitDto, SubmitFeedbackDto } from './dto/ikm.dto.js';
import { PublicFeedbackService } from './public-feedback.service.js';

@ApiTags('Public')
@Controller()
export class PublicFeedbackController {
  constructor(private readonly service: PublicFeedbackService) {}

  @Get('public/services')
  @Public()
  @ApiOp('Public: the units with service desks citizens can rate, each with its active services', { isPublic: true, errors: [404] })
  @ApiOkResponse({ type: [PublicServiceUnitDto] })
  listPublicServices(@Query() q: ListPublicServicesQueryDto) {
    return this.service.listServices(q);
  }

  @Get('public/services/:code')
  @Public()
  @ApiOp('Public: one service desk by its code (from the QR code), with the nine elements to answer and its published comments', {
    isPublic: true,
    errors: [404],
  })
  @ApiOkResponse({ type: PublicServiceDto })
  getPublicService(@Param('code') code: string) {
    return this.service.getService(code);
  }

  @Post('public/feedback')
  @Public()
  @ApiHeader({ name: 'X-Device-Id', required: false, description: 'The random id the browser keeps (or `deviceId` in the body)' })
  @ApiOp('Public: rate a service — nine answers 1–4 (null = not answered, at least five answered), an optional comment and contact for a reply', {
    isPublic: true,
    errors: [404, 409, 429],
    description:
      'Flood protection from the rule `ikm.flood_protection`, counted in the database (all API processes): per device per day (429 FEEDBACK_DEVICE_LIMIT), ' +
      'per network address per hour, generous so an office’s shared Wi-Fi is fine (429 FEEDBACK_ADDRESS_LIMIT), both with Retry-After; the same answers and comment ' +
      'for the same service from the same device (or address) within the window: 409 DUPLICATE_FEEDBACK. Bad answers: 400 naming `answers.<i>` or `answers`. ' +
      'Nothing personal is stored unless contact details are given; the address and device only as keyed hashes.',
  })
  @ApiCreatedResponse({ type: FeedbackReceiptDto })
  submitFeedback(@Body() dto: SubmitFeedbackDto, @Req() req: FastifyRequest, @Headers('x-device-id') deviceHeader: string | undefined) {
    return this.service.submit(dto, req.ip, deviceHeader);
  }

  @Get('public/ikm')
  @Public()
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag you hold: 304 when unchanged' })
  @ApiOp('Public: the published IKM of the year per unit (its own services) and for the city', {
    isPublic: true,
    description: 'Units with responses in the year, by name, with the converted index and grade (null when an element has no answer). Cached for 30 s; ETag, 304 on If-None-Match.',
  })
  @ApiOkResponse({ type: PublicIkmDto })
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match matched the ETag)' })
  async getPublicIkm(@Query() q: PublicIkmQueryDto, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    const page = await this.service.publicIkm(q.year);
    const etag = `"${page.etag}"`;
    reply.header('etag', etag).header('cache-control', 'public, max-age=60');
    if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*')) {
      reply.code(304).send();
      return;
    }
    reply.header('content-type', 'application/json; charset=utf-8').send(page.json);
  }
}
