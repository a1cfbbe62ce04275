import type { AddressInfo } from 'node:net';
import { emitPerformanceEvents, PerformanceEventInput } from '../../src/modules/performance/performance.repo.js';
import { PerformanceStreamService } from '../../src/modules/performance/stream.service.js';
import { createPeriod, createPlan, createTeam, Team } from '../factories/performance.js';
import { bearer, createTestApp, TestApp } from '../utils/app.js';

interface SseEvent {
  id: string | null;
  type: string;
  data: Record<string, unknown>;
}

interface Stream {
  status: number;
  contentType: string | null;
  events: SseEvent[];
  /** Resolves with the first event (already received or to come) matching the predicate. */
  next: (pred: (e: SseEvent) => boolean, timeoutMs?: number) => Promise<SseEvent>;
  /** Events of the performance types (not ready/ping). */
  live: () => SseEvent[];
  ended: Promise<void>;
  close: () => void;
}

/** Opens an event stream with fetch (undici) and parses `id:` / `event:` / `data:` lines as they come. */
async function openStream(port: number, token: string, opts: { lastEventId?: string; query?: string } = {}): Promise<Stream> {
  const ac = new AbortController();
  const headers: Record<string, string> = { ...bearer(token), accept: 'text/event-stream' };
  if (opts.lastEventId) headers['last-event-id'] = opts.lastEventId;
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/performance/stream${opts.query ?? ''}`, { headers, signal: ac.signal });
  const events: SseEvent[] = [];
  const waiters: { pred: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  const ended = (async () => {
    if (!res.body) return;
    const reader = res.body.getReader();
    const dec = new TextDecoder();
    let buf = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buf += dec.decode(value, { stream: true });
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          if (!block.trim()) continue;
          const field = (name: string) => new RegExp(`^${name}: ?(.*)$`, 'm').exec(block)?.[1];
          // like EventSource: a block without data (e.g. `retry: 3000`) dispatches nothing
          if (field('data') === undefined) continue;
          const e: SseEvent = { id: field('id') ?? null, type: field('event') ?? 'message', data: JSON.parse(field('data') ?? '{}') };
          events.push(e);
          for (const w of waiters.filter((x) => x.pred(e))) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(e);
          }
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    events,
    live: () => events.filter((e) => e.type !== 'ready' && e.type !== 'ping'),
    next: (pred, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const hit = events.find(pred);
        if (hit) return resolve(hit);
        const timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`)), timeoutMs);
        waiters.push({
          pred,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
      }),
    ended,
    close: () => ac.abort(),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Writes events the way the services do: one transaction, one notification. */
async function emit(t: TestApp, events: PerformanceEventInput[]): Promise<string[]> {
  return t.ds.transaction((m) => emitPerformanceEvents(m, events));
}

const submitted = (team: Team, staff: number, planId: string, targetId: string, realised = 10): PerformanceEventInput => ({
  type: 'report.submitted',
  unitPath: team.unit.path,
  employeeId: team.staff[staff].employeeId,
  data: {
    reportId: crypto.randomUUID(),
    targetId,
    planId,
    employeeId: team.staff[staff].employeeId,
    employeeName: team.staff[staff].name,
    unitId: team.unit.id,
    realised,
    quantity: 100,
    expected: 50,
    realisedShare: realised / 100,
    atRisk: realised < 35,
  },
});

describe('GET /api/v1/performance/stream', () => {
  let a: TestApp;
  let b: TestApp;
  let portB: number;
  let team: Team;
  let other: Team;
  let plans: { id: string; targetIds: string[] }[];
  const open: Stream[] = [];
  const stream = async (port: number, token: string, opts?: { lastEventId?: string; query?: string }) => {
    const s = await openStream(port, token, opts);
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    // Two API processes on one database: A writes (through supertest or straight SQL), B streams over a real port.
    a = await createTestApp();
    b = await createTestApp();
    await b.app.listen({ port: 0, host: '127.0.0.1' });
    portB = (b.app.getHttpServer().address() as AddressInfo).port;
    team = await createTeam(a.ds, { staffCount: 2 });
    other = await createTeam(a.ds, { staffCount: 1 });
    // Events are written straight through emitPerformanceEvents: the plan and target ids in them are only figures here.
    plans = team.staff.map(() => ({ id: crypto.randomUUID(), targetIds: [crypto.randomUUID()] }));
  });

  afterAll(async () => {
    for (const s of open) s.close();
    await Promise.all(open.map((s) => s.ended));
    await a?.close();
    await b?.close();
  });

  it('should require authentication', async () => {
    await b.http.get('/api/v1/performance/stream').expect(401);
  });

  it('should refuse roles without a performance board (panel)', async () => {
    await b.http
      .get('/api/v1/performance/stream')
      .set(bearer(await b.token('panel.seleksi')))
      .expect(403);
  });

  it('should answer 400 naming lastEventId when it is not an event id', async () => {
    const res = await b.http
      .get('/api/v1/performance/stream?lastEventId=abc')
      .set(bearer(await b.token('admin')))
      .expect(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('lastEventId');
  });

  it('should deliver an event written through another process to the leader in scope only, with its id, type and data', async () => {
    const leader = await stream(portB, await b.token(team.head.username));
    const stranger = await stream(portB, await b.token(other.head.username));
    const own = await stream(portB, await b.token(team.staff[0].username));
    const colleague = await stream(portB, await b.token(team.staff[1].username));
    const city = await stream(portB, await b.token('planner.bkpp'));
    expect(leader.status).toBe(200);
    expect(leader.contentType).toMatch(/text\/event-stream/);
    for (const s of [leader, stranger, own, colleague, city]) await s.next((e) => e.type === 'ready');
    const ready = leader.events[0];
    expect(ready).toMatchObject({ type: 'ready', data: { scope: team.unit.path } });
    expect(ready.id).toMatch(/^\d+$/);

    const ev = submitted(team, 0, plans[0].id, plans[0].targetIds[0], 12);
    const [id] = await emit(a, [ev]);
    const got = await leader.next((e) => e.id === id);
    expect(got).toEqual({ id, type: 'report.submitted', data: { ...ev.data, at: expect.any(String) } });
    expect(Number(new Date(got.data.at as string))).not.toBeNaN();
    await own.next((e) => e.id === id);
    await city.next((e) => e.id === id);

    // the colleague's own event reaches the colleague, the leader, and not staff 0
    const [id2] = await emit(a, [submitted(team, 1, plans[1].id, plans[1].targetIds[0])]);
    await colleague.next((e) => e.id === id2);
    await leader.next((e) => e.id === id2);
    await sleep(300);
    expect(own.live().map((e) => e.id)).toEqual([id]);
    expect(colleague.live().map((e) => e.id)).toEqual([id2]);
    expect(stranger.live()).toEqual([]);
    // ids are delivered once, in order
    expect(leader.live().map((e) => e.id)).toEqual([id, id2]);
  });

  it('should carry a report submitted through the API of the other process (report.submitted, in scope only)', async () => {
    const period = await createPeriod(a.ds);
    const plan = await createPlan(a.ds, { periodId: period.id, employeeId: team.staff[0].employeeId, targets: [{ quantity: 100, weight: 100 }] });
    const leader = await stream(portB, await b.token(team.head.username));
    const colleague = await stream(portB, await b.token(team.staff[1].username));
    const stranger = await stream(portB, await b.token(other.head.username));
    for (const s of [leader, colleague, stranger]) await s.next((e) => e.type === 'ready');
    const res = await a.http
      .post(`/api/v1/performance/targets/${plan.targetIds[0]}/reports`)
      .set(bearer(await a.token(team.staff[0].username)))
      .send({ realised: 40 })
      .expect(201);
    const got = await leader.next((e) => e.type === 'report.submitted' && e.data.reportId === res.body.id);
    expect(got.id).toMatch(/^\d+$/);
    expect(got.data).toMatchObject({
      reportId: res.body.id,
      targetId: plan.targetIds[0],
      planId: plan.id,
      employeeId: team.staff[0].employeeId,
      employeeName: team.staff[0].name,
      unitId: team.unit.id,
      realised: 40,
      quantity: 100,
    });
    const [row] = await a.ds.query('SELECT type, unit_path, employee_id FROM performance_events WHERE id = $1', [got.id]);
    expect(row).toEqual({ type: 'report.submitted', unit_path: team.unit.path, employee_id: team.staff[0].employeeId });
    await sleep(300);
    expect(colleague.live()).toEqual([]);
    expect(stranger.live()).toEqual([]);
  });

  it('should deliver the events of one transaction together, in id order, whatever their number (a range notification)', async () => {
    const leader = await stream(portB, await b.token(team.head.username));
    await leader.next((e) => e.type === 'ready');
    // 2,000 ids do not fit a notification payload (7,999 bytes): it carries the range instead
    const ids = await emit(
      a,
      Array.from({ length: 2000 }, (_, i) => submitted(team, i % 2, plans[i % 2].id, plans[i % 2].targetIds[0], i % 100)),
    );
    await leader.next((e) => e.id === ids[ids.length - 1], 20_000);
    expect(leader.live().map((e) => e.id)).toEqual(ids);
  });

  it('should replay the events after Last-Event-ID (header or query), oldest first, then the live ones without duplicates', async () => {
    const ids = await emit(
      a,
      [1, 2, 3].map((n) => submitted(team, 0, plans[0].id, plans[0].targetIds[0], n)),
    );
    const token = await b.token(team.head.username);
    const resumed = await stream(portB, token, { lastEventId: ids[0] });
    const ready = await resumed.next((e) => e.type === 'ready');
    expect(ready.data).toMatchObject({ replayed: 2 });
    await resumed.next((e) => e.id === ids[2]);
    const [live] = await emit(a, [submitted(team, 1, plans[1].id, plans[1].targetIds[0])]);
    await resumed.next((e) => e.id === live);
    await sleep(300);
    expect(resumed.live().map((e) => e.id)).toEqual([ids[1], ids[2], live]);

    // the query parameter does the same (a page that reloads)
    const byQuery = await stream(portB, token, { query: `?lastEventId=${ids[1]}` });
    await byQuery.next((e) => e.id === live);
    expect(byQuery.live().map((e) => e.id)).toEqual([ids[2], live]);

    // the replay keeps to the scope: an employee gets only their own, a stranger nothing
    const own = await stream(portB, await b.token(team.staff[1].username), { lastEventId: ids[0] });
    await own.next((e) => e.id === live);
    expect(own.live().map((e) => e.id)).toEqual([live]);
    const stranger = await stream(portB, await b.token(other.head.username), { lastEventId: ids[0] });
    expect((await stranger.next((e) => e.type === 'ready')).data).toMatchObject({ replayed: 0 });
  });

  it('should replay at most 1,000 events, the oldest first', async () => {
    const watcher = await stream(portB, await b.token(team.staff[0].username));
    await watcher.next((e) => e.type === 'ready');
    const [first] = await emit(a, [submitted(team, 0, plans[0].id, plans[0].targetIds[0])]);
    const ids = await emit(
      a,
      Array.from({ length: 1100 }, () => submitted(team, 0, plans[0].id, plans[0].targetIds[0])),
    );
    // B has fanned them out before the resumed stream opens: none of them is "live" for it
    await watcher.next((e) => e.id === ids[ids.length - 1]);
    const resumed = await stream(portB, await b.token(team.staff[0].username), { lastEventId: first });
    expect((await resumed.next((e) => e.type === 'ready')).data).toMatchObject({ replayed: 1000 });
    await resumed.next((e) => e.id === ids[999]);
    await sleep(300);
    expect(resumed.live().map((e) => e.id)).toEqual([first, ...ids].slice(1, 1001));
  });

  it('should reconnect its LISTEN connection when it drops and deliver what was written meanwhile', async () => {
    const svc = b.app.get(PerformanceStreamService);
    const leader = await stream(portB, await b.token(team.head.username));
    await leader.next((e) => e.type === 'ready');
    const pid = svc.listenerPid;
    expect(pid).toEqual(expect.any(Number));
    const reconnects = svc.stats.reconnects;
    await a.ds.query('SELECT pg_terminate_backend($1)', [pid]);
    for (let i = 0; i < 100 && svc.listenerPid === pid; i++) await sleep(10);
    expect(svc.listening).toBe(false);
    // written while B is not listening (it waits ≥ 75 ms before reconnecting): read by id after the reconnect
    const [missed] = await emit(a, [submitted(team, 0, plans[0].id, plans[0].targetIds[0])]);
    expect(svc.listening).toBe(false);
    await leader.next((e) => e.id === missed, 15_000);
    expect(svc.stats.reconnects).toBe(reconnects + 1);
    expect(svc.listenerPid).not.toBe(pid);
    const [after] = await emit(a, [submitted(team, 1, plans[1].id, plans[1].targetIds[0])]);
    await leader.next((e) => e.id === after);
    expect(leader.live().map((e) => e.id)).toEqual([missed, after]);
  });

  it('should end open streams when the application closes, so shutdown is not held up', async () => {
    const extra = await createTestApp();
    await extra.app.listen({ port: 0, host: '127.0.0.1' });
    const p = (extra.app.getHttpServer().address() as AddressInfo).port;
    const s = await openStream(p, await extra.token(team.head.username));
    await s.next((e) => e.type === 'ready');
    const started = Date.now();
    await extra.close();
    await s.ended;
    expect(Date.now() - started).toBeLessThan(5000);
    // the closed app holds no LISTEN connection any more
    const svc = extra.app.get(PerformanceStreamService);
    expect(svc.listenerPid).toBeNull();
  });
});
