import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

@ApiTags('Recruitment')
@Controller()
export class ApplicationsController {}
