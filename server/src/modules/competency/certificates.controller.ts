import { Controller } from '@nestjs/common';
import { CertificatesService } from './certificates.service.js';

/** (being written) */
@Controller()
export class CertificatesController {
  constructor(private readonly service: CertificatesService) {}
}
