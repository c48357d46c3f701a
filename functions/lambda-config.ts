/**
 * The settings of a Lambda function (DESIGN.md, "Two runtimes, one code path"): the same variables
 * as locally (`parseConfig`), plus what only AWS has, checked once per cold start. Unlike the local
 * runtime nothing falls back: without a public base URL mails would link to localhost, and without a
 * signing key form-time tokens and address hashes could be forged, so the function refuses to start.
 *
 * The signing key comes from Secrets Manager (`SIGNING_KEY_SECRET_ARN`), read once per cold start;
 * `SIGNING_KEY` itself is accepted too (the bundle test uses it). The same holds for the value
 * CloudFront sends in `x-origin-verify` (`ORIGIN_VERIFY_SECRET_ARN`).
 */
import { z } from 'zod';
import { ConfigError, parseConfig, type Config, type Env } from '#config';

/** Reads a secret's string value by ARN. */
export type SecretReader = (arn: string) => Promise<string>;

const text = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const arn = (name: string) =>
  text.pipe(z.string().regex(/^arn:aws[\w-]*:secretsmanager:[\w-]+:\d{12}:secret:.+$/, `${name} moet de ARN van een geheim in Secrets Manager zijn`).optional());

const lambdaEnvSchema = z.object({
  PUBLIC_BASE_URL: text.pipe(z.string({ error: 'PUBLIC_BASE_URL ontbreekt: het https-adres van de site, zoals https://werkpad.example.nl' })),
  MAIL_FROM: text.pipe(z.email({ error: 'MAIL_FROM moet het afzenderadres zijn, een in SES geverifieerd e-mailadres' })),
  MODERATOR_GROUP: text.pipe(z.string().regex(/^[\w.@+-]{1,128}$/, 'MODERATOR_GROUP moet de naam van een Cognito-groep zijn').default('moderators')),
  SITE_URL: text,
  SIGNING_KEY_SECRET_ARN: arn('SIGNING_KEY_SECRET_ARN'),
  ORIGIN_VERIFY_SECRET_ARN: arn('ORIGIN_VERIFY_SECRET_ARN'),
  ORIGIN_VERIFY: text,
  REBUILD_PROJECT: text.pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,254}$/, 'REBUILD_PROJECT moet de naam van een CodeBuild-project zijn').optional()),
});

/** Reads secrets with the AWS SDK that the Lambda runtime provides (one client per cold start). */
export function secretsManagerReader(): SecretReader {
  let client: Promise<{ read: SecretReader }> | undefined;
  return async (secretArn) => {
    client ??= import('@aws-sdk/client-secrets-manager').then(({ SecretsManagerClient, GetSecretValueCommand }) => {
      const sdk = new SecretsManagerClient({});
      return {
        read: async (id: string) => {
          const { SecretString } = await sdk.send(new GetSecretValueCommand({ SecretId: id }));
          if (!SecretString) throw new ConfigError([`het geheim ${id} heeft geen tekstwaarde`]);
          return SecretString;
        },
      };
    });
    return (await client).read(secretArn);
  };
}

function httpsOrigin(name: string, value: string, problems: string[]): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.hostname === 'localhost' || url.hostname === '127.0.0.1') return url.href.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  problems.push(`${name} moet een https-adres zijn, zoals https://werkpad.example.nl, niet "${value}"`);
  return value;
}

/**
 * The Lambda's settings from `env`, with the secrets read through `readSecret`. Throws a
 * `ConfigError` naming every missing or wrong variable; never falls back to a local default.
 */
export async function loadLambdaConfig(env: Env, readSecret: SecretReader = secretsManagerReader()): Promise<Config> {
  const parsed = lambdaEnvSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  let base: Config | undefined;
  try {
    base = parseConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  const hasKey = (env.SIGNING_KEY_SECRET_ARN ?? '').trim() !== '' || (env.SIGNING_KEY ?? '').trim() !== '';
  if (!hasKey) problems.push('SIGNING_KEY_SECRET_ARN ontbreekt: zonder ondertekensleutel start deze functie niet');
  if (!parsed.success || !base) throw new ConfigError(problems);
  const e = parsed.data;

  const publicBaseUrl = httpsOrigin('PUBLIC_BASE_URL', e.PUBLIC_BASE_URL, problems);
  const siteUrl = e.SITE_URL ? httpsOrigin('SITE_URL', e.SITE_URL, problems) : publicBaseUrl;
  if (problems.length > 0) throw new ConfigError(problems);

  const [signingKey, originVerify] = await Promise.all([
    e.SIGNING_KEY_SECRET_ARN ? readSecret(e.SIGNING_KEY_SECRET_ARN) : Promise.resolve(base.signingKey),
    e.ORIGIN_VERIFY_SECRET_ARN ? readSecret(e.ORIGIN_VERIFY_SECRET_ARN) : Promise.resolve(e.ORIGIN_VERIFY),
  ]);
  if (!signingKey || signingKey.length < 32) throw new ConfigError(['de ondertekensleutel moet minstens 32 tekens lang zijn']);
  if (originVerify !== undefined && originVerify.length < 32) throw new ConfigError(['de origin-verify-waarde moet minstens 32 tekens lang zijn']);

  return {
    ...base,
    publicBaseUrl,
    signingKey,
    // Lambda has no writable data folder and no local moderators: Cognito signs moderators in.
    dataDir: '/tmp',
    moderators: [],
    aws: {
      mailFrom: e.MAIL_FROM,
      moderatorGroup: e.MODERATOR_GROUP,
      siteUrl,
      originVerify,
      rebuildProject: e.REBUILD_PROJECT,
    },
  };
}
