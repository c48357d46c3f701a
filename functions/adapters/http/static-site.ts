/**
 * Serves the built site (`dist/`) for the local runtime, as CloudFront + S3 do on AWS: Astro's
 * directory output (`/foo/` → `foo/index.html`), the 404 page, ETags, compression and caching that
 * lets hashed assets live forever while HTML is always revalidated.
 *
 * Files are read and compressed once and kept in memory, keyed by size and mtime, so a rebuild
 * while the server runs is picked up on the next request.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { compress, negotiateEncoding, shouldCompress, type Encoding } from './compression.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
  // Pagefind's index files are already compressed binary.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** The content type of a file name; unknown extensions are binary. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
// Revalidate on every use (cheap with ETags): after a rebuild an old page or pagefind entry would
// point at hashed files that no longer exist.
const REVALIDATE = 'no-cache';

/** Cache-Control for a URL path: forever for content-hashed names, revalidate for everything else. */
export function cacheControlOf(urlPath: string): string {
  if (urlPath.startsWith('/_astro/')) return IMMUTABLE;
  // Pagefind hashes its index files, but not pagefind.js, pagefind-entry.json or its UI files.
  if (urlPath.startsWith('/pagefind/') && /\.pf_(fragment|index|meta|filter)$/.test(urlPath)) return IMMUTABLE;
  return REVALIDATE;
}

type CachedFile = {
  key: string;
  body: Buffer;
  type: string;
  hash: string;
  variants: Map<Encoding, Promise<Buffer>>;
};

type Resolution =
  | { kind: 'file'; file: string; status: 200 | 404 }
  | { kind: 'redirect'; location: string }
  | { kind: 'bad-request' }
  | { kind: 'not-found' };

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** A static file server over `root`; `serve` answers GET and HEAD. */
export function createStaticSite(root: string) {
  const base = path.resolve(root);
  const cache = new Map<string, CachedFile>();

  async function load(file: string): Promise<CachedFile> {
    const info = await stat(file);
    const key = `${info.size}:${info.mtimeMs}`;
    const hit = cache.get(file);
    if (hit?.key === key) return hit;
    const body = await readFile(file);
    const entry: CachedFile = {
      key,
      body,
      type: contentTypeOf(file),
      hash: createHash('sha256').update(body).digest('base64url').slice(0, 27),
      variants: new Map(),
    };
    cache.set(file, entry);
    return entry;
  }

  /** Maps a request path to a file inside `root`, a redirect, or nothing; never a file outside. */
  async function resolve(pathname: string, query: string): Promise<Resolution> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return { kind: 'bad-request' };
    }
    if (decoded.includes('\0') || !decoded.startsWith('/')) return { kind: 'bad-request' };
    const target = path.join(base, decoded);
    const relative = path.relative(base, target);
    // `..` after normalising (whatever encoding it came in) would leave the site folder.
    if (relative.startsWith('..') || path.isAbsolute(relative)) return { kind: 'not-found' };

    const info = await stat(target).catch(() => undefined);
    if (info?.isFile() && !decoded.endsWith('/')) return { kind: 'file', file: target, status: 200 };
    if (info?.isDirectory()) {
      const index = path.join(target, 'index.html');
      if (await isFile(index)) {
        if (decoded.endsWith('/')) return { kind: 'file', file: index, status: 200 };
        // Astro's directory format links to `/foo/`; collapse leading slashes so `//host` cannot become an off-site redirect.
        return { kind: 'redirect', location: `/${pathname.replace(/^\/+/, '')}/${query ? `?${query}` : ''}` };
      }
    }
    if (!decoded.endsWith('/') && path.extname(decoded) === '' && (await isFile(`${target}.html`))) {
      return { kind: 'file', file: `${target}.html`, status: 200 };
    }
    return { kind: 'not-found' };
  }

  function variant(entry: CachedFile, encoding: Encoding): Promise<Buffer> {
    let pending = entry.variants.get(encoding);
    if (!pending) {
      pending = compress(entry.body, encoding, 'cached');
      entry.variants.set(encoding, pending);
    }
    return pending;
  }

  async function sendFile(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    status: number,
    headers: Record<string, string>,
    cacheControl: string,
  ): Promise<number> {
    const entry = await load(file);
    const encoding = shouldCompress(entry.type, entry.body.byteLength)
      ? negotiateEncoding(req.headers['accept-encoding'])
      : undefined;
    const etag = `"${entry.hash}${encoding ? `-${encoding === 'br' ? 'br' : 'gz'}` : ''}"`;
    const out: Record<string, string> = { ...headers, 'content-type': entry.type, 'cache-control': cacheControl, etag };
    if (shouldCompress(entry.type, entry.body.byteLength)) out.vary = 'Accept-Encoding';

    const ifNoneMatch = req.headers['if-none-match'];
    if (status === 200 && ifNoneMatch && ifNoneMatch.split(',').some((t) => ['*', etag].includes(t.trim().replace(/^W\//, '')))) {
      res.writeHead(304, out).end();
      return 304;
    }
    const body = encoding ? await variant(entry, encoding) : entry.body;
    if (encoding) out['content-encoding'] = encoding;
    out['content-length'] = String(body.byteLength);
    res.writeHead(status, out);
    res.end(req.method === 'HEAD' ? undefined : body);
    return status;
  }

  /** Answers a GET or HEAD for the site; returns the status sent. `headers` go on every response. */
  async function serve(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): Promise<number> {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q === -1 ? url : url.slice(0, q);
    const query = q === -1 ? '' : url.slice(q + 1);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method Not Allowed');
      return 405;
    }
    const found = await resolve(pathname, query);
    switch (found.kind) {
      case 'file':
        return sendFile(req, res, found.file, found.status, headers, cacheControlOf(pathname));
      case 'redirect':
        res.writeHead(301, { ...headers, location: found.location, 'cache-control': REVALIDATE }).end();
        return 301;
      case 'bad-request':
        res.writeHead(400, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Bad Request');
        return 400;
      case 'not-found':
        return notFound(req, res, headers);
    }
  }

  /** Answers with the site's 404 page (status 404), or a plain text when the site has none. */
  async function notFound(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): Promise<number> {
    const page = path.join(base, '404.html');
    if (await isFile(page)) return sendFile(req, res, page, 404, headers, REVALIDATE);
    res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'cache-control': REVALIDATE });
    res.end(req.method === 'HEAD' ? undefined : 'Niet gevonden');
    return 404;
  }

  return { serve, resolve, notFound };
}
