import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ALL_USERS } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { IkmCalculationDto, IkmResultDto, PredicateCalculationDto, PredicateResultDto } from './dto/calculators.dto.js';
import { PerformanceCalculatorsService } from './performance-calculators.service.js';

@ApiTags('Performance')
@Controller('performance/calculate')
export class PerformanceCalculatorsController {
  constructor(private readonly service: PerformanceCalculatorsService) {}

  @Post('predicate')
  @HttpCode(200)
  @Access(ALL_USERS, ['performance:read'])
  @ApiOp('Calculator: the SKP predicate from the result and behaviour ratings', {
    errors: [422],
    description:
      'PermenPAN-RB 6/2022: the result rating (row) × the behaviour rating (column) of the reference rule `performance.predicate_matrix` in force today; says whether a coaching record is required (Butuh Perbaikan or worse).',
  })
  @ApiOkResponse({ type: PredicateResultDto })
  calculatePredicate(@Body() dto: PredicateCalculationDto) {
    return this.service.predicate(dto);
  }

  @Post('ikm')
  @HttpCode(200)
  @Access(ALL_USERS, ['performance:read'])
  @ApiOp('Calculator: the public satisfaction index (IKM) from responses or element means', {
    errors: [422],
    description:
      'PermenPAN-RB 14/2017: per element the mean of the answers given (unanswered left out), IKM = Σ NRR / 9, converted × 25, the grade A–D on the converted value rounded to 2 decimals; with `population`, the Krejcie & Morgan minimum sample. A bad answer is a 400 naming it (e.g. `responses.3.2`).',
  })
  @ApiOkResponse({ type: IkmResultDto })
  calculateIkm(@Body() dto: IkmCalculationDto) {
    return this.service.ikm(dto);
  }
}
