/**
 * Locale messages compiled at build time, for the runtime-only build of vue-i18n.
 *
 * vue-i18n turns every message into a function before it can use it. Compiled in the browser, that needs the
 * message compiler in the bundle and a parse of each message on first use; compiled here, each locale module
 * (`src/i18n/locales/<lang>/index.ts`, and the parts of a locale a feature loads lazily such as `<lang>/needs.ts`;
 * still plain TypeScript objects checked by the compiler) is served as the
 * compiled messages (vue-i18n's AST form) and the app uses `vue-i18n.runtime`, without the compiler.
 * A message that does not compile fails the build.
 */
import { baseCompile } from '@intlify/message-compiler';
import { runnerImport, type Plugin } from 'vite';

/** A message module: a locale's `index.ts`, or a part of a locale loaded on its own when a feature needs it (`needs.ts`). */
const LOCALE_MODULE = /[\\/]src[\\/]i18n[\\/]locales[\\/][a-z]{2}[\\/][a-z-]+\.ts$/;

/** Every string of a (nested) message object compiled to vue-i18n's message AST. */
export function compileMessages(messages: unknown, path = ''): unknown {
  if (typeof messages === 'string') {
    const problems: string[] = [];
    const { ast } = baseCompile(messages, { jit: true, location: false, minify: true, onError: (e) => problems.push(`error ${e.code}`) });
    if (problems.length) throw new Error(`i18n message ${path} does not compile (${problems.join('; ')}): ${messages}`);
    return ast;
  }
  if (messages && typeof messages === 'object') return Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, compileMessages(v, path ? `${path}.${k}` : k)]));
  return messages;
}

export function i18nMessages(): Plugin {
  return {
    name: 'asn:i18n-messages',
    enforce: 'pre',
    async load(id) {
      if (!LOCALE_MODULE.test(id)) return undefined;
      const { module, dependencies } = await runnerImport<{ default: unknown }>(id);
      for (const file of dependencies) this.addWatchFile(file);
      // JSON.parse of a string is parsed faster than the same object literal
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compileMessages(module.default)))});\n`;
    },
  };
}
