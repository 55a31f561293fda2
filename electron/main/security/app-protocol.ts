import type { CustomScheme, Protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { CHROME_CSP_HEADER } from './content-security-policy';

/**
 * Our own pages (launcher, identity chrome, log) come from
 * `app://hatstand/index.html`, served by `protocol.handle` from the bundled
 * renderer folder, never from `file://` (Electron security checklist item 18,
 * docs/tutorial/security.md: a file:// page can read every file on the
 * machine; a custom protocol serves only what it chooses). The CSP travels as
 * a response header, which also allows `frame-ancestors`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hatstand';
export const APP_ENTRY_PATH = '/index.html';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}${APP_ENTRY_PATH}`;

/**
 * Registered before `ready` (docs/api/protocol.md, registerSchemesAsPrivileged):
 * - `standard`: relative URLs resolve (the bundle's ./assets/...) and the page
 *   has a real origin, app://hatstand, that the IPC sender check compares;
 * - `secure`: a secure context, like https;
 * - `corsEnabled`: the chrome's bundle is an ES module script, fetched in CORS
 *   mode; without it a module import from a custom scheme fails (measured on
 *   Electron 42 in freelensapp/freelens#2400). It lets other origins read
 *   responses (electron#52912), but only sessions that handle the scheme can
 *   reach it: we handle it on the default session, where only our own pages
 *   live; identity partitions never handle it, so no site can request it.
 * Not `bypassCSP`, `supportFetchAPI` (our pages fetch nothing:
 * connect-src 'none'), `allowServiceWorkers` or `stream`.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, corsEnabled: true, codeCache: true },
};

/** True only for our own entry page, compared on the parsed URL: scheme, host, port and path, never a string prefix. */
export function isOwnPage(rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === APP_ENTRY_PATH
  );
}

/** The entry page with the query that tells the renderer which window it is. */
export function appPageUrl(query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return search ? `${APP_ENTRY}?${search}` : APP_ENTRY;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface AppFiles {
  readFile(path: string): Promise<Uint8Array>;
  isFile(path: string): Promise<boolean>;
}

export const diskFiles: AppFiles = {
  readFile: (path) => readFile(path),
  isFile: async (path) => {
    try {
      return (await stat(path)).isFile();
    } catch {
      return false;
    }
  },
};

function refuse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CHROME_CSP_HEADER, 'x-content-type-options': 'nosniff' },
  });
}

/**
 * The `protocol.handle` handler: GET or HEAD of a file inside `root` on host
 * `hatstand`, with the CSP header; anything else is refused without touching
 * the disk (another host, a path that escapes the folder, encoded slashes or
 * NUL bytes, a folder, a missing file). The files read live inside app.asar
 * in a packaged app; `fs.readFile` reads them straight from the archive
 * (Electron 44, docs/breaking-changes.md: asar file descriptors work through fs).
 */
export function createAppProtocolHandler(root: string, files: AppFiles = diskFiles): (request: Request) => Promise<Response> {
  const base = resolve(root);
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400, 'Bad address');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '') return refuse(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return refuse(400, 'Bad address');
    }
    if (path === '/') path = APP_ENTRY_PATH;
    if (path.includes('\0') || path.includes('\\') || /%2f|%5c/i.test(url.pathname)) return refuse(400, 'Bad address');
    const file = resolve(join(base, path));
    const inside = relative(base, file);
    if (!inside || inside.startsWith('..') || isAbsolute(inside)) return refuse(404, 'Not found');
    if (!(await files.isFile(file))) return refuse(404, 'Not found');
    const body = await files.readFile(file);
    const headers = {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-security-policy': CHROME_CSP_HEADER,
      'x-content-type-options': 'nosniff',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'no-cache',
    };
    return new Response(request.method === 'HEAD' ? null : Buffer.from(body), { status: 200, headers });
  };
}

/** Serves the scheme on one session's protocol: the default session's, where only our own pages live. */
export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, root: string, files: AppFiles = diskFiles): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root, files));
}
