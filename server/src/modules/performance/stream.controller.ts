import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiHeader, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { PerformanceStreamService, REPLAY_LIMIT } from './stream.service.js';

const EVENT_ID = /^\d{1,18}$/;

export class PerformanceStreamQueryDto {
  /** Resume after this event id (for a page that reloads; EventSource itself sends the `Last-Event-ID` header). */
  @ApiPropertyOptional({ example: '1042', description: 'Resume after this event id (the `Last-Event-ID` header wins when both are given)' })
  @IsOptional()
  @Matches(EVENT_ID, { message: 'lastEventId must be an event id (digits)' })
  lastEventId?: string;
}

@ApiTags('Performance')
@Controller('performance/stream')
export class PerformanceStreamController {
  constructor(private readonly stream: PerformanceStreamService) {}

  // A GET answered as a stream by the service (one write per batch of events), not @Sse(): see PerformanceStreamService.
  @Get()
  @Access(['leader', 'operator', 'planner', 'admin', 'employee'])
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The id of the last event received: missed events in scope are replayed first' })
  @ApiOp('Live performance events in your scope (reports, decisions, pace changes, plans, coaching, evaluations)', {
    description:
      'A `text/event-stream` shared by every API process (PostgreSQL LISTEN/NOTIFY). `ready` first, a `ping` every 25 s, then the events ' +
      'of your scope as they are committed: your unit subtree (and your own) for leaders and operators, everything for planners and admins, ' +
      'only your own for employees. Each event has `id` (the event id, increasing), `event` (its type: `report.submitted`, `report.accepted`, ' +
      '`report.returned`, `target.at_risk`, `target.back_on_track`, `plan.submitted`, `plan.approved`, `plan.returned`, `coaching.opened`, ' +
      '`coaching.updated`, `evaluation.finalised`) and `data` (JSON: the ids, names and figures a board needs to update a row, plus `at`). ' +
      `With \`Last-Event-ID\` (or \`?lastEventId=\`) the events in scope after that id are replayed first (at most ${REPLAY_LIMIT}, oldest first), ` +
      'then live ones follow without duplicates. `ready` (data `{scope, employeeOnly, replayed?}`) and `ping` carry the id the stream is up to, ' +
      'so a reconnecting EventSource resumes from there (`retry: 3000`). A client that stops reading is disconnected once 4 MB wait for it; it resumes the same way.',
  })
  @ApiOkResponse({ description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } })
  streamPerformanceEvents(
    @CurrentPrincipal() p: Principal,
    @Query() q: PerformanceStreamQueryDto,
    @Headers('last-event-id') header: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // A malformed header is ignored (browsers send back what we sent); a malformed query answers 400.
    const last = header && EVENT_ID.test(header.trim()) ? header.trim() : (q.lastEventId ?? null);
    return this.stream.open(p, last, reply);
  }
}
