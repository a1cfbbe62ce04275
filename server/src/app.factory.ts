/** Builds the Nest application on Fastify with every platform concern wired in: one place for app, tests and tools. */
import 'reflect-metadata';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { LoggerService, LogLevel, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { LogController } from 'fastify';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { ProblemFilter, sendProblem } from './common/problem.filter.js';
import { TooManyRequestsError } from './common/problem.js';
import { requestContext } from './common/request-context.js';
import { createValidationPipe } from './common/validation.js';
import { AppConfig } from './config/config.js';
import { setRuntimeConfig } from './config/runtime.js';
import { AppModule } from './app.module.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

const QUIET_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

/** Nest's logger on top of the same pino instance, with the correlation id in every line. */
class PinoNestLogger implements LoggerService {
  constructor(private readonly pinoLog: pino.Logger) {}
  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, context?: string, extra?: unknown) {
    const correlationId = requestContext.getStore()?.correlationId;
    this.pinoLog[level]({ context, correlationId, ...(extra ? { stack: extra } : {}) }, String(message));
  }
  log(message: unknown, context?: string) {
    // Nest's boot chatter (module init, every mapped route) is debug detail, not news.
    this.write(context && QUIET_CONTEXTS.has(context) ? 'debug' : 'info', message, context);
  }
  error(message: unknown, stack?: string, context?: string) {
    this.write('error', message, context, stack);
  }
  warn(message: unknown, context?: string) {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string) {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    this.write('trace', message, context);
  }
  setLogLevels?(levels: LogLevel[]): void {
    void levels;
  }
}

export interface CreateAppOptions {
  /** Undefined: do not connect to a database (OpenAPI generation). */
  databaseUrl: string | undefined;
  /** Serve the built client at / (default: when it exists). */
  serveClient?: boolean;
}

export async function createApp(config: AppConfig, opts: CreateAppOptions): Promise<NestFastifyApplication> {
  setRuntimeConfig(config);
  const logger = pino({
    level: config.logLevel,
    base: { app: 'asn-planner' },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
  });
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // One line per request from our own onResponse hook (with the correlation id) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: true,
    requestIdHeader: false,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const h = req.headers['x-request-id'];
      return typeof h === 'string' && REQUEST_ID.test(h) ? h : randomUUID();
    },
  });
  const fastify: FastifyInstance = adapter.getInstance();

  // Correlation id for the whole request, in every log line and problem body.
  fastify.addHook('onRequest', (req, reply, done) => {
    reply.header('x-request-id', String(req.id));
    requestContext.run({ correlationId: String(req.id) }, done);
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    if (req.url.startsWith('/api/')) {
      req.log.info({ correlationId: req.id, method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
    }
    done();
  });
  // Errors raised by Fastify itself (body parsing, size limit, rate limit) reach Nest's exception layer and the ProblemFilter.

  // Routes marked `rateLimit: 'login'` get the login limit from the config (per client address).
  fastify.addHook('onRoute', (route) => {
    const cfg = route.config as { rateLimit?: unknown } | undefined;
    if (cfg?.rateLimit === 'login') {
      cfg.rateLimit = { max: config.loginRateLimitPerMinute, timeWindow: 60_000 };
    }
  });
  await fastify.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new TooManyRequestsError('RATE_LIMITED', `Too many attempts from this address; try again in ${Math.ceil(ctx.ttl / 1000)} s.`, Math.ceil(ctx.ttl / 1000)),
  });
  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI needs inline styles and its own scripts.
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, opts.databaseUrl), adapter, {
    logger: new PinoNestLogger(logger),
    // Not forceCloseConnections: it would cut in-flight requests. main.ts lets them finish on SIGTERM
    // and only then (or after a grace period, for open event streams) destroys what is left.
    abortOnError: false,
  });
  // /api/v1/… for the API; /api/health/… (version-neutral) for probes.
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  if (config.corsOrigins.length) {
    app.enableCors({
      origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
      credentials: false,
      exposedHeaders: ['x-request-id', 'retry-after', 'content-disposition'],
      allowedHeaders: ['authorization', 'content-type', 'x-api-key', 'x-request-id', 'accept-language', 'if-match'],
    });
  }

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'asn-planner API',
    swaggerOptions: { persistAuthorization: true, displayOperationId: true },
  });

  const clientDist = config.clientDist;
  const index = join(clientDist, 'index.html');
  if ((opts.serveClient ?? true) && existsSync(index)) {
    const html = readFileSync(index);
    await fastify.register(fastifyStatic, { root: clientDist, prefix: '/', wildcard: false, index: false, maxAge: '1h' });
    const sendIndex = (_req: unknown, reply: { header: (k: string, v: string) => { send: (b: Buffer) => void } }) =>
      reply.header('content-type', 'text/html; charset=utf-8').send(html);
    fastify.get('/', sendIndex);
    // History-mode fallback: any other GET that wants HTML gets index.html; /api never does (Nest answers 404 there).
    // A wildcard route, not a not-found handler: Nest owns that one.
    fastify.get('/*', (req, reply) => {
      if (!req.url.startsWith('/api') && (req.headers.accept ?? '').includes('text/html')) return sendIndex(req, reply);
      return sendProblem(Object.assign(new Error(`No route GET ${req.url.split('?')[0]}`), { statusCode: 404 }), req, reply);
    });
  }
  return app;
}

/** The contract's tags, one per module, in the order Swagger UI shows them. */
export const API_TAGS: [string, string][] = [
  ['Auth', 'Sign-in, token refresh and sign-out'],
  ['Organisation', 'Units (the tree), positions and service drivers'],
  ['Employees', 'Employee records, import and export'],
  ['Reference', 'Dated reference rules and identity-number checks'],
  ['Needs', 'Needs: workload, ratio and WISN analysis, formation plans, calculators'],
  ['Competency', 'Competency standards, assessments, training and development hours'],
  ['Recruitment', 'Selection rounds, applicants, scores, ranking and announcements'],
  ['Performance', 'Performance targets, progress, monitoring, appraisal and public feedback'],
  ['Public', 'Pages for citizens and applicants, without sign-in'],
  ['Users', 'User accounts and roles (admin)'],
  ['API keys', 'Keys for other government systems (admin)'],
  ['Audit', 'The append-only audit trail'],
  ['Health', 'Liveness and readiness probes'],
];

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('asn-planner API')
    .setDescription(
      'Workforce planning for the ASN of Kota Semarang: needs, competency, recruitment and performance, on shared organisation and employee data. ' +
        'Every error is `application/problem+json` with a stable `code`. Lists take `page`, `pageSize` (max 200), `sortBy`, `sortOrder`. ' +
        'Authenticate with `Authorization: Bearer <accessToken>` from `POST /api/v1/auth/login`, or `X-API-Key` for integrations.',
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'Integration key (scoped)' }, 'apiKey')
    .addServer('/', 'This server');
  for (const [name, description] of API_TAGS) config.addTag(name, description);
  const doc = SwaggerModule.createDocument(app, config.build(), { operationIdFactory: (_controller, method) => method });
  // Public operations say so explicitly: an empty security requirement.
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item as Record<string, { security?: unknown[] }>)) {
      if (op && typeof op === 'object' && !op.security) op.security = [];
    }
  }
  return doc;
}
