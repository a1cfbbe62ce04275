import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { EmployeesController } from './employees.controller.js';
import { EmployeesService } from './employees.service.js';
import { EmployeesImportService } from './import/employees-import.service.js';

@Module({
  imports: [OrgModule, ReferenceModule],
  controllers: [EmployeesController],
  providers: [EmployeesService, EmployeesImportService],
  exports: [EmployeesService],
})
export class EmployeesModule {}
