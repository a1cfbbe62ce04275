import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ALL_USERS, STAFF_READERS, STAFF_WRITERS } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { OrgService } from './org.service.js';
import {
  CreateOrgUnitDto,
  CreatePositionDto,
  CreateServiceDriverDto,
  ListOrgUnitsQueryDto,
  ListPositionsQueryDto,
  ListServiceDriversQueryDto,
  OrgUnitDto,
  OrgUnitTreeNodeDto,
  OrgUnitTreeQueryDto,
  PositionDto,
  ServiceDriverDto,
  UpdateOrgUnitDto,
  UpdatePositionDto,
  UpdateServiceDriverDto,
} from './dto/org.dto.js';

const OrgUnitPage = PageOf(OrgUnitDto, 'OrgUnitPage');
const PositionPage = PageOf(PositionDto, 'PositionPage');
const ServiceDriverPage = PageOf(ServiceDriverDto, 'ServiceDriverPage');

@ApiTags('Organisation')
@Controller('org-units')
export class OrgUnitsController {
  constructor(private readonly org: OrgService) {}

  @Get()
  @Access(ALL_USERS, ['org:read'])
  @ApiOp('List units (flat, paged), within your subtree', { errors: [404] })
  @ApiOkResponse({ type: OrgUnitPage })
  listOrgUnits(@CurrentPrincipal() p: Principal, @Query() q: ListOrgUnitsQueryDto) {
    return this.org.listUnits(p, q);
  }

  @Get('tree')
  @Access(ALL_USERS, ['org:read'])
  @ApiOp('The unit tree below your unit (or the city), with employee counts per subtree', { errors: [404] })
  @ApiOkResponse({ type: [OrgUnitTreeNodeDto] })
  getOrgUnitTree(@CurrentPrincipal() p: Principal, @Query() q: OrgUnitTreeQueryDto) {
    return this.org.unitTree(p, q);
  }

  @Get(':id')
  @Access(ALL_USERS, ['org:read'])
  @ApiOp('Get a unit', { errors: [404] })
  @ApiOkResponse({ type: OrgUnitDto })
  getOrgUnit(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.org.getUnit(p, id);
  }

  @Post()
  @Access(['admin', 'planner', 'operator'])
  @ApiOp('Create a unit under a parent in your subtree', { errors: [404, 409] })
  @ApiCreatedResponse({ type: OrgUnitDto })
  createOrgUnit(@CurrentPrincipal() p: Principal, @Body() dto: CreateOrgUnitDto) {
    return this.org.createUnit(p, dto);
  }

  @Patch(':id')
  @Access(['admin', 'planner', 'operator'])
  @ApiOp('Update or move a unit', { errors: [404, 409, 422] })
  @ApiOkResponse({ type: OrgUnitDto })
  updateOrgUnit(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdateOrgUnitDto) {
    return this.org.updateUnit(p, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(['admin', 'planner'])
  @ApiOp('Delete an empty unit', { errors: [404, 409] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteOrgUnit(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.org.deleteUnit(p, id);
  }
}

@ApiTags('Organisation')
@Controller('positions')
export class PositionsController {
  constructor(private readonly org: OrgService) {}

  @Get()
  @Access(STAFF_READERS, ['positions:read'])
  @ApiOp('List positions (jabatan) in your subtree', { errors: [404] })
  @ApiOkResponse({ type: PositionPage })
  listPositions(@CurrentPrincipal() p: Principal, @Query() q: ListPositionsQueryDto) {
    return this.org.listPositions(p, q);
  }

  @Get(':id')
  @Access(STAFF_READERS, ['positions:read'])
  @ApiOp('Get a position', { errors: [404] })
  @ApiOkResponse({ type: PositionDto })
  getPosition(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.org.getPosition(p, id);
  }

  @Post()
  @Access(STAFF_WRITERS)
  @ApiOp('Create a position in a unit of your subtree', { errors: [404] })
  @ApiCreatedResponse({ type: PositionDto })
  createPosition(@CurrentPrincipal() p: Principal, @Body() dto: CreatePositionDto) {
    return this.org.createPosition(p, dto);
  }

  @Patch(':id')
  @Access(STAFF_WRITERS)
  @ApiOp('Update a position (its holders’ retirement dates follow)', { errors: [404, 409] })
  @ApiOkResponse({ type: PositionDto })
  updatePosition(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdatePositionDto) {
    return this.org.updatePosition(p, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(STAFF_WRITERS)
  @ApiOp('Delete a position nobody holds', { errors: [404, 409] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deletePosition(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.org.deletePosition(p, id);
  }
}

@ApiTags('Organisation')
@Controller('service-drivers')
export class ServiceDriversController {
  constructor(private readonly org: OrgService) {}

  @Get()
  @Access(STAFF_READERS, ['org:read', 'needs:read'])
  @ApiOp('List service drivers (population, pupils, classes, visits…) in your subtree', { errors: [404] })
  @ApiOkResponse({ type: ServiceDriverPage })
  listServiceDrivers(@CurrentPrincipal() p: Principal, @Query() q: ListServiceDriversQueryDto) {
    return this.org.listDrivers(p, q);
  }

  @Get(':id')
  @Access(STAFF_READERS, ['org:read', 'needs:read'])
  @ApiOp('Get a service driver', { errors: [404] })
  @ApiOkResponse({ type: ServiceDriverDto })
  getServiceDriver(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.org.getDriver(p, id);
  }

  @Post()
  @Access(STAFF_WRITERS)
  @ApiOp('Record a service driver value for a unit and year', { errors: [404, 409] })
  @ApiCreatedResponse({ type: ServiceDriverDto })
  createServiceDriver(@CurrentPrincipal() p: Principal, @Body() dto: CreateServiceDriverDto) {
    return this.org.createDriver(p, dto);
  }

  @Patch(':id')
  @Access(STAFF_WRITERS)
  @ApiOp('Update a service driver value', { errors: [404, 409] })
  @ApiOkResponse({ type: ServiceDriverDto })
  updateServiceDriver(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdateServiceDriverDto) {
    return this.org.updateDriver(p, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(STAFF_WRITERS)
  @ApiOp('Delete a service driver value', { errors: [404] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteServiceDriver(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.org.deleteDriver(p, id);
  }
}
