import { get, IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, bearer, TestApp } from '../utils/app.js';
import { buildNip } from '../factories/index.js';

/** Opens an event stream and collects the events as they come. */
function openStream(
  port: number,
  token: string,
): Promise<{ res: IncomingMessage; events: { type: string; data: Record<string, unknown> }[]; next: (type: string) => Promise<Record<string, unknown>> }> {
  return new Promise((resolve, reject) => {
    const req = get({ host: '127.0.0.1', port, path: '/api/v1/events', headers: { ...bearer(token), accept: 'text/event-stream' } }, (res) => {
      const events: { type: string; data: Record<string, unknown> }[] = [];
      const waiters: { type: string; resolve: (d: Record<string, unknown>) => void }[] = [];
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? '{}') as Record<string, unknown>;
          events.push({ type, data });
          for (const w of waiters.filter((x) => x.type === type)) w.resolve(data);
        }
      });
      resolve({
        res,
        events,
        next: (type) =>
          new Promise((r) => {
            const hit = events.find((e) => e.type === type);
            if (hit) r(hit.data);
            else waiters.push({ type, resolve: r });
          }),
      });
    });
    req.on('error', reject);
  });
}

describe('GET /api/v1/events', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('should require authentication', async () => {
    await t.http.get('/api/v1/events').expect(401);
  });

  it('should stream ready, then the completion of my own import (and not to others)', async () => {
    const token = await t.token('operator.dinkes');
    const mine = await openStream(port, token);
    const other = await openStream(port, await t.token('operator.disdik'));
    expect(mine.res.headers['content-type']).toMatch(/text\/event-stream/);
    await mine.next('ready');
    await other.next('ready');
    const nip = buildNip({ birthDate: '1987-05-05' });
    const csv = `nip,nama,jenis_kelamin,tanggal_lahir,status,kode_unit\n${nip},Pegawai SSE,L,1987-05-05,pns,PKM-PONCOL\n`;
    await t.http.post('/api/v1/employees/import?dryRun=false').set(bearer(token)).attach('file', Buffer.from(csv), 'sse.csv').expect(200);
    const done = await mine.next('import.completed');
    expect(done).toMatchObject({ entity: 'employee', created: 1 });
    expect(other.events.map((e) => e.type)).not.toContain('import.completed');
    mine.res.destroy();
    other.res.destroy();
  });

  it('should end open streams when the application closes, so shutdown is not held up', async () => {
    const extra = await createTestApp();
    await extra.app.listen({ port: 0, host: '127.0.0.1' });
    const p = (extra.app.getHttpServer().address() as AddressInfo).port;
    const stream = await openStream(p, await extra.token('admin'));
    await stream.next('ready');
    const ended = new Promise((r) => stream.res.on('close', r));
    const started = Date.now();
    await extra.close();
    await ended;
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
