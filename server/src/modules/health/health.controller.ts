import { Controller, Get, HttpCode, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { DomainError } from '../../common/problem.js';

export class HealthDto {
  @ApiProperty({ enum: ['ok'], example: 'ok' }) status: 'ok';
  @ApiProperty({ description: 'Seconds since the process started' }) uptime: number;
  @ApiProperty({ required: false, description: 'Database round trip in ms (ready only)' }) databaseMs?: number;
}

@ApiTags('Health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(private readonly ds: DataSource) {}

  @Get('live')
  @Public()
  @ApiOp('Liveness: the process answers', { isPublic: true })
  @ApiOkResponse({ type: HealthDto })
  getLiveness(): HealthDto {
    return { status: 'ok', uptime: Math.round(process.uptime()) };
  }

  @Get('ready')
  @HttpCode(200)
  @Public()
  @ApiOp('Readiness: the database answers', { isPublic: true })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  async getReadiness(): Promise<HealthDto> {
    const t = process.hrtime.bigint();
    try {
      await this.ds.query('SELECT 1');
    } catch {
      throw new DomainError(503, 'DATABASE_UNAVAILABLE', 'Service unavailable', 'The database does not answer.');
    }
    return { status: 'ok', uptime: Math.round(process.uptime()), databaseMs: Number(process.hrtime.bigint() - t) / 1e6 };
  }
}
