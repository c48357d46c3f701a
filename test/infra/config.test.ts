/**
 * The deployment settings (`infra/lib/config.ts`): from context or environment, checked with zod,
 * every problem named with both ways to set it.
 */
import { describe, expect, it } from 'vitest';
import { InfraConfigError, loadInfraConfig } from '../../infra/lib/config.ts';
import { publishedCsp, MAX_CSP_BYTES } from '../../infra/publish/site-csp.ts';

const noContext = () => undefined;
const real = {
  WERKPAD_STAGE: 'prod',
  WERKPAD_DOMAIN_NAME: 'werkpad.nl',
  WERKPAD_CERTIFICATE_ARN: 'arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234',
  WERKPAD_MAIL_FROM: 'no-reply@werkpad.nl',
  WERKPAD_ALARM_EMAIL: 'beheer@werkpad.nl',
};

describe('deployment settings', () => {
  it('reads them from the environment and derives the public URL, the allowed origin and the physical names', () => {
    expect(loadInfraConfig(noContext, real)).toEqual({
      stage: 'prod',
      domainName: 'werkpad.nl',
      certificateArn: real.WERKPAD_CERTIFICATE_ARN,
      allowedOrigins: ['https://werkpad.nl'],
      mailFrom: 'no-reply@werkpad.nl',
      alarmEmail: 'beheer@werkpad.nl',
      logRetentionDays: 90,
      publicBaseUrl: 'https://werkpad.nl',
      prefix: 'werkpad-prod',
      tableName: 'werkpad-prod',
    });
  });

  it('lets CDK context win over the environment', () => {
    const context = (key: string) => ({ 'werkpad:stage': 'test', 'werkpad:allowedOrigins': 'https://werkpad.nl, https://beheer.werkpad.nl' })[key];
    expect(loadInfraConfig(context, real)).toMatchObject({ stage: 'test', allowedOrigins: ['https://werkpad.nl', 'https://beheer.werkpad.nl'] });
  });

  it('names every missing or wrong setting with its context key and its variable', () => {
    const error = (() => {
      try {
        loadInfraConfig(noContext, { WERKPAD_DOMAIN_NAME: 'Werkpad NL', WERKPAD_CERTIFICATE_ARN: 'arn:aws:acm:eu-west-1:123456789012:certificate/x', WERKPAD_LOG_RETENTION_DAYS: '10' });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InfraConfigError);
    const problems = (error as InfraConfigError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^werkpad:stage \(of WERKPAD_STAGE\): ontbreekt/),
        expect.stringMatching(/^werkpad:domainName \(of WERKPAD_DOMAIN_NAME\): geen geldige domeinnaam/),
        expect.stringMatching(/^werkpad:certificateArn \(of WERKPAD_CERTIFICATE_ARN\): geen ACM-certificaat in us-east-1/),
        expect.stringMatching(/^werkpad:mailFrom \(of WERKPAD_MAIL_FROM\)/),
        expect.stringMatching(/^werkpad:alarmEmail \(of WERKPAD_ALARM_EMAIL\)/),
        expect.stringMatching(/^werkpad:logRetentionDays .*kies een van/),
      ]),
    );
  });

  it('refuses an allowed origin that is not https', () => {
    expect(() => loadInfraConfig(noContext, { ...real, WERKPAD_ALLOWED_ORIGINS: 'http://werkpad.nl' })).toThrow(/"http:\/\/werkpad.nl" is geen https-origin/);
  });

  it('fills placeholders only when asked (werkpad:example), for an offline synth', () => {
    expect(() => loadInfraConfig(noContext, {})).toThrow(InfraConfigError);
    expect(loadInfraConfig((k) => (k === 'werkpad:example' ? 'true' : undefined), {})).toMatchObject({ stage: 'example', domainName: 'werkpad.example.org' });
  });
});

describe('the CSP the publication puts in CloudFront’s key-value store', () => {
  const hash = (n: number) => `'sha256-${String(n).padStart(43, 'A')}='`;

  it('allows the previous build’s inline hashes too while both builds’ pages may be served', () => {
    const csp = publishedCsp({ script: [hash(1)], style: [] }, { script: [hash(2)], style: [hash(3)] });
    expect(csp).toContain(hash(1));
    expect(csp).toContain(hash(2));
    expect(csp).toContain(`style-src 'self' ${hash(3)}`);
  });

  it('falls back to the new build’s hashes alone when both do not fit the store’s 1 KB', () => {
    const many = Array.from({ length: 20 }, (_, i) => hash(100 + i));
    const csp = publishedCsp({ script: [hash(1)], style: [] }, { script: many, style: [] });
    expect(Buffer.byteLength(csp)).toBeLessThanOrEqual(MAX_CSP_BYTES);
    expect(csp).toContain(hash(1));
    expect(csp).not.toContain(hash(100));
  });
});
