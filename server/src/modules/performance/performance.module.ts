import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { PerformanceCalculatorsController } from './performance-calculators.controller.js';
import { PerformanceCalculatorsService } from './performance-calculators.service.js';
// ── PLANS imports
import { PeriodsController } from './periods.controller.js';
import { PeriodsService } from './periods.service.js';
import { PlansController } from './plans.controller.js';
import { PlansService } from './plans.service.js';
// ── REPORTS imports
import { MonitoringController } from './monitoring.controller.js';
import { MonitoringService } from './monitoring.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';
// ── STREAM imports
import { PerformanceStreamController } from './stream.controller.js';
import { PerformanceStreamService } from './stream.service.js';
// ── APPRAISAL imports
import { CoachingController } from './coaching.controller.js';
import { CoachingService } from './coaching.service.js';
import { EvaluationsController } from './evaluations.controller.js';
import { EvaluationsService } from './evaluations.service.js';
import { UnitRatingsController } from './unit-ratings.controller.js';
import { UnitRatingsService } from './unit-ratings.service.js';
// ── IKM imports
import { IkmController } from './ikm.controller.js';
import { IkmService } from './ikm.service.js';
import { PublicFeedbackController } from './public-feedback.controller.js';
import { PublicFeedbackService } from './public-feedback.service.js';
import { UnitPerformanceController } from './unit-performance.controller.js';
import { UnitPerformanceService } from './unit-performance.service.js';

/**
 * Performance (issue 7): SKP periods and plans with cascading targets, progress reports with evidence, live monitoring
 * over LISTEN/NOTIFY, coaching, appraisal with the distribution check, and citizens' feedback (IKM).
 */
@Module({
  imports: [ReferenceModule],
  controllers: [
    PerformanceCalculatorsController,
    // ── PLANS controllers
    PeriodsController,
    PlansController,
    // ── REPORTS controllers
    ReportsController,
    MonitoringController,
    // ── STREAM controllers
    PerformanceStreamController,
    // ── APPRAISAL controllers
    CoachingController,
    EvaluationsController,
    UnitRatingsController,
    // ── IKM controllers
    IkmController,
    PublicFeedbackController,
    UnitPerformanceController,
  ],
  providers: [
    PerformanceCalculatorsService,
    // ── PLANS providers
    PeriodsService,
    PlansService,
    // ── REPORTS providers
    ReportsService,
    MonitoringService,
    // ── STREAM providers
    PerformanceStreamService,
    // ── APPRAISAL providers
    CoachingService,
    EvaluationsService,
    UnitRatingsService,
    // ── IKM providers
    IkmService,
    PublicFeedbackService,
    UnitPerformanceService,
  ],
})
export class PerformanceModule {}
