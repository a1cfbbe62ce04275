import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { PerformanceCalculatorsController } from './performance-calculators.controller.js';
import { PerformanceCalculatorsService } from './performance-calculators.service.js';

/**
 * Performance (issue 7), started: the calculators (SKP predicate, IKM) on the pure rules of calc/. Targets, progress
 * reports, live monitoring, coaching, appraisal and the public feedback form come next.
 */
@Module({
  imports: [ReferenceModule],
  controllers: [PerformanceCalculatorsController],
  providers: [PerformanceCalculatorsService],
})
export class PerformanceModule {}
