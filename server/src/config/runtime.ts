/** Values decorators need before DI exists (e.g. upload limits), set once from the validated config at boot. */
import type { AppConfig } from './config.js';

let current: AppConfig | undefined;

export function setRuntimeConfig(c: AppConfig): void {
  current = c;
}

export function uploadLimitBytes(): number {
  return current?.uploadLimitBytes ?? 50 * 1024 * 1024;
}
