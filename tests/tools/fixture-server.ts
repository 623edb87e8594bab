import { createServer, type Server } from 'node:https';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/**
 * Serves tests/fixtures/** over HTTPS on 127.0.0.1 with a certificate made now for InfoMentor's host
 * names. Browsers reach it under a real InfoMentor address (Chromium maps the host names, Firefox goes
 * through connect-proxy.ts), so the production manifest's host permissions apply unchanged.
 */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** The host name pages are opened under; any *.infomentor.se name reaches the server. */
export const FIXTURE_HOST = 'skola.infomentor.se';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  port: number;
  /** The https://skola.infomentor.se/ address of a fixture, e.g. url('infomentor/startsida.html'). */
  url(path: string): string;
  /** Every path the browsers asked for, in order: proof of what reached the server. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const pem = await generate([{ name: 'commonName', value: FIXTURE_HOST }], {
    keyType: 'ec',
    curve: 'P-256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: '*.infomentor.se' },
          { type: 2, value: 'infomentor.se' },
        ],
      },
    ],
  });
  const requests: string[] = [];
  const server: Server = createServer({ key: pem.private, cert: pem.cert }, (request, response) => {
    const address = new URL(request.url ?? '/', 'https://x');
    const path = decodeURIComponent(address.pathname);
    requests.push(path);
    respond(root, path)
      .then(({ status, type, body }) => {
        response.writeHead(status, {
          'content-type': type,
          'cache-control': 'no-store',
          // `?csp=strict`: the page as a school's strictest InfoMentor could serve it (frames of its own origin only).
          ...(address.searchParams.get('csp') === 'strict' ? { 'content-security-policy': STRICT_CSP } : {}),
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      })
      .catch(() => {
        response.writeHead(500).end();
      });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path) => `https://${FIXTURE_HOST}/${path.replace(/^\//, '')}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function respond(root: string, path: string): Promise<{ status: number; type: string; body: string | Buffer }> {
  if (path === '/') return { status: 200, type: CONTENT_TYPES['.html']!, body: indexPage(await listPages(root)) };
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(resolve(root) + sep)) return notFound();
  try {
    return { status: 200, type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  } catch {
    return notFound();
  }
}

export const STRICT_CSP = "default-src 'self'; frame-src 'self'";

const notFound = () => ({ status: 404, type: 'text/plain; charset=utf-8', body: 'Not found' });

/** Every fixture page below root, as paths relative to it with forward slashes, sorted. */
export async function listPages(root = FIXTURES_DIR): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries
    .filter((entry) => entry.endsWith('.html'))
    .map((entry) => relative(root, join(root, entry)).split(sep).join('/'))
    .sort();
}

function indexPage(pages: string[]): string {
  // Fixture file names are ours, but escape them anyway: this page is opened in a browser with Insyn.
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = pages.map((page) => `<li><a href="/${escape(page)}">${escape(page)}</a></li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Insyn – fixture pages</title></head>
<body><main><h1>Insyn – fixture pages</h1>
<p>Plausible InfoMentor pages with invented pupils, served locally under an InfoMentor address.</p>
<ul>
${items}
</ul></main></body></html>`;
}
