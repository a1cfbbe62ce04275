import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { OrgUnitsController, PositionsController, ServiceDriversController } from './org.controller.js';
import { OrgService } from './org.service.js';
import { UnitPathService } from './unit-path.service.js';

@Module({
  imports: [ReferenceModule],
  controllers: [OrgUnitsController, PositionsController, ServiceDriversController],
  providers: [OrgService, UnitPathService],
  exports: [OrgService, UnitPathService],
})
export class OrgModule {}
