import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { CompetencyController } from './competency.controller.js';
import { CompetencyService } from './competency.service.js';

/** Competency: the dictionary, position standards, assessments, Job-Person Match gaps and the heatmap. */
@Module({
  imports: [ReferenceModule, OrgModule],
  controllers: [CompetencyController],
  providers: [CompetencyService],
  exports: [CompetencyService],
})
export class CompetencyModule {}
