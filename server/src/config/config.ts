/**
 * The one typed, validated configuration of the server. Nothing else reads process.env.
 * Every variable is documented in the README's configuration table.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** External PostgreSQL; when empty an embedded PostgreSQL is started under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Port of the embedded PostgreSQL; 0 picks a free one. */
  embeddedPgPort: number;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  corsOrigins: string[];
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  loginRateLimitPerMinute: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  clientDist: string;
  seedEmployees: number;
  dbPoolSize: number;
  /** How long a computed needs analysis is reused for paging and sorting (cleared by any audited write); 0 = never. */
  needsCacheSeconds: number;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, def: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!/^\d+$/.test(raw.trim())) {
    problems.push(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
    return def;
  }
  const n = Number(raw);
  if (n < min || n > max) problems.push(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], def: T, problems: string[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!(allowed as readonly string[]).includes(raw)) {
    problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
    return def;
  }
  return raw as T;
}

/** A JWT secret: from JWT_SECRET, else one generated once and kept in the data directory. */
function jwtSecret(env: Env, dataDir: string, nodeEnv: string, problems: string[]): string {
  const raw = env.JWT_SECRET;
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) problems.push('JWT_SECRET must be at least 32 characters long');
    return raw;
  }
  if (nodeEnv === 'production') {
    problems.push('JWT_SECRET is required when NODE_ENV=production');
    return '';
  }
  if (nodeEnv === 'test') return 'test-secret-test-secret-test-secret-0123456789';
  const file = resolve(dataDir, 'jwt-secret');
  try {
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  } catch (e) {
    problems.push(`JWT_SECRET is not set and ${file} could not be written: ${(e as Error).message}`);
    return '';
  }
}

/** The repository root: the nearest folder above this file holding tsconfig.base.json. */
export function repoRoot(): string {
  let dir = import.meta.dirname;
  for (let i = 0; i < 8; i++) {
    if (existsSync(resolve(dir, 'tsconfig.base.json'))) return dir;
    dir = resolve(dir, '..');
  }
  return process.cwd();
}

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development', problems);
  const dataDir = resolve(env.DATA_DIR || resolve(repoRoot(), '.data'));
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`DATABASE_URL must start with postgres:// or postgresql://, got "${databaseUrl}"`);
  }
  const corsRaw = env.CORS_ORIGINS ?? '';
  const corsOrigins = corsRaw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const o of corsOrigins) {
    if (o !== '*' && !/^https?:\/\/[^/\s]+$/.test(o)) problems.push(`CORS_ORIGINS entry "${o}" must be an origin like https://example.go.id`);
  }
  const config: AppConfig = {
    nodeEnv,
    host: env.HOST || '0.0.0.0',
    port: int(env, 'PORT', 3000, 0, 65535, problems),
    databaseUrl,
    dataDir,
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 0, 0, 65535, problems),
    jwtSecret: '',
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL', 900, 30, 86400, problems),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL', 30 * 86400, 300, 365 * 86400, problems),
    corsOrigins,
    bodyLimitBytes: int(env, 'BODY_LIMIT', 1024 * 1024, 1024, 100 * 1024 * 1024, problems),
    uploadLimitBytes: int(env, 'UPLOAD_LIMIT', 50 * 1024 * 1024, 1024, 500 * 1024 * 1024, problems),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, nodeEnv === 'test' ? 'silent' : 'info', problems),
    loginRateLimitPerMinute: int(env, 'LOGIN_RATE_LIMIT', 20, 1, 100000, problems),
    lockoutThreshold: int(env, 'LOCKOUT_THRESHOLD', 5, 1, 1000, problems),
    lockoutMinutes: int(env, 'LOCKOUT_MINUTES', 15, 1, 1440, problems),
    clientDist: resolve(env.CLIENT_DIST || resolve(repoRoot(), 'client/dist')),
    seedEmployees: int(env, 'SEED_EMPLOYEES', 15000, 0, 1000000, problems),
    dbPoolSize: int(env, 'DB_POOL_SIZE', 10, 1, 200, problems),
    needsCacheSeconds: int(env, 'NEEDS_CACHE_SECONDS', 30, 0, 3600, problems),
  };
  config.jwtSecret = jwtSecret(env, dataDir, nodeEnv, problems);
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** For entry points: the config, or the list of bad variables on stderr and exit code 1. */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');
