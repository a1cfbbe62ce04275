export default async function globalTeardown() {
  if (globalThis.__e2eTeardown) await globalThis.__e2eTeardown();
}
