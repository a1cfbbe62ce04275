import { createTestApp, bearer, TestApp } from '../utils/app.js';
import { hashPassword } from '../../src/modules/auth/password.js';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOCKOUT_THRESHOLD: '3', LOCKOUT_MINUTES: '15' });
  });
  afterAll(() => t.close());

  async function createUser(username: string, password = 'Rahasia#12345'): Promise<void> {
    await t.ds.query(`INSERT INTO users (username, password_hash, display_name, role) VALUES ($1, $2, $1, 'planner')`, [username, await hashPassword(password)]);
  }

  describe('POST /api/v1/auth/login', () => {
    it('should return an access token, a refresh token and the lifetime when the credentials are right', async () => {
      const res = await t.http.post('/api/v1/auth/login').send({ username: 'operator.dinkes', password: 'Semarang#2026' }).expect(200);
      expect(res.body).toMatchObject({ expiresIn: 900, tokenType: 'Bearer' });
      expect(res.body.accessToken.split('.')).toHaveLength(3);
      expect(res.body.refreshToken).toMatch(/^asnr_/);
    });

    it('should answer 401 INVALID_CREDENTIALS when the password is wrong', async () => {
      const res = await t.http.post('/api/v1/auth/login').send({ username: 'operator.dinkes', password: 'wrong' }).expect(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    });

    it('should answer 401 for an unknown username, like a wrong password', async () => {
      const res = await t.http.post('/api/v1/auth/login').send({ username: 'nobody.here', password: 'x' }).expect(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
    });

    it('should name the missing field when the body is incomplete', async () => {
      const res = await t.http.post('/api/v1/auth/login').send({ username: 'admin' }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('password');
    });

    it('should reject unknown body fields', async () => {
      const res = await t.http.post('/api/v1/auth/login').send({ username: 'admin', password: 'x', role: 'admin' }).expect(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'role', code: 'unknown_field' })]));
    });

    it('should answer 400 MALFORMED_JSON for a body that is not JSON', async () => {
      const res = await t.http.post('/api/v1/auth/login').set('content-type', 'application/json').send('{"username": ').expect(400);
      expect(res.body.code).toBe('MALFORMED_JSON');
    });

    it('should lock the account after repeated failures and answer 429 with Retry-After', async () => {
      await createUser('lockout.test');
      for (let i = 0; i < 2; i++) {
        await t.http.post('/api/v1/auth/login').send({ username: 'lockout.test', password: 'bad' }).expect(401);
      }
      const third = await t.http.post('/api/v1/auth/login').send({ username: 'lockout.test', password: 'bad' }).expect(429);
      expect(third.body.code).toBe('ACCOUNT_LOCKED');
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      // Even the right password is refused while locked.
      const locked = await t.http.post('/api/v1/auth/login').send({ username: 'lockout.test', password: 'Rahasia#12345' }).expect(429);
      expect(locked.body.code).toBe('ACCOUNT_LOCKED');
      const [audit] = await t.ds.query(
        `SELECT action FROM audit_events WHERE entity = 'user' AND action = 'lock' AND entity_id = (SELECT id::text FROM users WHERE username = 'lockout.test')`,
      );
      expect(audit).toBeDefined();
    });
  });

  describe('POST /api/v1/auth/refresh', () => {
    it('should rotate the refresh token: the new pair works, the old token is spent', async () => {
      const login = await t.http.post('/api/v1/auth/login').send({ username: 'planner.bkpp', password: 'Semarang#2026' }).expect(200);
      const r1 = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
      expect(r1.body.refreshToken).not.toBe(login.body.refreshToken);
      await t.http.get('/api/v1/auth/me').set(bearer(r1.body.accessToken)).expect(200);
      const r2 = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: r1.body.refreshToken }).expect(200);
      expect(r2.body.accessToken).toBeTruthy();
    });

    it('should revoke the whole family when a spent refresh token is reused', async () => {
      const login = await t.http.post('/api/v1/auth/login').send({ username: 'planner.bkpp', password: 'Semarang#2026' }).expect(200);
      const first = login.body.refreshToken;
      const rotated = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first }).expect(200);
      const reuse = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first }).expect(401);
      expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
      // The legitimate holder's newer token is revoked too.
      const after = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: rotated.body.refreshToken }).expect(401);
      expect(after.body.code).toBe('REFRESH_TOKEN_REUSED');
    });

    it('should answer 401 for an unknown refresh token', async () => {
      const res = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: 'asnr_doesnotexist' }).expect(401);
      expect(res.body.code).toBe('INVALID_REFRESH_TOKEN');
    });
  });

  describe('POST /api/v1/auth/logout', () => {
    it('should revoke the refresh token', async () => {
      const login = await t.http.post('/api/v1/auth/login').send({ username: 'kepala.dinkes', password: 'Semarang#2026' }).expect(200);
      await t.http.post('/api/v1/auth/logout').send({ refreshToken: login.body.refreshToken }).expect(204);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    });
  });

  describe('GET /api/v1/auth/me', () => {
    it('should require authentication', async () => {
      const res = await t.http.get('/api/v1/auth/me').expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('should reject a tampered token', async () => {
      const token = await t.token('admin');
      const bad = `${token.slice(0, -3)}abc`;
      await t.http.get('/api/v1/auth/me').set(bearer(bad)).expect(401);
    });

    it('should describe the operator with their unit', async () => {
      const res = await t.http
        .get('/api/v1/auth/me')
        .set(bearer(await t.token('operator.dinkes')))
        .expect(200);
      expect(res.body).toMatchObject({ kind: 'user', username: 'operator.dinkes', role: 'operator', unitName: 'Dinas Kesehatan' });
    });
  });

  describe('login rate limit', () => {
    it('should answer 429 RATE_LIMITED with Retry-After beyond the limit per address', async () => {
      const limited = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
      try {
        for (let i = 0; i < 3; i++) await limited.http.post('/api/v1/auth/login').send({ username: 'nobody', password: 'x' }).expect(401);
        const res = await limited.http.post('/api/v1/auth/login').send({ username: 'nobody', password: 'x' }).expect(429);
        expect(res.body.code).toBe('RATE_LIMITED');
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      } finally {
        await limited.close();
      }
    });
  });
});
