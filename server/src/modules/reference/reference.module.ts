import { Module } from '@nestjs/common';
import { ReferenceController, RetirementCalculatorController } from './reference.controller.js';
import { ReferenceService } from './reference.service.js';
import { RetirementDatesService } from './retirement-dates.service.js';

@Module({
  controllers: [ReferenceController, RetirementCalculatorController],
  providers: [ReferenceService, RetirementDatesService],
  exports: [ReferenceService, RetirementDatesService],
})
export class ReferenceModule {}
