import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { PerformanceCalculatorsController } from './performance-calculators.controller.js';
import { PerformanceCalculatorsService } from './performance-calculators.service.js';
// ── PLANS imports
// ── REPORTS imports
// ── STREAM imports
// ── APPRAISAL imports
// ── IKM imports

/**
 * Performance (issue 7): SKP periods and plans with cascading targets, progress reports with evidence, live monitoring
 * over LISTEN/NOTIFY, coaching, appraisal with the distribution check, and citizens' feedback (IKM).
 */
@Module({
  imports: [ReferenceModule],
  controllers: [
    PerformanceCalculatorsController,
    // ── PLANS controllers
    // ── REPORTS controllers
    // ── STREAM controllers
    // ── APPRAISAL controllers
    // ── IKM controllers
  ],
  providers: [
    PerformanceCalculatorsService,
    // ── PLANS providers
    // ── REPORTS providers
    // ── STREAM providers
    // ── APPRAISAL providers
    // ── IKM providers
  ],
})
export class PerformanceModule {}
