import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ALL_USERS } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { FinalScoreCalculationDto, FinalScoreResultDto, SkdCalculationDto, SkdResultDto } from './dto/calculators.dto.js';
import { RankingService } from './ranking.service.js';

@ApiTags('Recruitment')
@Controller('recruitment/calculate')
export class CalculatorsController {
  constructor(private readonly ranking: RankingService) {}

  @Post('skd')
  @HttpCode(200)
  @Access(ALL_USERS, ['recruitment:read'])
  @ApiOp('Calculator: SKD total and pass for a category', {
    errors: [404, 409, 422],
    description:
      'KepmenPAN-RB 321/2024: umum passes when TWK ≥ 65, TIU ≥ 80 and TKP ≥ 166 each; cumlaude when the total ≥ 311 and TIU ≥ 85; disabilitas and papua when the total ≥ 286 and TIU ≥ 60. ' +
      "The grades come from the round's rules (`roundId`) or the reference rule in force today; the response names every grade not reached and echoes the rule version. " +
      'TWK and TIU are multiples of 5 (5 or 0 points a question); a score above the rule maximum is a 422 naming the field.',
  })
  @ApiOkResponse({ type: SkdResultDto })
  calculateSkd(@CurrentPrincipal() p: Principal, @Body() dto: SkdCalculationDto) {
    return this.ranking.calculateSkd(p, dto);
  }

  @Post('final-score')
  @HttpCode(200)
  @Access(ALL_USERS, ['recruitment:read'])
  @ApiOp('Calculator: CPNS final score from the SKD total and the SKB score', {
    errors: [404, 409, 422],
    description:
      'Final = skdWeight × (SKD / 550 × 100) + skbWeight × SKB (40/60 by default), rounded half-up to 2 decimals from the unrounded parts, computed exactly ' +
      '(SKD 420 → 76.36; SKB 80 → 78.55). The ranking uses the same figures. Weights from the round (`roundId`) or the reference rule in force today.',
  })
  @ApiOkResponse({ type: FinalScoreResultDto })
  calculateFinalScore(@CurrentPrincipal() p: Principal, @Body() dto: FinalScoreCalculationDto) {
    return this.ranking.calculateFinalScore(p, dto);
  }
}
