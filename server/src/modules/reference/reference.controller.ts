import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Access, ALL_USERS } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { ReferenceService } from './reference.service.js';
import {
  CreateReferenceRuleDto,
  ListReferenceRulesQueryDto,
  NikInfoDto,
  NipInfoDto,
  NipQueryDto,
  ReferenceRuleDto,
  RetirementCalcDto,
  RetirementResultDto,
  UpdateReferenceRuleDto,
} from './dto/reference.dto.js';

const ReferenceRulePage = PageOf(ReferenceRuleDto, 'ReferenceRulePage');

@ApiTags('Reference')
@Controller()
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('reference/nip/:nip')
  @Access(ALL_USERS, ['reference:read', 'employees:read'])
  @ApiParam({ name: 'nip', example: '196608011988031001' })
  @ApiOp('Break a NIP down into birth date, appointment month, gender and sequence', { errors: [422], description: '422 with the reason when the NIP is not valid.' })
  @ApiOkResponse({ type: NipInfoDto })
  parseNip(@Param('nip') nip: string, @Query() q: NipQueryDto): NipInfoDto {
    return this.reference.parseNip(nip, q.pppk === 'true');
  }

  @Get('reference/nik/:nik')
  @Access(ALL_USERS, ['reference:read'])
  @ApiParam({ name: 'nik', example: '3374015708850001' })
  @ApiOp('Break a NIK (national ID) down into region, gender and birth date parts', { errors: [422] })
  @ApiOkResponse({ type: NikInfoDto })
  parseNik(@Param('nik') nik: string): NikInfoDto {
    return this.reference.parseNik(nik);
  }

  @Get('reference-rules')
  @Access(ALL_USERS, ['reference:read'])
  @ApiOp('List reference rules (dated, with legal basis)')
  @ApiOkResponse({ type: ReferenceRulePage })
  listReferenceRules(@Query() q: ListReferenceRulesQueryDto) {
    return this.reference.list(q);
  }

  @Get('reference-rules/:id')
  @Access(ALL_USERS, ['reference:read'])
  @ApiOp('Get a reference rule version', { errors: [404] })
  @ApiOkResponse({ type: ReferenceRuleDto })
  getReferenceRule(@UuidParam() id: string) {
    return this.reference.get(id);
  }

  @Post('reference-rules')
  @Access(['admin'])
  @ApiOp('Add a reference rule version (e.g. a new decree from a date)', { errors: [409, 422] })
  @ApiCreatedResponse({ type: ReferenceRuleDto })
  createReferenceRule(@Body() dto: CreateReferenceRuleDto) {
    return this.reference.create(dto);
  }

  @Patch('reference-rules/:id')
  @Access(['admin'])
  @ApiOp('Correct a reference rule version', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: ReferenceRuleDto })
  updateReferenceRule(@UuidParam() id: string, @Body() dto: UpdateReferenceRuleDto) {
    return this.reference.update(id, dto);
  }

  @Delete('reference-rules/:id')
  @HttpCode(204)
  @Access(['admin'])
  @ApiOp('Delete a reference rule version', { errors: [404] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteReferenceRule(@UuidParam() id: string) {
    return this.reference.remove(id);
  }
}

@ApiTags('Needs')
@Controller('needs/calculate')
export class RetirementCalculatorController {
  constructor(private readonly reference: ReferenceService) {}

  @Post('retirement')
  @HttpCode(200)
  @Access(ALL_USERS, ['needs:read', 'employees:read', 'reference:read'])
  @ApiOp('Calculator: retirement age (BUP) and retirement date (TMT pensiun)', {
    errors: [422],
    description: 'PP 11/2017 art. 239: the first day of the month after the month in which the age is reached. Echoes the rule version used.',
  })
  @ApiOkResponse({ type: RetirementResultDto })
  calculateRetirement(@Body() dto: RetirementCalcDto) {
    return this.reference.calculateRetirement(dto);
  }
}
