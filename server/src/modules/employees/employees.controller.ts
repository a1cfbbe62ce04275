import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-fastify';
import type { UploadedMultipartFile } from '@nestjs/platform-fastify';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, STAFF_READERS, STAFF_WRITERS, ALL_USERS } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { ValidationFailedError } from '../../common/problem.js';
import { uploadLimitBytes } from '../../config/runtime.js';
import { EmployeesService } from './employees.service.js';
import { EmployeesImportService } from './import/employees-import.service.js';
import { FILE_RESPONSES, sendFile } from '../../common/files.js';
import {
  CreateEmployeeDto,
  EmployeeDetailDto,
  EmployeeDto,
  EmployeeStatsDto,
  EmployeeStatsQueryDto,
  ExportEmployeesQueryDto,
  ListEmployeesQueryDto,
  UpdateEmployeeDto,
} from './dto/employee.dto.js';
import { ImportQueryDto, ImportReportDto, TemplateQueryDto } from './dto/import.dto.js';

const EmployeePage = PageOf(EmployeeDto, 'EmployeePage');

@ApiTags('Employees')
@Controller('employees')
export class EmployeesController {
  constructor(
    private readonly employees: EmployeesService,
    private readonly importer: EmployeesImportService,
  ) {}

  @Get()
  @Access(['admin', 'planner', 'operator', 'leader', 'employee'], ['employees:read'])
  @ApiOp('List employees in your subtree (paged, filtered, sorted; search by name or NIP)', { errors: [404] })
  @ApiOkResponse({ type: EmployeePage })
  listEmployees(@CurrentPrincipal() p: Principal, @Query() q: ListEmployeesQueryDto) {
    return this.employees.list(p, q);
  }

  @Get('stats')
  @Access(ALL_USERS, ['employees:read'])
  @ApiOp('Headline figures: employees by status and unit, retirements per year', { errors: [404] })
  @ApiOkResponse({ type: EmployeeStatsDto })
  getEmployeeStats(@CurrentPrincipal() p: Principal, @Query() q: EmployeeStatsQueryDto) {
    return this.employees.stats(p, q);
  }

  @Get('export')
  @Access(STAFF_READERS, ['employees:read'])
  @ApiOp('Export exactly the filtered list as XLSX or CSV', { errors: [404] })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file', content: FILE_RESPONSES })
  async exportEmployees(@CurrentPrincipal() p: Principal, @Query() q: ExportEmployeesQueryDto, @Res() reply: FastifyReply) {
    sendFile(reply, await this.importer.export(p, q));
  }

  @Get('import/template')
  @Access(STAFF_WRITERS)
  @ApiOp('Download the import template (XLSX with instructions and unit codes, or CSV)')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The template', content: FILE_RESPONSES })
  async getEmployeeImportTemplate(@CurrentPrincipal() p: Principal, @Query() q: TemplateQueryDto, @Res() reply: FastifyReply) {
    sendFile(reply, await this.importer.template(p, q.format ?? 'xlsx'));
  }

  @Post('import')
  @HttpCode(200)
  @Access(STAFF_WRITERS)
  @UseInterceptors(FileInterceptor('file', { limits: () => ({ fileSize: uploadLimitBytes(), files: 1 }) }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'CSV or XLSX with the template’s columns' } } } })
  @ApiOp('Import employees from CSV or XLSX (dry run, then all-or-nothing upsert by NIP)', {
    errors: [404, 413, 415, 422],
    description:
      'With `dryRun=true` every bad row is reported (row, column, reason) and nothing is written. A real run writes every row or none (422 with the report); repeating it does not duplicate anyone.',
  })
  @ApiOkResponse({ type: ImportReportDto })
  importEmployees(@CurrentPrincipal() p: Principal, @Query() q: ImportQueryDto, @UploadedFile() file: UploadedMultipartFile | undefined) {
    if (!file?.buffer) throw new ValidationFailedError([{ path: 'file', code: 'required', message: 'file is required (multipart field "file")' }]);
    return this.importer.import(p, { originalname: file.originalname, buffer: file.buffer }, q.dryRun === 'true');
  }

  @Get(':id')
  @Access(['admin', 'planner', 'operator', 'leader', 'employee'], ['employees:read'])
  @ApiOp('Get an employee with the NIP breakdown and retirement date', { errors: [404] })
  @ApiOkResponse({ type: EmployeeDetailDto })
  getEmployee(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.employees.get(p, id);
  }

  @Post()
  @Access(STAFF_WRITERS, ['employees:write'])
  @ApiOp('Create an employee', { errors: [404, 409] })
  @ApiCreatedResponse({ type: EmployeeDetailDto })
  createEmployee(@CurrentPrincipal() p: Principal, @Body() dto: CreateEmployeeDto) {
    return this.employees.create(p, dto);
  }

  @Patch(':id')
  @Access(STAFF_WRITERS, ['employees:write'])
  @ApiOp('Update an employee (send the version you read)', { errors: [404, 409] })
  @ApiOkResponse({ type: EmployeeDetailDto })
  updateEmployee(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Body() dto: UpdateEmployeeDto) {
    return this.employees.update(p, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access(STAFF_WRITERS, ['employees:write'])
  @ApiOp('Delete an employee record', { errors: [404] })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteEmployee(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.employees.remove(p, id);
  }
}
