import { createTestApp, TestApp } from '../utils/app.js';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('GET /api/health/live', () => {
    it('should answer ok without a token', async () => {
      const res = await t.http.get('/api/health/live').expect(200);
      expect(res.body.status).toBe('ok');
      expect(res.headers['x-request-id']).toBeTruthy();
    });
  });

  describe('GET /api/health/ready', () => {
    it('should check the database and answer ok', async () => {
      const res = await t.http.get('/api/health/ready').expect(200);
      expect(res.body).toMatchObject({ status: 'ok' });
      expect(typeof res.body.databaseMs).toBe('number');
    });
  });

  describe('unknown routes and correlation ids', () => {
    it('should answer 404 problem+json for an unknown API route', async () => {
      const res = await t.http.get('/api/v1/nope').set('x-request-id', 'trace-123').expect(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 404, correlationId: 'trace-123', instance: '/api/v1/nope' });
      expect(res.headers['x-request-id']).toBe('trace-123');
    });

    it('should set security headers', async () => {
      const res = await t.http.get('/api/health/live');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBeDefined();
    });
  });
});

describe('serving the built client', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    dir = mkdtempSync(join(tmpdir(), 'asn-client-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>asn-planner</title><div id="app"></div>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    t = await createTestApp({ CLIENT_DIST: dir }, { serveClient: true });
  });
  afterAll(() => t.close());

  it('should serve index.html at / and for client routes (history mode)', async () => {
    const root = await t.http.get('/').set('accept', 'text/html').expect(200);
    expect(root.text).toContain('<div id="app">');
    const deep = await t.http.get('/data-induk/pegawai/123').set('accept', 'text/html,application/xhtml+xml').expect(200);
    expect(deep.text).toContain('<div id="app">');
  });

  it('should serve the built assets', async () => {
    const res = await t.http.get('/assets/app.js').expect(200);
    expect(res.text).toBe('console.log(1)');
  });

  it('should never answer index.html under /api', async () => {
    const res = await t.http.get('/api/v1/does-not-exist').set('accept', 'text/html').expect(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('should answer 404 problem+json for a missing asset', async () => {
    const res = await t.http.get('/assets/missing.js').set('accept', '*/*').expect(404);
    expect(res.body.status).toBe(404);
  });
});
