/**
 * The local Werkpad server (DESIGN.md, "Two runtimes, one code path"): one Node process that serves
 * the built site, hands `/api/*` and `/forms/*` to the same handlers API Gateway calls on AWS, and
 * runs an embedded DynamoDB-compatible store with its data in `$DATA_DIR/dynamodb`.
 *
 *   node scripts/server.ts        (npm run serve; `npm start` builds first)
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ConfigError, parseConfig, setConfig, withLocalModerator, withLocalSigningKey, type Config, type Env } from '#config';
import { closeClients, ensureTables } from '#adapters/dynamodb/client';
import { sweepExpired } from '#adapters/dynamodb/expiry-sweep';
import { startEmbeddedStore, StoreInUseError, type EmbeddedStore } from '#adapters/dynamodb/embedded-store';
import type { HttpResult } from '#adapters/http/api-gateway';
import { compress, negotiateEncoding, shouldCompress } from '#adapters/http/compression';
import { PayloadTooLargeError } from '#adapters/http/errors';
import { fromHttpResult, toHttpEvent } from '#adapters/http/node-bridge';
import { createRouter } from '#adapters/http/router';
import { loadCspHashes, securityHeaders } from '#adapters/http/security-headers';
import { createStaticSite } from '#adapters/http/static-site';
import { dynamicPagePaths, routes } from '#handlers/routes';
import { configureInitiativeDependencies, initiativeDependencies } from '#handlers/dependencies';
import { configureSitePages } from '#adapters/http/site-pages';
import { RebuildScheduler } from '#domain/rebuild-scheduler';
import { finishStalledChanges } from '#domain/initiative-submissions';
import { configureEmployerDependencies, employerDependencies } from '#handlers/employer-dependencies';
import { runEmployerUpkeep } from '#domain/employer-register';
import { buildSite } from './site-build.ts';

/** Hard cap on a request body, above every handler's own limit (32 kB for JSON). */
const MAX_BODY_BYTES = 64 * 1024;
/** The first expiry sweep runs a minute after start, then every hour. */
const SWEEP_FIRST_DELAY_MS = 60_000;
const SWEEP_INTERVAL_MS = 3_600_000;
/** How long a shutdown waits for in-flight requests before cutting connections. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Options of `startServer`; everything defaults to the config and `dist/`. */
export type ServerOptions = {
  /** Environment to read settings from; `process.env` by default. */
  env?: Env;
  /** Port, overriding `PORT`; 0 picks a free one (tests). */
  port?: number;
  /** Data folder, overriding `DATA_DIR`. */
  dataDir?: string;
  /** Built site folder; `dist/` (or `WERKPAD_OUT_DIR`) by default. */
  siteDir?: string;
  /** No request log lines (tests). */
  quiet?: boolean;
  /** Interface to listen on; loopback by default, since the store and moderator pages are unguarded. */
  host?: string;
  /** Where request log lines go (method, path without query, status, duration). */
  log?: (line: string) => void;
  /** Build the site against the store before serving (`npm start`), progress on the terminal. */
  buildFirst?: boolean;
  /** Rebuild the site (debounced, swapped in when complete) when published submissions change. */
  rebuild?: boolean;
};

/** A running server. */
export type RunningServer = {
  url: string;
  port: number;
  config: Config;
  /** The embedded store, when one was started (tests stop it to see the 503). */
  store: EmbeddedStore | undefined;
  close: () => Promise<void>;
  /** Runs the periodic upkeep once now (it also runs a minute after start, then hourly). */
  maintenance: () => Promise<{ deleted: number; finished: number; employers: { finished: number; reminded: number; hidden: number } }>;
};

/** The built site is missing. */
export class SiteMissingError extends Error {
  constructor(siteDir: string) {
    super(
      `De gebouwde site ontbreekt (${siteDir}). Bouw hem eerst met "npm run build", of bouw en start in één keer met "npm start".\n` +
        `The built site is missing: run "npm run build" first, or "npm start" to build and serve.`,
    );
    this.name = 'SiteMissingError';
  }
}

/** The port is taken by another process. */
export class PortInUseError extends Error {
  constructor(port: number) {
    super(
      `Poort ${port} is al in gebruik. Stop het andere programma of kies een andere poort, bijvoorbeeld: PORT=${port + 1} npm start\n` +
        `Port ${port} is already in use; set PORT to another port.`,
    );
    this.name = 'PortInUseError';
  }
}

/** The built site: Astro's `outDir`, which `WERKPAD_OUT_DIR` moves (astro.config.mjs). */
function siteDirOf(options: ServerOptions): string {
  return path.resolve(options.siteDir ?? process.env.WERKPAD_OUT_DIR ?? 'dist');
}

function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || pathname.startsWith('/forms/') || dynamicPagePaths.has(pathname);
}

/** Reads a request body up to `max` bytes; rejects with a 413 error beyond that. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) return Promise.reject(new PayloadTooLargeError(max));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > max) {
        req.removeAllListeners('data');
        reject(new PayloadTooLargeError(max));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Starts store, tables and HTTP server; resolves once it listens. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.quiet ? () => {} : (options.log ?? ((line: string) => console.log(line)));
  const siteDir = siteDirOf(options);
  if (!options.buildFirst && !existsSync(siteDir)) throw new SiteMissingError(siteDir);
  configureSitePages(siteDir);

  const env: Env = {
    ...(options.env ?? process.env),
    ...(options.port !== undefined ? { PORT: String(options.port) } : {}),
    ...(options.dataDir !== undefined ? { DATA_DIR: options.dataDir } : {}),
  };
  let config = withLocalSigningKey(withLocalModerator(parseConfig(env)));

  // Requests that reach the API before the store is up wait for it.
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const site = createStaticSite(siteDir);
  const router = createRouter(routes, (line) => log(line));

  // Security headers follow the site's csp-hashes.json; re-read when a rebuild changes it.
  const hashesFile = path.join(siteDir, 'csp-hashes.json');
  let hashesStamp = (await stat(hashesFile).catch(() => undefined))?.mtimeMs;
  let headers = securityHeaders(await loadCspHashes(siteDir));
  let checkedAt = Date.now();
  async function currentHeaders(): Promise<Record<string, string>> {
    if (Date.now() - checkedAt < 1_000) return headers;
    checkedAt = Date.now();
    const stamp = (await stat(hashesFile).catch(() => undefined))?.mtimeMs;
    if (stamp !== hashesStamp) {
      hashesStamp = stamp;
      headers = securityHeaders(await loadCspHashes(siteDir));
    }
    return headers;
  }

  async function serveApi(req: IncomingMessage, res: ServerResponse, pathname: string, base: Record<string, string>) {
    // A form path nobody handles is a page that does not exist, not an API error.
    if (pathname.startsWith('/forms/') && router.match(req.method ?? 'GET', pathname).kind === 'none') {
      req.resume();
      return site.notFound(req, res, base);
    }
    let result: HttpResult;
    try {
      result = await router.dispatch(toHttpEvent(req, await readBody(req, MAX_BODY_BYTES)));
    } catch (error) {
      if (!(error instanceof PayloadTooLargeError)) throw error;
      // Stop reading the rest of an oversized body: answer and close the connection.
      res.on('finish', () => req.destroy());
      const response = error.toResponse();
      result = { ...response, headers: { ...response.headers, connection: 'close' } };
    }
    const response = fromHttpResult(result);
    const out: Record<string, string | string[]> = { ...base, ...response.headers };
    let body = response.body;
    const type = typeof out['content-type'] === 'string' ? out['content-type'] : undefined;
    if (shouldCompress(type, body.byteLength) && !out['content-encoding']) {
      out.vary = 'Accept-Encoding';
      const encoding = negotiateEncoding(req.headers['accept-encoding']);
      if (encoding) {
        body = await compress(body, encoding);
        out['content-encoding'] = encoding;
      }
    }
    out['content-length'] = String(body.byteLength);
    res.writeHead(response.status, out);
    res.end(req.method === 'HEAD' ? undefined : body);
    return response.status;
  }

  const server = createServer(async (req, res) => {
    const started = performance.now();
    const url = req.url ?? '/';
    const pathname = url.split('?', 1)[0] ?? '/';
    let status = 500;
    try {
      const base = await currentHeaders();
      if (isApiPath(pathname)) await ready;
      status = isApiPath(pathname) ? await serveApi(req, res, pathname, base) : await site.serve(req, res, base);
    } catch (error) {
      log(`[werkpad] fout bij ${req.method} ${pathname}: ${error instanceof Error ? error.name : 'onbekend'}`);
      if (!res.headersSent) {
        res.writeHead(500, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
        res.end('Er ging iets mis.');
      } else {
        res.destroy();
      }
    }
    // Path without query: queries and bodies may hold personal data.
    if (isApiPath(pathname)) log(`${req.method} ${pathname} ${status} ${Math.round(performance.now() - started)}ms`);
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;

  // The port first: a busy port is the likeliest start-up failure and needs no store to report.
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUseError(config.port);
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  if (config.port === 0 && !env.PUBLIC_BASE_URL) config = { ...config, port, publicBaseUrl: url };

  let store: EmbeddedStore | undefined;
  try {
    if (!config.dynamodbEndpoint) {
      store = await startEmbeddedStore(path.join(config.dataDir, 'dynamodb'));
      config = { ...config, dynamodbEndpoint: store.endpoint };
    }
    setConfig(config);
    await ensureTables().catch((error: unknown) => {
      throw new Error(`De tabel kon niet worden aangemaakt in ${config.dynamodbEndpoint}.`, { cause: error });
    });
    if (options.buildFirst) {
      await buildSite(siteDir, { endpoint: config.dynamodbEndpoint!, tableName: config.tableName }, { output: 'inherit' });
    }
    markReady();
  } catch (error) {
    server.close();
    closeClients();
    await store?.close();
    throw error;
  }

  // Approval (and any change to what is published) rebuilds the site while the old one serves.
  let scheduler: RebuildScheduler | undefined;
  let undoHook = () => {};
  if (options.rebuild) {
    const buildStore = { endpoint: config.dynamodbEndpoint!, tableName: config.tableName };
    scheduler = new RebuildScheduler({
      build: () => buildSite(siteDir, buildStore, { log }),
      onError: (error) => log(`[werkpad] herbouw mislukt: ${error instanceof Error ? error.message.split('\n')[0] : 'onbekend'}`),
    });
    const undoInitiatives = configureInitiativeDependencies({ onPublishedChanged: () => scheduler?.request() });
    // Register changes (verify, update, hide, restore, withdraw, stale-hide) rebuild the same way.
    const undoEmployers = configureEmployerDependencies({ onPublishedChanged: () => scheduler?.request() });
    undoHook = () => {
      undoEmployers();
      undoInitiatives();
    };
  }

  // Now and then: delete expired idempotency records and rate counters (dynalite has no TTL), and
  // finish changes that stopped half-way (a crash, or a mail that failed), so no mail is lost and no
  // contact outlives its withdrawal.
  const maintenance = async () => {
    const { deleted } = await sweepExpired();
    if (deleted > 0) log(`[werkpad] ${deleted} verlopen item(s) verwijderd`);
    const finished = await finishStalledChanges(initiativeDependencies());
    if (finished > 0) log(`[werkpad] ${finished} onderbroken wijziging(en) van aanmeldingen afgemaakt`);
    // The employer register: yearly 'still open' mails, stale entries hidden, stalled changes finished.
    const employers = await runEmployerUpkeep(employerDependencies());
    if (employers.reminded + employers.hidden + employers.finished > 0) {
      log(`[werkpad] werkgevers: ${employers.reminded} herinnering(en), ${employers.hidden} verborgen, ${employers.finished} afgemaakt`);
    }
    return { deleted, finished, employers };
  };
  // The sweep that is running, if any: close() waits for it, so it never reads a store that is gone.
  let sweeping: Promise<void> | undefined;
  const sweep = () => {
    sweeping ??= maintenance()
      .then(() => undefined, (error: unknown) => log(`[werkpad] opruimen mislukt: ${error instanceof Error ? error.message.split('\n')[0] : 'onbekend'}`))
      .finally(() => (sweeping = undefined));
  };
  const firstSweep = setTimeout(sweep, SWEEP_FIRST_DELAY_MS);
  const sweeps = setInterval(sweep, SWEEP_INTERVAL_MS);
  firstSweep.unref();
  sweeps.unref();

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // Keep-alive connections without a request in flight would otherwise hold close() open.
        server.closeIdleConnections();
      });
      clearTimeout(firstSweep);
      clearInterval(sweeps);
      await sweeping;
      undoHook();
      // A build that is running still reads the store and writes the site folder: let it finish, so
      // whoever removes that folder after close() does not race it.
      scheduler?.dispose();
      await scheduler?.whenIdle();
      closeClients();
      await store?.close();
    })());

  return { url, port, config, store, close, maintenance };
}

function banner(running: RunningServer, siteDir: string): string {
  const { config } = running;
  // Short paths inside the project, absolute ones elsewhere.
  const rel = (p: string) => {
    const r = path.relative(process.cwd(), p);
    return r === '' ? '.' : r.startsWith('..') ? p : r;
  };
  const moderation = config.moderatorTokenGenerated
    ? `token ${config.moderators[0]?.token ?? ''}  (bewaard in ${rel(path.join(config.dataDir, 'secrets.json'))})`
    : `${config.moderators.map((m) => m.name).join(', ')}  (tokens uit ADMIN_TOKEN/MODERATORS)`;
  const store = running.store ? `ingebouwde DynamoDB in ${rel(path.join(config.dataDir, 'dynamodb'))}` : `DynamoDB op ${config.dynamodbEndpoint}`;
  return [
    '',
    `  Werkpad draait op ${running.url}`,
    '',
    `  Site       ${rel(siteDir)}`,
    `  Gegevens   ${rel(config.dataDir)}  (${store})`,
    `  Moderatie  ${moderation}`,
    '  Stoppen    Ctrl-C',
    '',
  ].join('\n');
}

/** Starts the server for a terminal: banner, friendly errors, graceful stop on Ctrl-C / SIGTERM. */
export async function runServer(options: ServerOptions = {}): Promise<void> {
  let running: RunningServer;
  try {
    running = await startServer(options);
  } catch (error) {
    const friendly = [ConfigError, SiteMissingError, PortInUseError, StoreInUseError];
    if (friendly.some((kind) => error instanceof kind)) {
      console.error(`\n${(error as Error).message}\n`);
      process.exit(1);
    }
    throw error;
  }
  console.log(banner(running, siteDirOf(options)));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      // A second Ctrl-C means "now".
      process.exit(1);
    }
    stopping = true;
    console.log(`\n  ${signal}: Werkpad stopt…`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Stoppen ging niet netjes:', error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (import.meta.main) await runServer({ rebuild: true });
