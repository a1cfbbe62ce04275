import { Controller } from '@nestjs/common';
import { TrainingService } from './training.service.js';

/** (being written) */
@Controller()
export class TrainingController {
  constructor(private readonly service: TrainingService) {}
}
