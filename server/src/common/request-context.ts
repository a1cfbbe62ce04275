/** Per-request context (correlation id, principal), carried by AsyncLocalStorage. */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './principal.js';

export interface RequestContext {
  correlationId: string;
  principal?: Principal;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentContext(): RequestContext | undefined {
  return requestContext.getStore();
}

export function currentCorrelationId(): string | undefined {
  return requestContext.getStore()?.correlationId;
}
