/**
 * What the bundles reach besides DynamoDB, on a loopback port: the AWS APIs a cold start, a mail
 * and a site rebuild use (Secrets Manager `GetSecretValue`, SES v2 `SendEmail`, CodeBuild
 * `StartBuild`; wire formats as the SDK sends them, found through `AWS_ENDPOINT_URL_SECRETS_MANAGER`,
 * `AWS_ENDPOINT_URL_SESV2` and `AWS_ENDPOINT_URL_CODEBUILD`),
 * and the site's pages that the form routes read (`SITE_URL`). It records what it was asked, so a
 * test can check that the secret is read once per cold start and what mail went out.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A mail SES was asked to send. */
export type SentMail = { from: string; to: string[]; raw: string };

/** The running endpoints and what they saw. */
export type FakeAws = {
  url: string;
  secretReads: string[];
  mails: SentMail[];
  /** The projects CodeBuild was asked to build, in order. */
  builds: string[];
  close: () => Promise<void>;
};

/** Starts the endpoints; `secrets` maps ARNs to values, `pages` URL paths to HTML. */
export async function startFakeAws(secrets: Record<string, string>, pages: (path: string) => string | undefined): Promise<FakeAws> {
  const secretReads: string[] = [];
  const mails: SentMail[] = [];
  const builds: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const json = (status: number, value: unknown, type = 'application/json') => {
        res.writeHead(status, { 'content-type': type });
        res.end(JSON.stringify(value));
      };
      const target = req.headers['x-amz-target'];
      if (req.method === 'POST' && target === 'secretsmanager.GetSecretValue') {
        const { SecretId } = JSON.parse(body) as { SecretId: string };
        secretReads.push(SecretId);
        const value = secrets[SecretId];
        if (value === undefined) return json(400, { __type: 'ResourceNotFoundException', message: 'no such secret' }, 'application/x-amz-json-1.1');
        return json(200, { ARN: SecretId, Name: 'secret', SecretString: value, VersionId: 'v1' }, 'application/x-amz-json-1.1');
      }
      if (req.method === 'POST' && target === 'CodeBuild_20161006.StartBuild') {
        const { projectName } = JSON.parse(body) as { projectName: string };
        builds.push(projectName);
        return json(200, { build: { id: `${projectName}:build-${builds.length}`, buildStatus: 'IN_PROGRESS' } }, 'application/x-amz-json-1.1');
      }
      if (req.method === 'POST' && req.url === '/v2/email/outbound-emails') {
        const input = JSON.parse(body) as { FromEmailAddress: string; Destination: { ToAddresses: string[] }; Content: { Raw: { Data: string } } };
        mails.push({ from: input.FromEmailAddress, to: input.Destination.ToAddresses, raw: Buffer.from(input.Content.Raw.Data, 'base64').toString('utf8') });
        return json(200, { MessageId: `m-${mails.length}` });
      }
      const page = req.method === 'GET' ? pages(decodeURIComponent((req.url ?? '/').split('?')[0]!)) : undefined;
      if (page !== undefined) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(page);
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    secretReads,
    mails,
    builds,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
