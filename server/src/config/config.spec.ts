import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('should apply the defaults', () => {
    const c = loadConfig({ NODE_ENV: 'test' });
    expect(c).toMatchObject({ port: 3000, embeddedPgPort: 0, accessTokenTtlSeconds: 900, lockoutThreshold: 5, seedEmployees: 15000 });
  });

  it('should name every bad variable with a clear message', () => {
    try {
      loadConfig({ NODE_ENV: 'test', PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', CORS_ORIGINS: 'not a url', JWT_SECRET: 'short' });
      throw new Error('expected ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const text = (e as ConfigError).problems.join('\n');
      for (const v of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'CORS_ORIGINS', 'JWT_SECRET']) expect(text).toContain(v);
    }
  });

  it('should require a JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
  });
});
