import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ServerResponse } from 'node:http';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/principal.js';
import { DATABASE_URL } from '../../database/database.module.js';
import { PERFORMANCE_CHANNEL } from './performance.repo.js';

/** A row of `performance_events` as the stream reads it. */
interface EventRow {
  id: string;
  type: string;
  unit_path: string;
  employee_id: string | null;
  data: Record<string, unknown>;
  at: Date;
}

/** An event ready for fan-out: its scope fields and its SSE text (formatted once, written to every stream). */
interface LiveEvent {
  id: bigint;
  unitPath: string;
  employeeId: string | null;
  text: string;
}

/** One open stream. */
interface Subscriber {
  /** Streams with the same key see the same events: a batch is formatted once per key. */
  key: string;
  matches: (e: { unitPath: string; employeeId: string | null }) => boolean;
  res: ServerResponse;
  /** Highest event id written (what `ready`/`ping` carry, so a reconnecting EventSource resumes there). */
  upTo: bigint;
  /** While the replay query runs: live events wait here. */
  buffer: LiveEvent[] | null;
  /** For a while after a replay: ids the client has (≤ floor, or replayed) are not written again. */
  floor: bigint | null;
  replayed: Set<bigint> | null;
}

/** At most this many events are replayed for a `Last-Event-ID` (oldest first). */
export const REPLAY_LIMIT = 1000;
export const HEARTBEAT_MS = 25_000;
/** A client that has this much unsent data is cut (its EventSource reconnects and resumes with Last-Event-ID). */
const MAX_PENDING_BYTES = 4 * 1024 * 1024;
/** Ids delivered lately, to drop an id seen twice (a catch-up after a reconnect overlapping a late notification). */
const RECENT_IDS = 20_000;
/** A reconnect catches up from this many ids before the last one seen: transactions commit out of id order. */
const CATCH_UP_MARGIN = 500n;
/** Under a burst of notifications, the fan-out runs at most this often (a batch per stream instead of an event). */
const FLUSH_INTERVAL_MS = 20;
const BACKOFF_MS = [100, 250, 500, 1000, 2000, 5000];
const COLUMNS = 'id::text AS id, type, unit_path, employee_id, data, at';

/**
 * Which events a principal's stream carries: employees their own; unit-scoped roles their subtree and their own;
 * city-wide roles all. `key` is the same for principals who see the same events.
 */
export function streamScope(p: Principal): {
  key: string;
  matches: (e: { unitPath: string; employeeId: string | null }) => boolean;
  sql: (params: unknown[]) => string;
} {
  const me = p.employeeId;
  if (p.role === 'employee') {
    return {
      key: `e|${me ?? ''}`,
      matches: (e) => !!me && e.employeeId === me,
      sql: (params) => {
        params.push(me ?? '00000000-0000-0000-0000-000000000000');
        return `employee_id = $${params.length}`;
      },
    };
  }
  const path = p.unitPath;
  if (!path) return { key: '*', matches: () => true, sql: () => 'true' };
  return {
    key: `u|${path}|${me ?? ''}`,
    matches: (e) => e.unitPath.startsWith(path) || (!!me && e.employeeId === me),
    sql: (params) => {
      params.push(`${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const like = `unit_path LIKE $${params.length}`;
      if (!me) return like;
      params.push(me);
      return `(${like} OR employee_id = $${params.length})`;
    },
  };
}

/** One SSE message (event names and ids never contain line breaks; `data` is one line of JSON). */
export function sseText(type: string, id: string, data: string): string {
  return `event: ${type}\nid: ${id}\ndata: ${data}\n\n`;
}

function toLive(row: EventRow): LiveEvent {
  const at = row.at instanceof Date ? row.at.toISOString() : String(row.at);
  return {
    id: BigInt(row.id),
    unitPath: row.unit_path,
    employeeId: row.employee_id,
    text: sseText(row.type, row.id, JSON.stringify({ ...row.data, at })),
  };
}

/** `12,13,14` or `*12-940` (a range, for transactions with very many events) → the ids to read. */
export function parsePayload(payload: string): { ids: bigint[] } | { from: bigint; to: bigint } | null {
  if (payload.startsWith('*')) {
    const m = /^\*(\d{1,18})-(\d{1,18})$/.exec(payload);
    return m ? { from: BigInt(m[1]), to: BigInt(m[2]) } : null;
  }
  const ids = payload
    .split(',')
    .filter((s) => /^\d{1,18}$/.test(s))
    .map((s) => BigInt(s));
  return ids.length ? { ids } : null;
}

/**
 * Live performance events for the boards (issue 7), across API processes.
 *
 * ONE dedicated PostgreSQL connection per process LISTENs on `performance_events` (opened with the first stream, not
 * at boot, so processes and tests without streams hold no extra connection). Each notification carries event ids; the
 * ids arriving together (same tick, or while a read is running) are read in one query and fanned out, in id order,
 * to the open streams whose scope contains them. A dropped connection is reopened with backoff and the events
 * written meanwhile are read by id from the last one seen.
 *
 * The fan-out writes to the responses itself rather than through Nest's `@Sse()` Observable pipeline: a batch is
 * formatted once per scope (every city-wide stream shares one Buffer) and each stream gets one write per batch.
 * Through `@Sse()` every event costs each stream an rxjs pipeline pass, a promise and a socket write: with 2,000
 * streams and 200 events a second that is 400,000 of each a second, more than the process can do
 * (scripts/bench/performance-stream.mjs). Streams end before the HTTP server closes (beforeApplicationShutdown),
 * so SIGTERM is not held up.
 */
@Injectable()
export class PerformanceStreamService implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly log = new Logger('PerformanceStream');
  private readonly subscribers = new Set<Subscriber>();
  private heartbeat: NodeJS.Timeout | null = null;
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private stopped = false;
  /** Highest event id delivered (or the table's max when listening started); a reconnect catches up from here. */
  private lastSeen: bigint | null = null;
  private readonly recent = new Set<bigint>();
  private pendingIds = new Set<string>();
  private pendingRanges: { from: bigint; to: bigint }[] = [];
  private flushScheduled = false;
  private lastFlushAt = 0;
  private reading = false;
  /** For the bench and the tests. */
  readonly stats = { notifications: 0, reads: 0, events: 0, writes: 0, reconnects: 0, cut: 0 };

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(DATABASE_URL) private readonly url: string | undefined,
  ) {}

  /** Open streams in this process. */
  get streamCount(): number {
    return this.subscribers.size;
  }

  /** Is the LISTEN connection up? */
  get listening(): boolean {
    return !!this.client && !this.connecting;
  }

  /** The backend pid of the LISTEN connection (tests cut it to check the reconnect). */
  get listenerPid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
  }

  /**
   * Answers the request with the principal's stream: `ready`, then (after `lastEventId`) up to REPLAY_LIMIT missed
   * events in scope oldest first, then live events without duplicates, a `ping` every 25 s; ends on shutdown.
   */
  async open(p: Principal, lastEventId: string | null, reply: FastifyReply): Promise<void> {
    const scope = streamScope(p);
    reply.hijack();
    const res = reply.raw;
    if (this.stopped) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end();
      return;
    }
    res.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'private, no-cache, no-store, must-revalidate, max-age=0, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const socket = res.socket;
    socket?.setNoDelay(true);
    socket?.setKeepAlive(true);
    socket?.setTimeout(0);
    // EventSource waits this long before reconnecting (then sends Last-Event-ID)
    res.write('retry: 3000\n\n');

    const from = lastEventId ? BigInt(lastEventId) : null;
    const sub: Subscriber = {
      key: scope.key,
      matches: scope.matches,
      res,
      upTo: from ?? this.lastSeen ?? 0n,
      // live events wait until `ready` (and the replay) are written
      buffer: [],
      floor: from,
      replayed: null,
    };
    this.subscribers.add(sub);
    res.on('close', () => this.subscribers.delete(sub));
    this.startHeartbeat();
    try {
      await this.ensureListening();
    } catch {
      // the listener retries by itself; the replay below still answers from the table
    }
    if (res.destroyed || res.writableEnded) return;
    const ready: Record<string, unknown> = { scope: p.unitPath ?? null, employeeOnly: p.role === 'employee' };
    if (from === null) {
      if (this.lastSeen !== null && this.lastSeen > sub.upTo) sub.upTo = this.lastSeen;
      let text = sseText('ready', sub.upTo.toString(), JSON.stringify(ready));
      for (const e of sub.buffer ?? []) {
        text += e.text;
        if (e.id > sub.upTo) sub.upTo = e.id;
      }
      sub.buffer = null;
      this.write(sub, text);
      return;
    }
    try {
      const params: unknown[] = [from.toString(), REPLAY_LIMIT];
      const cond = scope.sql(params);
      const rows: EventRow[] = await this.ds.query(`SELECT ${COLUMNS} FROM performance_events WHERE id > $1 AND ${cond} ORDER BY performance_events.id LIMIT $2`, params);
      if (res.destroyed || res.writableEnded) return;
      const events = rows.map(toLive);
      sub.replayed = new Set(events.map((e) => e.id));
      const waiting = (sub.buffer ?? []).filter((e) => e.id > from && !sub.replayed!.has(e.id));
      sub.buffer = null;
      let text = sseText('ready', from.toString(), JSON.stringify({ ...ready, replayed: rows.length }));
      for (const e of [...events, ...waiting]) {
        text += e.text;
        if (e.id > sub.upTo) sub.upTo = e.id;
      }
      this.write(sub, text);
      // a late notification of a replayed event may still come for a moment; after that neither check is needed
      setTimeout(() => {
        sub.replayed = null;
        sub.floor = null;
      }, 30_000).unref();
    } catch (err) {
      this.log.warn(`replay failed: ${(err as Error).message}`);
      this.write(sub, sseText('error', sub.upTo.toString(), JSON.stringify({ code: 'REPLAY_FAILED' })));
      res.end();
    }
  }

  /** Writes to one stream; a client too far behind is cut (it reconnects and resumes by id). */
  private write(sub: Subscriber, chunk: string | Buffer): void {
    const res = sub.res;
    if (res.destroyed || res.writableEnded) return;
    if (res.writableLength > MAX_PENDING_BYTES) {
      this.stats.cut++;
      this.subscribers.delete(sub);
      res.destroy();
      return;
    }
    this.stats.writes++;
    res.write(chunk);
  }

  /** One timer for every stream's ping; stops when no stream is open. */
  private startHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      if (!this.subscribers.size) {
        clearInterval(this.heartbeat!);
        this.heartbeat = null;
        return;
      }
      for (const s of this.subscribers) if (!s.buffer) this.write(s, sseText('ping', s.upTo.toString(), '{}'));
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  // ── the LISTEN connection ─────────────────────────────────────────────────────

  /** Opens the LISTEN connection once (the first stream of the process calls it). */
  ensureListening(): Promise<void> {
    if (this.stopped || !this.url) return Promise.resolve();
    if (this.client) return this.connecting ?? Promise.resolve();
    this.connecting = this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'asn-planner-stream' });
    this.client = client;
    client.on('notification', (n) => {
      if (n.channel === PERFORMANCE_CHANNEL && n.payload) this.onNotification(n.payload);
    });
    client.on('error', (err) => this.onConnectionLost(client, err));
    client.on('end', () => this.onConnectionLost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${PERFORMANCE_CHANNEL}`);
      if (this.stopped) return;
      if (this.lastSeen === null) {
        const [{ max }] = (await client.query('SELECT max(id)::text AS max FROM performance_events')).rows;
        this.lastSeen = max ? BigInt(max) : 0n;
      } else {
        // events committed while the connection was down: read them by id
        this.stats.reconnects++;
        const from = this.lastSeen > CATCH_UP_MARGIN ? this.lastSeen - CATCH_UP_MARGIN : 0n;
        this.pendingRanges.push({ from: from + 1n, to: -1n });
        this.scheduleFlush();
      }
      this.attempt = 0;
    } catch (err) {
      this.onConnectionLost(client, err as Error);
      throw err;
    }
  }

  private onConnectionLost(client: pg.Client, err?: Error): void {
    if (this.client !== client) return;
    this.client = null;
    client.removeAllListeners('notification');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const delay = BACKOFF_MS[Math.min(this.attempt++, BACKOFF_MS.length - 1)] * (0.75 + Math.random() * 0.5);
    this.log.warn(`LISTEN connection lost (${err?.message ?? 'ended'}); reconnecting in ${Math.round(delay)} ms`);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.stopped || this.client) return;
      this.ensureListening().catch(() => undefined);
    }, delay);
    this.reconnectTimer.unref();
  }

  private onNotification(payload: string): void {
    this.stats.notifications++;
    const parsed = parsePayload(payload);
    if (!parsed) return;
    if ('ids' in parsed) for (const id of parsed.ids) this.pendingIds.add(id.toString());
    else this.pendingRanges.push(parsed);
    this.scheduleFlush();
  }

  /**
   * A lone notification is read at once; under a burst, reads (and so writes to every stream) come at most every
   * FLUSH_INTERVAL_MS, each carrying everything that arrived meanwhile.
   */
  private scheduleFlush(): void {
    if (this.flushScheduled || this.reading) return;
    this.flushScheduled = true;
    const run = () => {
      this.flushScheduled = false;
      this.lastFlushAt = performance.now();
      void this.flush();
    };
    const wait = this.lastFlushAt + FLUSH_INTERVAL_MS - performance.now();
    if (wait > 0) setTimeout(run, wait);
    else setImmediate(run);
  }

  /** Reads every pending id (one query, plus one per range) and fans the rows out in id order. */
  private async flush(): Promise<void> {
    if (this.reading) return;
    const ids = [...this.pendingIds];
    const ranges = this.pendingRanges;
    this.pendingIds = new Set();
    this.pendingRanges = [];
    if (!ids.length && !ranges.length) return;
    this.reading = true;
    try {
      const rows: EventRow[] = [];
      const client = this.client;
      const run = async (sql: string, params: unknown[]): Promise<EventRow[]> => (client ? (await client.query(sql, params)).rows : this.ds.query(sql, params));
      if (ids.length) {
        rows.push(...(await run(`SELECT ${COLUMNS} FROM performance_events WHERE id = ANY($1::bigint[]) ORDER BY performance_events.id`, [ids])));
      }
      for (const r of ranges) {
        // an open range (to = -1) is a catch-up: read in pages until it is exhausted
        let from = r.from;
        for (;;) {
          const page: EventRow[] =
            r.to < 0n
              ? await run(`SELECT ${COLUMNS} FROM performance_events WHERE id >= $1 ORDER BY performance_events.id LIMIT 5000`, [from.toString()])
              : await run(`SELECT ${COLUMNS} FROM performance_events WHERE id BETWEEN $1 AND $2 ORDER BY performance_events.id LIMIT 5000`, [from.toString(), r.to.toString()]);
          rows.push(...page);
          if (page.length < 5000) break;
          from = BigInt(page[page.length - 1].id) + 1n;
        }
      }
      this.stats.reads++;
      if (ranges.length) rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
      this.fanOut(rows);
    } catch (err) {
      // a lost connection is followed by a catch-up by id; anything else is logged
      this.log.warn(`reading performance events failed: ${(err as Error).message}`);
    } finally {
      this.reading = false;
      if (this.pendingIds.size || this.pendingRanges.length) this.scheduleFlush();
    }
  }

  /** Writes a batch to every stream: one text (one Buffer) per scope key, one write per stream. */
  private fanOut(rows: EventRow[]): void {
    const events: LiveEvent[] = [];
    for (const row of rows) {
      const id = BigInt(row.id);
      if (this.recent.has(id)) continue;
      this.remember(id);
      events.push(toLive(row));
      if (this.lastSeen === null || id > this.lastSeen) this.lastSeen = id;
    }
    if (!events.length) return;
    this.stats.events += events.length;
    const byKey = new Map<string, { chunk: Buffer; max: bigint } | null>();
    for (const sub of this.subscribers) {
      if (sub.buffer) {
        for (const e of events) if (sub.matches(e)) sub.buffer.push(e);
        continue;
      }
      if (sub.floor !== null || sub.replayed) {
        // just after a replay: this stream's own selection (rare, short-lived)
        const mine = events.filter((e) => sub.matches(e) && (sub.floor === null || e.id > sub.floor) && !sub.replayed?.has(e.id));
        if (!mine.length) continue;
        for (const e of mine) if (e.id > sub.upTo) sub.upTo = e.id;
        this.write(sub, mine.map((e) => e.text).join(''));
        continue;
      }
      let batch = byKey.get(sub.key);
      if (batch === undefined) {
        const mine = events.filter(sub.matches);
        batch = mine.length ? { chunk: Buffer.from(mine.map((e) => e.text).join('')), max: mine.reduce((m, e) => (e.id > m ? e.id : m), 0n) } : null;
        byKey.set(sub.key, batch);
      }
      if (!batch) continue;
      if (batch.max > sub.upTo) sub.upTo = batch.max;
      this.write(sub, batch.chunk);
    }
  }

  private remember(id: bigint): void {
    this.recent.add(id);
    if (this.recent.size > RECENT_IDS) {
      // drop the oldest quarter (a Set iterates in insertion order)
      let n = RECENT_IDS / 4;
      for (const old of this.recent) {
        this.recent.delete(old);
        if (--n <= 0) break;
      }
    }
  }

  // ── shutdown ────────────────────────────────────────────────────────────────────

  /** Ends every stream before Nest closes the HTTP server, so open streams do not hold SIGTERM up. */
  beforeApplicationShutdown(): void {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    for (const s of this.subscribers) if (!s.res.writableEnded) s.res.end();
    this.subscribers.clear();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const c = this.client;
    this.client = null;
    if (c) {
      c.removeAllListeners('notification');
      c.on('error', () => undefined);
      await this.connecting?.catch(() => undefined);
      await c.end().catch(() => undefined);
    }
  }
}
