/**
 * Server-sent events with the session's bearer token. The browser's EventSource cannot send an Authorization header
 * (and the API takes no token in the address, where it would end up in logs), so the stream is read with fetch:
 * the same text/event-stream format, parsed here; on a drop it reconnects with back-off and sends `Last-Event-ID`
 * so the server replays what was missed.
 */
import type { StreamEvent } from './types';

export interface SseMessage {
  id: string | null;
  event: string;
  data: string;
}

/** An incremental text/event-stream parser (WHATWG "event stream interpretation"): feed it chunks, get whole messages. */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private id: string | null = null;
  /** The last `id:` seen (kept across messages, as EventSource does). */
  lastEventId: string | null = null;
  retry: number | null = null;

  feed(chunk: string): SseMessage[] {
    this.buffer += chunk;
    const out: SseMessage[] = [];
    let nl: RegExpExecArray | null;
    const re = /\r\n|\r|\n/;
    while ((nl = re.exec(this.buffer))) {
      // a lone \r at the very end may be the first half of \r\n: wait for the next chunk
      if (nl[0] === '\r' && nl.index === this.buffer.length - 1) break;
      const line = this.buffer.slice(0, nl.index);
      this.buffer = this.buffer.slice(nl.index + nl[0].length);
      const msg = this.line(line);
      if (msg) out.push(msg);
    }
    return out;
  }

  private line(line: string): SseMessage | null {
    if (line === '') {
      if (this.id !== null) this.lastEventId = this.id;
      const msg = this.data.length || this.event ? { id: this.lastEventId, event: this.event || 'message', data: this.data.join('\n') } : null;
      this.data = [];
      this.event = '';
      this.id = null;
      return msg;
    }
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
    return null;
  }
}

/** A message as a typed event (the data is JSON; anything else is kept as `{ text }`). */
export function toStreamEvent(m: SseMessage): StreamEvent {
  let data: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(m.data);
    data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { value: parsed };
  } catch {
    data = { text: m.data };
  }
  // the payload may be the whole event row ({ id, type, data }): its `data` is the event's data; the SSE `event:` field wins
  const wrapped = typeof data.type === 'string' && data.data && typeof data.data === 'object' && !Array.isArray(data.data);
  return {
    id: m.id,
    type: m.event !== 'message' ? m.event : typeof data.type === 'string' ? data.type : 'message',
    data: wrapped ? (data.data as Record<string, unknown>) : data,
  };
}

export type StreamState = 'connecting' | 'open' | 'retrying' | 'closed';

export interface StreamOptions {
  url: string;
  getToken: () => string | null;
  /** Renews the access token after a 401 (resolves null when the session is over). */
  refresh: () => Promise<string | null>;
  onEvent: (e: StreamEvent) => void;
  onState?: (s: StreamState, detail?: { attempt: number; delayMs?: number }) => void;
  /** Resume after this event id (e.g. kept from an earlier visit). */
  lastEventId?: string | null;
  fetch?: typeof globalThis.fetch;
  /** Back-off: first delay and the cap (ms). */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface StreamHandle {
  close(): void;
  lastEventId(): string | null;
}

/** Opens the stream and keeps it open (reconnecting with `Last-Event-ID`) until `close()`. */
export function openStream(o: StreamOptions): StreamHandle {
  const doFetch = o.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const minDelay = o.minDelayMs ?? 1000;
  const maxDelay = o.maxDelayMs ?? 30_000;
  let lastId: string | null = o.lastEventId ?? null;
  let closed = false;
  let attempt = 0;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    if (closed) return;
    attempt += 1;
    const delayMs = Math.min(maxDelay, minDelay * 2 ** Math.min(attempt - 1, 6));
    o.onState?.('retrying', { attempt, delayMs });
    timer = setTimeout(() => void connect(), delayMs);
  };

  async function connect(refreshed = false): Promise<void> {
    if (closed) return;
    o.onState?.('connecting', { attempt });
    controller = new AbortController();
    const headers: Record<string, string> = { Accept: 'text/event-stream', 'Cache-Control': 'no-cache' };
    const token = o.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (lastId) headers['Last-Event-ID'] = lastId;
    let res: Response;
    try {
      res = await doFetch(o.url, { headers, signal: controller.signal, cache: 'no-store' });
    } catch {
      return schedule();
    }
    if (res.status === 401 && !refreshed) {
      const next = await o.refresh().catch(() => null);
      if (next) return connect(true);
      closed = true;
      o.onState?.('closed');
      return;
    }
    if (!res.ok || !res.body) {
      // a refusal of the role (403) will not get better by retrying
      if (res.status === 403 || res.status === 401) {
        closed = true;
        o.onState?.('closed');
        return;
      }
      return schedule();
    }
    // "open" once the server says `ready`: from then on, it sends every event of the caller's scope
    const parser = new SseParser();
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const m of parser.feed(value)) {
          if (m.id) lastId = m.id;
          if (m.event === 'ready') {
            attempt = 0;
            o.onState?.('open', { attempt });
          }
          if (m.event === 'ready' || m.event === 'ping') continue;
          o.onEvent(toStreamEvent(m));
        }
      }
    } catch {
      /* dropped: reconnect below */
    }
    if (!closed) schedule();
  }

  void connect();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      controller?.abort();
      o.onState?.('closed');
    },
    lastEventId: () => lastId,
  };
}
