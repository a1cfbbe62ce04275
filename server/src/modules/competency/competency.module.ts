import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { CertificatesController } from './certificates.controller.js';
import { CertificatesService } from './certificates.service.js';
import { CompetencyController } from './competency.controller.js';
import { CompetencyService } from './competency.service.js';
import { DevelopmentController } from './development.controller.js';
import { DevelopmentService } from './development.service.js';
import { TrainingController } from './training.controller.js';
import { TrainingService } from './training.service.js';

/**
 * Competency: the dictionary, position standards, assessments, Job-Person Match gaps and the heatmap; training
 * programs, sessions, enrolment, attendance and the JP ledger; certificates; recommendations and development plans.
 */
@Module({
  imports: [ReferenceModule, OrgModule],
  controllers: [CompetencyController, TrainingController, CertificatesController, DevelopmentController],
  providers: [CompetencyService, TrainingService, CertificatesService, DevelopmentService],
  exports: [CompetencyService, TrainingService],
})
export class CompetencyModule {}
