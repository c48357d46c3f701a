/**
 * Response compression for the local server: br or gzip by `Accept-Encoding`, only for text-like
 * types and bodies worth it. (On AWS, CloudFront compresses.)
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** A content coding the server can produce. */
export type Encoding = 'br' | 'gzip';

/** Bodies below this many bytes are sent as they are: compressing them gains nothing. */
export const MIN_COMPRESS_BYTES = 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|wasm|[\w.+-]+\+json|[\w.+-]+\+xml)\b|image\/svg\+xml\b)/i;

/** True when a body of this content type and size should be compressed. */
export function shouldCompress(contentType: string | undefined, size: number): boolean {
  return size >= MIN_COMPRESS_BYTES && COMPRESSIBLE.test(contentType ?? '');
}

/** The best coding the client accepts: br before gzip; undefined for identity. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const q = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    if (name) q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return undefined;
}

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Compresses `body`; `quality` high for bodies compressed once and cached, lower for live responses. */
export function compress(body: Buffer, encoding: Encoding, quality: 'cached' | 'live' = 'live'): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality === 'cached' ? 9 : 4,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    });
  }
  return gz(body, { level: quality === 'cached' ? 9 : 6 });
}
