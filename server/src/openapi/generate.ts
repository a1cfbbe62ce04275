import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument, createApp } from '../app.factory.js';
import { loadConfig } from '../config/config.js';

/** Sorted keys at every level, so the committed file diffs cleanly. */
export function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = normalise(v);
    }
    return out;
  }
  return value;
}

/** The contract and the client types, generated from the code without a database. */
export async function generateOpenApiFiles(): Promise<Record<string, string>> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await createApp(config, { databaseUrl: undefined, serveClient: false });
  await app.init();
  const doc = buildOpenApiDocument(app);
  await app.close();
  const json = `${JSON.stringify(normalise(doc), null, 2)}\n`;
  const ast = await openapiTS(JSON.parse(json), { alphabetize: true });
  const types = `/* Generated from openapi.json by \`npm run openapi\` (openapi-typescript). Do not edit. */\n${astToString(ast)}`;
  return { 'openapi.json': json, 'schema.d.ts': types };
}
