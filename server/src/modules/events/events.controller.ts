import { Controller, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { Access, ALL_USERS } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { CurrentPrincipal } from '../../common/principal.decorator.js';
import type { Principal } from '../../common/principal.js';
import { EventsService, SseMessage } from './events.service.js';

@ApiTags('Auth')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Sse()
  @Access(ALL_USERS)
  @ApiProduces('text/event-stream')
  @ApiOp('Server-sent events for the signed-in user (ready, ping, import.completed…)', {
    description: 'A `text/event-stream`: `ready` first, a `ping` every 25 s, then events addressed to you (e.g. `import.completed` with the counts of your import).',
  })
  @ApiOkResponse({ description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } })
  streamEvents(@CurrentPrincipal() p: Principal): Observable<SseMessage> {
    return this.events.streamFor(p.id);
  }
}
