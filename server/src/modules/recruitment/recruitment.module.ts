import { Module } from '@nestjs/common';
import { NeedsModule } from '../needs/needs.module.js';
import { OrgModule } from '../org/org.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';
import { CalculatorsController } from './calculators.controller.js';
import { FunnelService } from './funnel.service.js';
import { InterviewsController } from './interviews.controller.js';
import { InterviewsService } from './interviews.service.js';
import { PublicApplicantsController } from './public-applicants.controller.js';
import { RankingController } from './ranking.controller.js';
import { RankingService } from './ranking.service.js';
import { ResultsController } from './results.controller.js';
import { ResultsService } from './results.service.js';
import { RoundsController } from './rounds.controller.js';
import { RoundsService } from './rounds.service.js';
import { ScoresController } from './scores.controller.js';
import { ScoresService } from './scores.service.js';

/**
 * Recruitment: rounds and their published rules, vacancies from approved formation plans, applicants, administrative
 * selection with appeals, SKD/SKB/PPPK score imports, blind interviews, ranking, immutable publications and appointment.
 */
@Module({
  imports: [ReferenceModule, OrgModule, NeedsModule],
  controllers: [
    CalculatorsController,
    RoundsController,
    ApplicationsController,
    PublicApplicantsController,
    ScoresController,
    InterviewsController,
    RankingController,
    ResultsController,
  ],
  providers: [RoundsService, ApplicationsService, ScoresService, InterviewsService, RankingService, FunnelService, ResultsService],
  exports: [RoundsService, ApplicationsService],
})
export class RecruitmentModule {}
