/**
 * The deployment's settings, from CDK context (`-c werkpad:domainName=…`) or the environment
 * (`WERKPAD_DOMAIN_NAME=…`), validated with zod. A wrong or missing value stops `cdk synth` with
 * one line per setting that names both ways to set it.
 *
 * `-c werkpad:example=true` fills every setting with a placeholder for an offline `npm run synth`
 * (CI, trying the app); a deploy must set real values.
 */
import { z } from 'zod';

/** One setting: its context key, its environment variable and what it means. */
const SETTINGS = {
  stage: { context: 'werkpad:stage', env: 'WERKPAD_STAGE', what: 'naam van de omgeving (kleine letters, cijfers, -), bijvoorbeeld prod' },
  domainName: { context: 'werkpad:domainName', env: 'WERKPAD_DOMAIN_NAME', what: 'domeinnaam van de site, bijvoorbeeld werkpad.nl' },
  certificateArn: {
    context: 'werkpad:certificateArn',
    env: 'WERKPAD_CERTIFICATE_ARN',
    what: 'ARN van het ACM-certificaat voor die domeinnaam, in us-east-1 (CloudFront)',
  },
  allowedOrigins: {
    context: 'werkpad:allowedOrigins',
    env: 'WERKPAD_ALLOWED_ORIGINS',
    what: 'https-origins die de API vanuit de browser mogen aanroepen, komma-gescheiden (standaard alleen https://<domeinnaam>)',
  },
  mailFrom: { context: 'werkpad:mailFrom', env: 'WERKPAD_MAIL_FROM', what: 'afzenderadres van alle mails, geverifieerd in SES' },
  alarmEmail: { context: 'werkpad:alarmEmail', env: 'WERKPAD_ALARM_EMAIL', what: 'e-mailadres dat de alarmen ontvangt' },
  logRetentionDays: { context: 'werkpad:logRetentionDays', env: 'WERKPAD_LOG_RETENTION_DAYS', what: 'dagen dat logs bewaard blijven (standaard 90)' },
} as const;

type Key = keyof typeof SETTINGS;

const EXAMPLE: Record<Key, string> = {
  stage: 'example',
  domainName: 'werkpad.example.org',
  certificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/00000000-0000-4000-8000-000000000000',
  allowedOrigins: '',
  mailFrom: 'no-reply@werkpad.example.org',
  alarmEmail: 'alarm@werkpad.example.org',
  logRetentionDays: '90',
};

const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

const hostname = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function message(key: Key, problem: string): string {
  const s = SETTINGS[key];
  return `${s.context} (of ${s.env}): ${problem} — ${s.what}`;
}

const schema = z
  .object({
    stage: z.string({ error: message('stage', 'ontbreekt') }).regex(/^[a-z][a-z0-9-]{1,15}$/, message('stage', 'ongeldig')),
    domainName: z.string({ error: message('domainName', 'ontbreekt') }).regex(hostname, message('domainName', 'geen geldige domeinnaam')),
    certificateArn: z
      .string({ error: message('certificateArn', 'ontbreekt') })
      .regex(/^arn:aws[\w-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/, message('certificateArn', 'geen ACM-certificaat in us-east-1')),
    allowedOrigins: z.string().optional(),
    mailFrom: z.email({ error: message('mailFrom', 'ontbreekt of is geen e-mailadres') }),
    alarmEmail: z.email({ error: message('alarmEmail', 'ontbreekt of is geen e-mailadres') }),
    logRetentionDays: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const days = Number(v ?? 90);
        if (!(LOG_RETENTION_DAYS as readonly number[]).includes(days)) {
          ctx.addIssue({ code: 'custom', message: message('logRetentionDays', `kies een van ${LOG_RETENTION_DAYS.join(', ')}`) });
          return z.NEVER;
        }
        return days;
      }),
  })
  .transform((c, ctx) => {
    const origins = (c.allowedOrigins ?? '').split(',').map((o) => o.trim()).filter(Boolean);
    for (const origin of origins) {
      if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/.test(origin)) ctx.addIssue({ code: 'custom', message: message('allowedOrigins', `"${origin}" is geen https-origin`) });
    }
    return { ...c, allowedOrigins: origins.length > 0 ? origins : [`https://${c.domainName}`] };
  });

/** The validated deployment settings. */
export type InfraConfig = z.infer<typeof schema> & {
  /** `https://<domainName>`: the site, the API's public base and the base of links in mails. */
  publicBaseUrl: string;
  /** Prefix of physical names that must be known before deploy (table, CodeBuild project). */
  prefix: string;
  /** The table's name: fixed, so every stack can name it in policies without a cross-stack export. */
  tableName: string;
};

/** Thrown when a setting is missing or wrong; the message has one line per setting. */
export class InfraConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Ongeldige deploy-instellingen:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InfraConfigError';
    this.problems = problems;
  }
}

/** Reads the settings through `context` (CDK's `node.tryGetContext`) and `env`. */
export function loadInfraConfig(context: (key: string) => unknown, env: Record<string, string | undefined> = process.env): InfraConfig {
  const example = String(context('werkpad:example') ?? env.WERKPAD_EXAMPLE ?? '') === 'true';
  const raw: Partial<Record<Key, string>> = {};
  for (const key of Object.keys(SETTINGS) as Key[]) {
    const value = context(SETTINGS[key].context) ?? env[SETTINGS[key].env];
    const text = value === undefined || value === null ? undefined : String(value).trim();
    raw[key] = text === undefined || text === '' ? (example ? EXAMPLE[key] || undefined : undefined) : text;
  }
  raw.stage ??= example ? EXAMPLE.stage : undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new InfraConfigError(parsed.error.issues.map((i) => i.message));
  const prefix = `werkpad-${parsed.data.stage}`;
  return { ...parsed.data, publicBaseUrl: `https://${parsed.data.domainName}`, prefix, tableName: prefix };
}
