import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { Observable, Subject, filter, interval, map, merge, takeUntil } from 'rxjs';

export interface AppEvent {
  /** Event name, e.g. `import.completed`. */
  type: string;
  /** Small JSON payload (ids and counts; clients fetch details through the API). */
  data: Record<string, unknown>;
  /** Recipients: user ids; empty = every signed-in user. */
  userIds: string[];
}

export interface SseMessage {
  type: string;
  data: string;
  id?: string;
}

/**
 * Server-sent events for signed-in users (in-process fan-out).
 * Streams end before the HTTP server closes (beforeApplicationShutdown runs before Nest disposes the server),
 * so open streams never hold SIGTERM up.
 */
@Injectable()
export class EventsService implements BeforeApplicationShutdown {
  private readonly bus = new Subject<AppEvent>();
  private readonly closing = new Subject<void>();
  private seq = 0;

  publish(type: string, data: Record<string, unknown>, userIds: string[] = []): void {
    this.bus.next({ type, data, userIds });
  }

  streamFor(userId: string, heartbeatMs = 25_000): Observable<SseMessage> {
    const events = this.bus.pipe(
      filter((e) => e.userIds.length === 0 || e.userIds.includes(userId)),
      map((e) => ({ type: e.type, data: JSON.stringify({ ...e.data, at: new Date().toISOString() }), id: String(++this.seq) })),
    );
    const heartbeat = interval(heartbeatMs).pipe(map(() => ({ type: 'ping', data: '{}' })));
    const hello = new Observable<SseMessage>((s) => {
      s.next({ type: 'ready', data: JSON.stringify({ userId }) });
    });
    return merge(hello, events, heartbeat).pipe(takeUntil(this.closing));
  }

  beforeApplicationShutdown(): void {
    this.closing.next();
    this.closing.complete();
  }
}
