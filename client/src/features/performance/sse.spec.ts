import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStream, SseParser, toStreamEvent } from './sse';
import type { StreamEvent } from './types';

describe('SseParser', () => {
  it('should read messages split anywhere across chunks, with CRLF, comments, multi-line data and ids', () => {
    const p = new SseParser();
    const out = [
      ...p.feed('event: ready\r\ndata: {"upTo":"4'),
      ...p.feed('0"}\r\nid: 40\r\n\r\n: a comment\n'),
      ...p.feed('id: 41\nevent: report.submitted\ndata: {"employeeId":"e1",\ndata: "realised":7}\n'),
      ...p.feed('\n'),
    ];
    expect(out).toEqual([
      { id: '40', event: 'ready', data: '{"upTo":"40"}' },
      { id: '41', event: 'report.submitted', data: '{"employeeId":"e1",\n"realised":7}' },
    ]);
    expect(p.lastEventId).toBe('41');
  });
  it('should keep the last id for messages without one, wait for the \\n of a split \\r\\n, and dispatch named events with no data', () => {
    const p = new SseParser();
    expect(p.feed('id: 7\ndata: a\r')).toEqual([]);
    expect(p.feed('\n\r\n')).toEqual([{ id: '7', event: 'message', data: 'a' }]);
    expect(p.feed('data: b\n\n')).toEqual([{ id: '7', event: 'message', data: 'b' }]);
    expect(p.feed('event: ping\n\n')).toEqual([{ id: '7', event: 'ping', data: '' }]);
  });
  it('should turn a message into a typed event (JSON data; the whole-row form unwrapped)', () => {
    expect(toStreamEvent({ id: '9', event: 'target.at_risk', data: '{"employeeId":"e1","behind":0.2}' })).toEqual({
      id: '9',
      type: 'target.at_risk',
      data: { employeeId: 'e1', behind: 0.2 },
    });
    expect(toStreamEvent({ id: null, event: 'message', data: '{"type":"report.accepted","data":{"reportId":"r"}}' })).toEqual({
      id: null,
      type: 'report.accepted',
      data: { reportId: 'r' },
    });
    expect(toStreamEvent({ id: null, event: 'x', data: 'not json' }).data).toEqual({ text: 'not json' });
  });
});

/** A streamed response whose body the test writes to. */
function streamedResponse() {
  let push!: (s: string) => void;
  let end!: () => void;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      const enc = new TextEncoder();
      push = (s) => c.enqueue(enc.encode(s));
      end = () => c.close();
    },
  });
  return { response: new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }), push: (s: string) => push(s), end: () => end() };
}

describe('openStream', () => {
  afterEach(() => vi.useRealTimers());

  it('should send the bearer token, deliver events, and resume with Last-Event-ID after a drop', async () => {
    const first = streamedResponse();
    const second = streamedResponse();
    const requests: { headers: Record<string, string> }[] = [];
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ headers: init?.headers as Record<string, string> });
      return Promise.resolve(requests.length === 1 ? first.response : second.response);
    });
    const events: StreamEvent[] = [];
    const states: string[] = [];
    const h = openStream({
      url: '/s',
      getToken: () => 'tok',
      refresh: () => Promise.resolve(null),
      onEvent: (e) => events.push(e),
      onState: (s) => states.push(s),
      fetch,
      minDelayMs: 5,
    });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(requests[0].headers.Authorization).toBe('Bearer tok');
    expect(requests[0].headers['Last-Event-ID']).toBeUndefined();
    first.push('event: ready\nid: 10\ndata: {}\n\nevent: report.submitted\nid: 11\ndata: {"employeeId":"e1","realised":7}\n\n');
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toEqual({ id: '11', type: 'report.submitted', data: { employeeId: 'e1', realised: 7 } });
    first.end();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    expect(requests[1].headers['Last-Event-ID']).toBe('11');
    expect(states).toContain('retrying');
    second.push('event: target.at_risk\nid: 12\ndata: {"employeeId":"e1"}\n\n');
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(h.lastEventId()).toBe('12');
    h.close();
    expect(states.at(-1)).toBe('closed');
  });

  it('should renew the token once on a 401 and stop when the session is over', async () => {
    const ok = streamedResponse();
    let token = 'old';
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('{}', { status: 401 }))
      .mockResolvedValueOnce(ok.response);
    const refresh = vi.fn(() => {
      token = 'new';
      return Promise.resolve('new');
    });
    const h = openStream({ url: '/s', getToken: () => token, refresh, onEvent: () => undefined, fetch, minDelayMs: 5 });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect((fetch.mock.calls[1][1] as RequestInit).headers).toMatchObject({ Authorization: 'Bearer new' });
    h.close();

    const states: string[] = [];
    const denied = vi.fn().mockResolvedValue(new Response('{}', { status: 401 }));
    openStream({ url: '/s', getToken: () => 'x', refresh: () => Promise.resolve(null), onEvent: () => undefined, onState: (s) => states.push(s), fetch: denied, minDelayMs: 5 });
    await vi.waitFor(() => expect(states.at(-1)).toBe('closed'));
    expect(denied).toHaveBeenCalledTimes(1);
  });
});
