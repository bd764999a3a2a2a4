/**
 * First-load JavaScript of a page: every script the HTML names under /_next/static/, fetched
 * and gzipped at zlib's default level (6, what Next's own compression uses).
 * @module
 */
import { gzipSync } from 'node:zlib';

/** One script a page loads. */
export interface ScriptSize {
  src: string;
  bytes: number;
  gzipBytes: number;
  /** Component names the chunk registers, to tell whose code it is. */
  exports: string[];
}

/** A page's first-load JavaScript. */
export interface FirstLoadJs {
  path: string;
  scripts: ScriptSize[];
  gzipBytes: number;
  /** Legacy-browser scripts (`nomodule`), which modern browsers skip; not in the total. */
  noModule: string[];
}

/** Script sources under /_next/static/ in document order, split by whether they are nomodule. */
export function extractScriptSources(html: string): { modern: string[]; noModule: string[] } {
  const modern = new Set<string>();
  const noModule = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1] ?? '';
    const src = /\bsrc="(\/_next\/static\/[^"]+)"/i.exec(attributes)?.[1];
    if (!src) continue;
    (/\bnomodule\b/i.test(attributes) ? noModule : modern).add(src);
  }
  return { modern: [...modern], noModule: [...noModule] };
}

/**
 * Names a Turbopack chunk exports (`.s(["PasswordForm",…`). A heuristic over the minified
 * output of Next 16's Turbopack; an empty list means none was recognised, not none exists.
 */
export function exportedNames(chunk: string): string[] {
  const names = new Set<string>();
  for (const match of chunk.matchAll(/\.s\(\["([A-Za-z_$][\w$]*)"/g)) names.add(match[1] ?? '');
  return [...names].filter(Boolean);
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.text();
}

/** Fetches `path` from `baseUrl` and sizes each script it loads. */
export async function measureFirstLoadJs(baseUrl: string, path: string): Promise<FirstLoadJs> {
  const { modern, noModule } = extractScriptSources(await fetchText(baseUrl + path));
  const scripts = await Promise.all(
    modern.map(async (src) => {
      const code = await fetchText(baseUrl + src);
      const bytes = Buffer.byteLength(code);
      return { src, bytes, gzipBytes: gzipSync(code).length, exports: exportedNames(code) };
    }),
  );
  const gzipBytes = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  return { path, scripts, gzipBytes, noModule };
}

/** The scripts `page` loads that `baseline` does not. */
export function scriptsBeyond(page: FirstLoadJs, baseline: FirstLoadJs): ScriptSize[] {
  const known = new Set(baseline.scripts.map((script) => script.src));
  return page.scripts.filter((script) => !known.has(script.src));
}

/** Component names `page`'s scripts register that none of `baseline`'s do. */
export function exportsBeyond(page: FirstLoadJs, baseline: FirstLoadJs): string[] {
  const known = new Set(baseline.scripts.flatMap((script) => script.exports));
  return [...new Set(page.scripts.flatMap((script) => script.exports))].filter(
    (name) => !known.has(name),
  );
}
