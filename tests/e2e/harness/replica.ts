import { readFileSync, existsSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Serves the replica sites: every request to https://chatgpt.com/** or https://gemini.google.com/** is answered
 * from tests/fixtures/<site>/ so the real extension runs on the real URLs with nothing on the network.
 */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface ReplicaRequest {
  url: string;
  method: string;
  body?: string | null;
}
export interface ReplicaResponse {
  status: number;
  contentType: string;
  body: Buffer;
  headers?: Record<string, string>;
}

const SITE_DIRS: Record<string, string> = {
  'chatgpt.com': 'chatgpt',
  'chat.openai.com': 'chatgpt',
  'gemini.google.com': 'gemini',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A site's own dynamic routes (API calls of its replica app), if it has any: tests/fixtures/<site>/routes.ts. */
export type SiteRoutes = (request: ReplicaRequest, url: URL) => ReplicaResponse | null;
const siteRoutes = new Map<string, SiteRoutes>();
export function registerSiteRoutes(siteDir: string, routes: SiteRoutes): void {
  siteRoutes.set(siteDir, routes);
}

export function fileResponse(path: string, status = 200): ReplicaResponse {
  return { status, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) };
}

export function routeReplica(request: ReplicaRequest): ReplicaResponse {
  const url = new URL(request.url);
  const dir = SITE_DIRS[url.hostname];
  const notFound: ReplicaResponse = { status: 404, contentType: 'text/plain', body: Buffer.from('not in replica') };
  if (!dir) return notFound;
  const dynamic = siteRoutes.get(dir)?.(request, url);
  if (dynamic) return dynamic;
  const root = join(FIXTURES, dir);
  // Static files of the replica live under /__replica/…; every other page path is the app shell.
  if (url.pathname.startsWith('/__replica/')) {
    const file = normalize(join(root, url.pathname.slice('/__replica/'.length)));
    if (!file.startsWith(root) || !existsSync(file)) return notFound;
    return fileResponse(file);
  }
  if (request.method === 'GET' && !extname(url.pathname)) return fileResponse(join(root, 'index.html'));
  return notFound;
}
