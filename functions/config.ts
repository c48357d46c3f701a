/**
 * Settings of Werkpad, parsed once from the environment (DESIGN.md, "Two runtimes, one code path").
 *
 * `parseConfig(env)` is pure: it validates every variable and throws a `ConfigError` whose message
 * names each wrong variable in Dutch. `getConfig()` parses `process.env` on first use and keeps the
 * result; the local server primes it with `setConfig()` once it knows the embedded store's address.
 * A bad setting therefore fails at start (or a Lambda's cold start), never halfway a request.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The environment as a plain map; `process.env` fits. */
export type Env = Record<string, string | undefined>;

/** A moderator as the local runtime knows them: a name for the audit trail and a secret token. */
export const moderatorSchema = z.strictObject({
  name: z.string().regex(/^[\p{L}\p{N}._-]{1,40}$/u),
  token: z.string().min(1).max(200),
});
export type Moderator = z.infer<typeof moderatorSchema>;

/** Thrown when one or more settings are invalid; `problems` holds one Dutch line per variable. */
export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Ongeldige instellingen:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

// An empty variable (`PORT=`) means "not set", as most shells and .env files intend it.
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

function integer(name: string, min: number, max: number, fallback: number, hint = '') {
  return optionalText.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
    if (!(n >= min && n <= max)) {
      ctx.addIssue({ code: 'custom', message: `${name} moet een getal tussen ${min} en ${max} zijn${hint}, niet "${v}"` });
      return z.NEVER;
    }
    return n;
  });
}

function httpUrl(name: string, example: string) {
  return optionalText.transform((v, ctx) => {
    if (v === undefined) return undefined;
    let url: URL | undefined;
    try {
      url = new URL(v);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      ctx.addIssue({ code: 'custom', message: `${name} moet een http(s)-adres zijn, zoals ${example}, niet "${v}"` });
      return z.NEVER;
    }
    return url.href.replace(/\/+$/, '');
  });
}

// Tokens are never echoed in a message: the error may end up in a shared terminal or log.
const moderatorsVar = optionalText.transform((v, ctx) => {
  if (v === undefined) return [];
  const list: Moderator[] = [];
  for (const pair of v.split(',')) {
    const at = pair.indexOf(':');
    const parsed = moderatorSchema.safeParse({ name: pair.slice(0, at).trim(), token: pair.slice(at + 1).trim() });
    if (at < 1 || !parsed.success) {
      ctx.addIssue({
        code: 'custom',
        message: 'MODERATORS moet de vorm naam:token,naam:token hebben (naam: letters, cijfers, . _ -; token niet leeg)',
      });
      return z.NEVER;
    }
    list.push(parsed.data);
  }
  return list;
});

const envSchema = z.object({
  PORT: integer('PORT', 0, 65535, 4321),
  DATA_DIR: optionalText,
  PUBLIC_BASE_URL: httpUrl('PUBLIC_BASE_URL', 'https://werkpad.example.nl'),
  ADMIN_TOKEN: optionalText,
  MODERATORS: moderatorsVar,
  SIGNING_KEY: optionalText.pipe(z.string().min(32, 'SIGNING_KEY moet minstens 32 tekens lang zijn').optional()),
  DYNAMODB_ENDPOINT: httpUrl('DYNAMODB_ENDPOINT', 'http://localhost:8000'),
  TABLE_NAME: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_.-]{3,200}$/, 'TABLE_NAME mag alleen letters, cijfers, _ . - bevatten (3 tot 200 tekens)')
      .default('werkpad'),
  ),
  RATE_LIMIT_PER_MINUTE: integer('RATE_LIMIT_PER_MINUTE', 0, 100_000, 30, ' (0 zet de limiet uit)'),
  FORM_MIN_FILL_SECONDS: integer('FORM_MIN_FILL_SECONDS', 0, 3600, 3, ' (0 zet de tijdval uit)'),
});

/**
 * Settings only the Lambda runtime has, filled by `functions/lambda-config.ts` at cold start;
 * absent locally. Their presence is what switches adapters to their AWS versions.
 */
export type AwsSettings = {
  /** Sender of every mail, a verified SES identity. */
  mailFrom: string;
  /** Cognito group whose members may moderate. */
  moderatorGroup: string;
  /** Where the form routes read built pages (the site's own origin, through CloudFront). */
  siteUrl: string;
  /** Value of `x-origin-verify` that CloudFront adds; only with it is `CloudFront-Viewer-Address` believed. */
  originVerify: string | undefined;
  /** CodeBuild project that publishes the site; undefined turns the rebuild trigger off. */
  rebuildProject: string | undefined;
};

/** Parsed settings. Moderators may be empty here: see `withLocalModerator`. */
export type Config = {
  port: number;
  /** Absolute path of the folder holding the store, the outbox and generated secrets. */
  dataDir: string;
  /** Base of links in mails, without trailing slash. */
  publicBaseUrl: string;
  /** Named moderator tokens (local runtime only; on AWS moderators sign in with Cognito). */
  moderators: readonly Moderator[];
  /** True when the moderator token was generated and stored in `$DATA_DIR/secrets.json`. */
  moderatorTokenGenerated: boolean;
  /** DynamoDB to use; undefined means "the embedded one" locally, or AWS's regional endpoint. */
  dynamodbEndpoint: string | undefined;
  tableName: string;
  /** Creating POSTs and form posts per IP per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Minimum seconds between showing and posting a form; 0 turns the time trap off. */
  formMinFillSeconds: number;
  /** Key that signs the form routes' fill-time tokens; generated locally when not set. */
  signingKey: string | undefined;
  /** Present only on Lambda (see `AwsSettings`). */
  aws?: AwsSettings | undefined;
};

/** Validates an environment map into a `Config`, throwing a `ConfigError` that names every wrong variable. */
export function parseConfig(env: Env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => i.message));
  const e = parsed.data;
  const moderators: Moderator[] = [...(e.ADMIN_TOKEN ? [{ name: 'admin', token: e.ADMIN_TOKEN }] : []), ...e.MODERATORS];
  const names = moderators.map((m) => m.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) {
    throw new ConfigError([`moderator "${duplicate}" komt dubbel voor in ADMIN_TOKEN/MODERATORS (ADMIN_TOKEN heet "admin")`]);
  }
  if (new Set(moderators.map((m) => m.token)).size !== moderators.length) {
    throw new ConfigError(['twee moderatoren in MODERATORS/ADMIN_TOKEN hebben hetzelfde token; geef elk een eigen token']);
  }
  return {
    port: e.PORT,
    dataDir: path.resolve(e.DATA_DIR ?? '.data'),
    publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`,
    moderators,
    moderatorTokenGenerated: false,
    dynamodbEndpoint: e.DYNAMODB_ENDPOINT,
    tableName: e.TABLE_NAME,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    formMinFillSeconds: e.FORM_MIN_FILL_SECONDS,
    signingKey: e.SIGNING_KEY,
  };
}

/**
 * When `SIGNING_KEY` is not set, reads (or once creates, mode 0600) `$DATA_DIR/signing-key`.
 * Local runtime only; on AWS the key comes from the environment.
 */
export function withLocalSigningKey(config: Config): Config {
  if (config.signingKey) return config;
  const file = path.join(config.dataDir, 'signing-key');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process wrote it a moment ago: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return { ...config, signingKey: readFileSync(file, 'utf8').trim() };
}

const secretsSchema = z.object({ moderatorToken: z.string().min(16) });

/**
 * When no moderator is configured, reads (or once creates, mode 0600) `$DATA_DIR/secrets.json`
 * and returns the config with one moderator `admin` holding that token. Local runtime only.
 */
export function withLocalModerator(config: Config): Config {
  if (config.moderators.length > 0) return config;
  const file = path.join(config.dataDir, 'secrets.json');
  let token: string | undefined;
  if (existsSync(file)) {
    const stored = secretsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!stored.success) throw new ConfigError([`${file} is ongeldig; verwijder het bestand om een nieuw token te maken`]);
    token = stored.data.moderatorToken;
  } else {
    token = randomBytes(24).toString('base64url');
    mkdirSync(config.dataDir, { recursive: true });
    // `wx`: never overwrite a token another process wrote a moment ago.
    writeFileSync(file, `${JSON.stringify({ moderatorToken: token }, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  }
  return { ...config, moderators: [{ name: 'admin', token }], moderatorTokenGenerated: true };
}

/**
 * The moderator whose token equals `token`, or undefined. Compares digests in constant time so
 * neither the length nor the content of a token leaks through response timing.
 */
export function findModerator(moderators: readonly Moderator[], token: string): Moderator | undefined {
  const given = createHash('sha256').update(token).digest();
  let found: Moderator | undefined;
  for (const m of moderators) {
    // No early return: every token is compared, whatever matches.
    if (timingSafeEqual(given, createHash('sha256').update(m.token).digest())) found ??= m;
  }
  return found;
}

let cached: Config | undefined;

/** The settings of this process: parsed from `process.env` on first use, then cached. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Primes the cache; the local server calls it once at start, tests with their own settings. */
export function setConfig(config: Config): Config {
  cached = config;
  return config;
}
