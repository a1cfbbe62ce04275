/** The contract is the product's face: the committed spec and client types must equal a fresh generation, and lint clean. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../../src/config/config.js';
import { generateOpenApiFiles } from '../../src/openapi/generate.js';

const dir = resolve(repoRoot(), 'openapi');

describe('OpenAPI contract', () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = await generateOpenApiFiles();
  });

  it.each(['openapi.json', 'schema.d.ts'])('should match the committed openapi/%s (run `npm run openapi` when it fails)', (name) => {
    expect(readFileSync(resolve(dir, name), 'utf8')).toBe(files[name]);
  });

  it('should give every operation a tag, a summary, a unique operationId, security and problem responses', () => {
    const doc = JSON.parse(files['openapi.json']);
    const ids = new Set<string>();
    for (const [path, item] of Object.entries<Record<string, Record<string, unknown>>>(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect({ where, tags: (op.tags as string[])?.length > 0 }).toEqual({ where, tags: true });
        expect({ where, summary: !!op.summary }).toEqual({ where, summary: true });
        expect({ where, unique: !ids.has(op.operationId as string) }).toEqual({ where, unique: true });
        ids.add(op.operationId as string);
        const responses = op.responses as Record<string, { content?: Record<string, unknown> }>;
        const problems = Object.keys(responses).filter((s) => s.startsWith('4'));
        expect({ where, has4xx: problems.length > 0 }).toEqual({ where, has4xx: true });
        for (const s of problems) expect({ where, s, problem: !!responses[s].content?.['application/problem+json'] }).toEqual({ where, s, problem: true });
        const isPublic = path.startsWith('/api/v1/public/') || path.startsWith('/api/health/') || /^\/api\/v1\/auth\/(login|refresh|logout)$/.test(path);
        const security = op.security as unknown[] | undefined;
        expect({ where, secured: isPublic || (!!security && security.length > 0) }).toEqual({ where, secured: true });
      }
    }
    expect(ids.size).toBeGreaterThan(40);
  });

  it('should lint without errors (redocly, recommended ruleset)', () => {
    const out = execFileSync(
      process.execPath,
      [resolve(repoRoot(), 'node_modules/@redocly/cli/bin/cli.js'), 'lint', 'openapi.json', '--config', 'redocly.yaml', '--format', 'json'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    const report = JSON.parse(out);
    const errors = report.problems.filter((p: { severity: string }) => p.severity === 'error');
    expect(errors).toEqual([]);
  });
});
