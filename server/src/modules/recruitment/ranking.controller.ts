import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { sendFile, XLSX_RESPONSE, XLSX_TYPE } from '../../common/files.js';
import { PageOf } from '../../common/pagination.js';
import { UuidParam } from '../../common/params.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { FunnelDto, FunnelQueryDto, RankingEntryDto, RankingQueryDto, RankResultDto, ShortlistResultDto } from './dto/ranking.dto.js';
import { FunnelService } from './funnel.service.js';
import { RankingService } from './ranking.service.js';
import { RECRUITMENT_MANAGERS, RECRUITMENT_READERS } from './recruitment.types.js';

const RankingPage = PageOf(RankingEntryDto, 'RankingPage');

@ApiTags('Recruitment')
@Controller('recruitment/rounds')
export class RankingController {
  constructor(
    private readonly ranking: RankingService,
    private readonly funnel: FunnelService,
  ) {}

  @Post(':id/shortlist')
  @HttpCode(200)
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('SKD pass per category and the SKB shortlist per vacancy and category (CPNS)', {
    errors: [404, 409, 422],
    description:
      "Sets each application's SKD total, pass and failed grades from the round's passing grades; then, per vacancy and category, shortlists up to " +
      'multiplier × seats of the passers by SKD total, TKP, TIU, TWK, GPA, the older, registration number; with `include_all` everyone tied on SKD total ' +
      'with the last place is shortlisted too. A re-run resets any ranking. 409 for a PPPK round or after a final publication; 422 naming the applications without SKD scores.',
  })
  @ApiOkResponse({ type: ShortlistResultDto })
  shortlistRound(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.ranking.shortlist(p, id);
  }

  @Post(':id/rank')
  @HttpCode(200)
  @Access(RECRUITMENT_MANAGERS)
  @ApiOp('Rank the round: final scores and ranks per vacancy and category; within the seats → passed', {
    errors: [404, 409, 422],
    description:
      'CPNS: the shortlisted, SKB = Σ weight × component (interview = the panel mean), final = skdWeight × SKD/550 × 100 + skbWeight × SKB rounded half-up to 2 decimals; ' +
      'ties broken by final score, SKD total, TKP, TIU, TWK, GPA, the older applicant, registration number. PPPK: admin-passed applications, final = total / 670 × 100; ' +
      'ties by total, technical, managerial + socio-cultural, interview, GPA, the older. Deterministic: the same data gives the same order. ' +
      '422 naming the applications with missing scores; 409 once a final result is published.',
  })
  @ApiOkResponse({ type: RankResultDto })
  rankRound(@CurrentPrincipal() p: Principal, @UuidParam() id: string) {
    return this.ranking.rank(p, id);
  }

  @Get(':id/ranking')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('The ranking of a round per vacancy and category (your subtree)', { errors: [404] })
  @ApiOkResponse({ type: RankingPage })
  listRanking(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Query() q: RankingQueryDto) {
    return this.ranking.ranking(p, id, q);
  }

  @Get(':id/funnel')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('Funnel analytics of a round or a vacancy: applicants per seat, stage pass rates, time in each stage, by gender and education', { errors: [404] })
  @ApiOkResponse({ type: FunnelDto })
  getRoundFunnel(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Query() q: FunnelQueryDto) {
    return this.funnel.funnel(p, id, q);
  }

  @Get(':id/funnel/export')
  @Access(RECRUITMENT_READERS, ['recruitment:read'])
  @ApiOp('The funnel as XLSX: one sheet for the stages and one per breakdown', { errors: [404] })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The workbook', content: XLSX_RESPONSE })
  async exportRoundFunnel(@CurrentPrincipal() p: Principal, @UuidParam() id: string, @Query() q: FunnelQueryDto, @Res() reply: FastifyReply) {
    sendFile(reply, await this.funnel.exportFunnel(p, id, q));
  }
}
