import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from '../tools/build-output';
import { readmePermissions, requestedAccess } from '../unit/manifest/permissions';
import { INFOMENTOR_MATCHES } from '../../utils/infomentor/hosts';

/**
 * What actually ships: the built extension as `npm run build` wrote it. Source-level lint can be bypassed
 * by a dependency; this reads every file the browser would load.
 * - no network request of our own (no fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon);
 * - no generated code (eval, new Function) and no script from the web;
 * - every web address in the code is a known, harmless constant (listed below with the reason);
 * - the content script (which runs inside InfoMentor) carries no Dexie and no zod runtime;
 * - the default MV3 content security policy stands.
 */

const NETWORK_AND_EVAL = [
  { what: 'fetch(', pattern: /\bfetch\s*\(/ },
  { what: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/ },
  { what: 'new WebSocket', pattern: /\bnew\s+WebSocket\b/ },
  { what: 'EventSource', pattern: /\bnew\s+EventSource\b/ },
  { what: 'sendBeacon', pattern: /\bsendBeacon\b/ },
  { what: 'eval(', pattern: /(?<![\w$.])eval\s*\(/ },
  { what: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { what: 'Function(', pattern: /(?<![\w$.])Function\s*\(/ },
  { what: '= Function', pattern: /=\s*Function\s*[,;)]/ },
  { what: 'importScripts', pattern: /\bimportScripts\s*\(/ },
];

/**
 * Occurrences in libraries that Insyn never reaches, each with the reason. An entry matches by the code
 * around the occurrence, so a new occurrence elsewhere still fails the test.
 */
const ALLOWED_CODE: { what: string; around: RegExp; reason: string }[] = [
  {
    what: 'Function(',
    around: /jitless/,
    reason:
      'zod probes whether it may compile parsers, unless `jitless` is set; every entrypoint sets `z.config({ jitless: true })` first.',
  },
  {
    what: '= Function',
    around: /this\.indent\s*\*\s*2/,
    reason: "zod's parser compiler, used only by its JIT, which `jitless: true` turns off.",
  },
  {
    what: 'fetch(',
    around: /modulepreload/,
    reason: "Vite's modulepreload polyfill: fetches the extension's own chunks named in <link rel=modulepreload>.",
  },
  {
    what: 'fetch(',
    around: /Failed to load styl|content-scripts\/[\w-]+\.css/,
    reason:
      "WXT's shadow-root UI loads the extension's own CSS file only with cssInjectionMode 'ui'; Insyn uses 'manual' and inlines its styles.",
  },
  {
    what: 'fetch(',
    around: /attachShadow/,
    reason: "WXT's shadow-root helper fetches a stylesheet only when given a `css.url`; Insyn passes none.",
  },
  {
    what: 'XMLHttpRequest',
    around: /download|NetworkStreamer|readyState|withCredentials/,
    reason: 'papaparse downloads a CSV only with `download: true`, which Insyn never passes; it parses local files and strings.',
  },
];

/** Web addresses that are names, not places code goes to. */
const ALLOWED_URLS: { prefix: string; reason: string }[] = [
  { prefix: 'http://www.w3.org/', reason: 'XML namespace names (SVG, MathML, XHTML) used by Preact and spreadsheet files' },
  { prefix: 'https://www.w3.org/', reason: 'XML namespace names' },
  { prefix: 'http://json-schema.org/', reason: "zod's JSON Schema dialect identifiers" },
  { prefix: 'https://json-schema.org/', reason: "zod's JSON Schema dialect identifiers" },
  { prefix: 'http://[', reason: "zod's IPv6 check builds a URL from a string it validates; nothing is requested" },
  { prefix: 'http://bit.ly/2kdckMn', reason: 'text of a Dexie error message' },
  { prefix: 'https://tinyurl.com/y2uuvskb', reason: 'text of a Dexie error message' },
  { prefix: 'https://developer.mozilla.org/', reason: 'text of a WXT error message' },
  { prefix: 'https://wxt.dev/', reason: 'text of a WXT error message' },
  { prefix: 'https://rolldown.rs/', reason: 'text of a bundler error message' },
  { prefix: 'https://stuk.github.io/jszip/', reason: 'text of a JSZip (inside ExcelJS) error message' },
  {
    prefix: 'https://github.com/',
    reason: 'links in library error messages and licence notices (the test above proves no code requests them)',
  },
  { prefix: 'http://schemas.openxmlformats.org/', reason: 'XLSX namespace names written into exported files' },
  ...INFOMENTOR_MATCHES.map((prefix) => ({
    prefix,
    reason: "InfoMentor's host patterns in the content script's definition (WXT bundles its options): match patterns, never requested",
  })),
];

const builds = [
  { name: 'chrome-mv3', dir: CHROME_BUILD },
  { name: 'firefox-mv2', dir: FIREFOX_BUILD },
];

function filesOf(dir: string, ext: RegExp): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => ext.test(f)).map((f) => join(dir, f));
}

function occurrences(text: string, pattern: RegExp): { index: number; around: string }[] {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  return [...text.matchAll(global)].map((m) => ({ index: m.index, around: text.slice(Math.max(0, m.index - 600), m.index + 200) }));
}

for (const build of builds) {
  const built = existsSync(join(build.dir, 'manifest.json'));
  if (!built) console.warn(`bundle test skipped for ${build.name}: no build at ${build.dir} — run \`npm run build\` first`);

  describe.skipIf(!built)(`the built ${build.name} extension`, () => {
    const code = () =>
      filesOf(build.dir, /\.(js|mjs|html)$/).map((file) => ({ file: relative(build.dir, file), text: readFileSync(file, 'utf8') }));
    const manifest = () => JSON.parse(readFileSync(join(build.dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

    it('makes no network request and generates no code', () => {
      const found = code().flatMap(({ file, text }) =>
        NETWORK_AND_EVAL.flatMap(({ what, pattern }) =>
          occurrences(text, pattern)
            .filter(({ around }) => !ALLOWED_CODE.some((a) => a.what === what && a.around.test(around)))
            .map(({ around }) => `${file}: ${what} … ${around.replace(/\s+/g, ' ').slice(550, 660)}`),
        ),
      );
      expect(found).toEqual([]);
    });

    it('names no web address except known harmless constants', () => {
      const urls = code().flatMap(({ file, text }) => [...text.matchAll(/https?:\/\/[^\s"'`<>)\\]*/g)].map((m) => ({ file, url: m[0] })));
      const unknown = urls
        .filter(({ url }) => !ALLOWED_URLS.some((a) => url.startsWith(a.prefix)))
        .map(({ file, url }) => `${file}: ${url}`);
      expect(unknown).toEqual([]);
    });

    it('loads scripts only from the extension itself', () => {
      const sources = filesOf(build.dir, /\.html$/).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!),
      );
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.filter((src) => /^(https?:)?\/\//i.test(src) || /^(data|blob|javascript):/i.test(src))).toEqual([]);
    });

    it('keeps the database and zod out of the content script that runs inside InfoMentor', () => {
      const scripts = filesOf(join(build.dir, 'content-scripts'), /\.js$/);
      expect(scripts.length).toBeGreaterThan(0);
      for (const file of scripts) {
        const text = readFileSync(file, 'utf8');
        expect(text, `${file} bundles Dexie`).not.toMatch(/\bDexie\b|\bindexedDB\b|\bIDBKeyRange\b/);
        expect(text, `${file} bundles zod`).not.toMatch(/\$Zod|\bZodError\b|\b_zod\b/);
      }
    });

    it('keeps the default content security policy and exposes to web pages only the field frame, to InfoMentor', () => {
      const m = manifest();
      expect(m).not.toHaveProperty('content_security_policy');
      expect(m).not.toHaveProperty('externally_connectable');
      // The panel's text fields are frames of field.html (docs/architecture.md): the one page a page may load.
      expect(m.web_accessible_resources).toEqual(
        build.name === 'firefox-mv2' ? ['field.html'] : [{ resources: ['field.html'], matches: INFOMENTOR_MATCHES, use_dynamic_url: true }],
      );
    });

    it('asks for nothing the README does not explain', () => {
      const listed = readmePermissions();
      expect(listed, 'README.md needs a "Permissions" section listing each permission and host in `code`').toBeDefined();
      expect(requestedAccess(manifest()).filter((p) => !listed!.includes(p))).toEqual([]);
    });
  });
}
