import { Controller } from '@nestjs/common';
import { DevelopmentService } from './development.service.js';

/** (being written) */
@Controller()
export class DevelopmentController {
  constructor(private readonly service: DevelopmentService) {}
}
