/**
 * The PrimeVue theme as a static stylesheet, computed at build time.
 *
 * In styled mode PrimeVue turns the preset's design tokens into CSS in the browser: on start-up it walks the
 * whole preset (every component's tokens) and, as each component first mounts, builds and injects its
 * variables and style. That costs the download and parse of the preset (~100 KB of JavaScript) and tens of
 * milliseconds of main-thread work before the first page can show. Here the very same PrimeVue code runs in
 * Node, for the components the app can render, and the result is served as CSS; the app then starts PrimeVue
 * with `theme: 'none'` (styled classes, no runtime theme). Import `virtual:primevue-theme.css` once.
 *
 * With no runtime theme, the components' style sources (`@primeuix/styles/*`: CSS in JavaScript strings, read
 * only to build the theme) are dead weight in the bundle, so the app gets them empty.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:primevue-theme.css';
/** A path-like id ending in .css, so Vite's CSS pipeline bundles it like any stylesheet. */
const RESOLVED_ID = '/__primevue-theme.css';

interface StyleResult {
  css?: { value?: string };
}
interface ComponentStyle {
  name?: string;
  load(css: unknown, options: { name: string }): StyleResult;
  loadStyle(options: { name: string }, style?: unknown): StyleResult;
  getCommonTheme(): { primitive?: { css?: string }; semantic?: { css?: string }; global?: { css?: string }; style?: unknown };
  getComponentTheme(): { css?: string; style?: unknown } | undefined;
  getDirectiveTheme(): { css?: string; style?: unknown } | undefined;
}

/** A component's style source inside @primeuix/styles (read by the theme build only). */
const STYLE_SOURCE = /[\\/]@primeuix[\\/]styles[\\/]dist[\\/][a-z]+[\\/]index\.mjs$/;

const IMPORT = /\bfrom\s*['"]primevue\/([a-z]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|vue)$/.test(name) && !name.endsWith('.spec.ts') ? [p] : [];
  });
}

/**
 * The PrimeVue modules with a style that the app can render: those its sources import and, transitively, the
 * ones those import, parents before children (the order PrimeVue injects them in when a parent mounts first).
 */
export function primeVueStyleModules(srcDir: string, primevueDir: string): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const entry = join(primevueDir, name, 'index.mjs');
    if (!existsSync(entry)) return;
    if (existsSync(join(primevueDir, name, 'style', 'index.mjs'))) order.push(name);
    for (const m of readFileSync(entry, 'utf8').matchAll(IMPORT)) visit(m[1]);
  };
  const roots = new Set<string>();
  for (const file of sourceFiles(srcDir)) for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) roots.add(m[1]);
  for (const name of [...roots].sort()) visit(name);
  return order;
}

/** Runs PrimeVue's own style loading (as `BaseComponent` and `BaseDirective` do in the browser) and collects the CSS. */
export async function primeVueThemeCss(preset: object, options: object, modules: string[]): Promise<string> {
  const { Theme } = (await import('@primeuix/styled')) as { Theme: { setTheme(t: object): void } };
  const BaseStyle = ((await import('@primevue/core/base/style')) as unknown as { default: ComponentStyle }).default;
  Theme.setTheme({ preset, options });
  // outside a browser useStyle() injects nothing but still hands back the minified CSS it would inject
  const css = (r: StyleResult | undefined) => r?.css?.value ?? '';
  const common = BaseStyle.getCommonTheme();
  const out = [
    css(BaseStyle.load(common.primitive?.css, { name: 'primitive-variables' })),
    css(BaseStyle.load(common.semantic?.css, { name: 'semantic-variables' })),
    css(BaseStyle.load(common.global?.css, { name: 'global-variables' })),
    css(BaseStyle.loadStyle({ name: 'global-style' }, common.style)),
  ];
  for (const name of modules) {
    const style = ((await import(/* @vite-ignore */ `primevue/${name}/style`)) as { default: ComponentStyle }).default;
    if (!style.name) continue;
    const theme = (style.name.endsWith('-directive') ? style.getDirectiveTheme() : style.getComponentTheme()) ?? {};
    out.push(css(style.load(theme.css, { name: `${style.name}-variables` })), css(style.loadStyle({ name: `${style.name}-style` }, theme.style)));
  }
  return out.filter(Boolean).join('\n');
}

/** Serves `virtual:primevue-theme.css`: the theme of `preset` for every PrimeVue component the app imports. */
export function primeVueTheme(opts: { preset: object; options: object; srcDir: string }): Plugin {
  const require = createRequire(import.meta.url);
  const primevueDir = dirname(require.resolve('primevue'));
  return {
    name: 'asn:primevue-theme',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id === RESOLVED_ID) return primeVueThemeCss(opts.preset, opts.options, primeVueStyleModules(opts.srcDir, primevueDir));
      if (STYLE_SOURCE.test(id)) return "export const style = '';";
      return undefined;
    },
  };
}
