import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import {
  FormationPlansController,
  NeedsAnalysisController,
  NeedsCalculatorsController,
  NeedsScenariosController,
  RatioNormsController,
  WisnStudiesController,
  WorkloadTasksController,
} from './needs.controller.js';
import { NeedsAnalysisService } from './needs-analysis.service.js';
import { NeedsInputsService } from './needs-inputs.service.js';
import { NeedsPlansService } from './needs-plans.service.js';
import { NeedsRulesService } from './needs-rules.service.js';
import { NeedsScenariosService } from './needs-scenarios.service.js';

/**
 * Needs: workload, ratio and WISN demand, supply with retirements, gaps over a horizon, formation plans under a budget.
 * Exports NeedsPlansService for the recruitment module (approved plan lines become vacancies).
 */
@Module({
  imports: [ReferenceModule, OrgModule],
  controllers: [
    NeedsCalculatorsController,
    WorkloadTasksController,
    RatioNormsController,
    WisnStudiesController,
    NeedsAnalysisController,
    FormationPlansController,
    NeedsScenariosController,
  ],
  providers: [NeedsRulesService, NeedsInputsService, NeedsAnalysisService, NeedsPlansService, NeedsScenariosService],
  exports: [NeedsPlansService, NeedsAnalysisService],
})
export class NeedsModule {}
