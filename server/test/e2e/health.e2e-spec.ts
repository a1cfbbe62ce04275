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
