/**
 * The CDK app's safeguards, checked on the synthesized templates (`aws-cdk-lib/assertions`), and
 * cdk-nag's AwsSolutions and Serverless packs with zero findings left. The app is built once for
 * the whole file (bundling every handler takes most of that time), with placeholder settings.
 */
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../functions/adapters/http/security-headers.ts';
import { routeDefinitions } from '../../functions/handlers/routes.ts';
import { apiGatewayPath, HANDLER_ACCESS, isAdminRoute } from '../../infra/lib/stateless-stack.ts';
import { buildWerkpadApp, type WerkpadApp } from '../../infra/lib/werkpad-app.ts';

const modules = [...new Set([...routeDefinitions.map((r) => r.module), 'not-found', 'upkeep'])].sort();
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

let w: WerkpadApp;
let stateful: Template;
let stateless: Template;
let site: Template;
let publication: Template;

beforeAll(async () => {
  w = await buildWerkpadApp({ context: { 'werkpad:example': 'true' }, env: {}, nag: false });
  stateful = Template.fromStack(w.stateful);
  stateless = Template.fromStack(w.stateless);
  site = Template.fromStack(w.site);
  publication = Template.fromStack(w.publication);
}, 300_000);

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string };
const all = (t: Template, type: string) => Object.entries(t.findResources(type)) as [string, Resource][];

/** The statements of the policies attached to the role of the function `module`. */
function statementsOf(module: string): any[] {
  const fn = all(stateless, 'AWS::Lambda::Function').find(([, r]) => r.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === module);
  if (!fn) throw new Error(`no function for ${module}`);
  const roleRef = fn[1].Properties.Role['Fn::GetAtt'][0] as string;
  return all(stateless, 'AWS::IAM::Policy')
    .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleRef))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
}
const actionsOf = (module: string) => statementsOf(module).flatMap((s) => [s.Action].flat() as string[]);

describe('stateful stack', () => {
  it('creates the table of table.ts: on-demand, point-in-time recovery, deletion protection, TTL on expiresAt, both indexes, retained', () => {
    const tables = all(stateful, 'AWS::DynamoDB::GlobalTable');
    expect(tables).toHaveLength(1);
    const [, table] = tables[0]!;
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
    expect(table.Properties).toMatchObject({
      TableName: 'werkpad-example',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      Replicas: [{ DeletionProtectionEnabled: true, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }],
    });
    expect(table.Properties.GlobalSecondaryIndexes.map((i: any) => [i.IndexName, i.KeySchema.map((k: any) => k.AttributeName)])).toEqual([
      ['gsi1', ['gsi1pk', 'gsi1sk']],
      ['gsi2', ['gsi2pk', 'gsi2sk']],
    ]);
  });

  it('keeps the signing key and the origin value in Secrets Manager, retained', () => {
    const secrets = all(stateful, 'AWS::SecretsManager::Secret');
    expect(secrets).toHaveLength(2);
    for (const [, secret] of secrets) {
      expect(secret.DeletionPolicy).toBe('Retain');
      expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 64, ExcludePunctuation: true });
    }
    expect(w.stateful.terminationProtection).toBe(true);
  });
});

describe('stateless stack: functions', () => {
  it('has one function per handler module of the route table, plus not-found and upkeep', () => {
    const names = all(stateless, 'AWS::Lambda::Function')
      .map(([, r]) => r.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME as string | undefined)
      .filter(Boolean)
      .sort();
    expect(names).toEqual(modules);
  });

  it('runs each on Node.js 24, arm64, with explicit memory and timeout, JSON logs to its own retained log group, tracing on', () => {
    for (const [id, fn] of all(stateless, 'AWS::Lambda::Function')) {
      expect(fn.Properties, id).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        MemorySize: expect.any(Number),
        Timeout: expect.any(Number),
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: expect.any(String) } },
        TracingConfig: { Mode: 'Active' },
      });
      expect(fn.Properties.Timeout, id).toBeLessThanOrEqual(300);
    }
    for (const [, group] of all(stateless, 'AWS::Logs::LogGroup')) expect(group.Properties.RetentionInDays).toBe(90);
  });

  it('gives each function a role of its own', () => {
    const roles = all(stateless, 'AWS::Lambda::Function').map(([, fn]) => fn.Properties.Role['Fn::GetAtt'][0]);
    expect(new Set(roles).size).toBe(roles.length);
  });

  it('passes the settings a Lambda needs, with the signing key as a secret ARN, never its value', () => {
    for (const [id, fn] of all(stateless, 'AWS::Lambda::Function')) {
      const vars = fn.Properties.Environment.Variables;
      expect(vars, id).toMatchObject({
        TABLE_NAME: 'werkpad-example',
        PUBLIC_BASE_URL: 'https://werkpad.example.org',
        MAIL_FROM: 'no-reply@werkpad.example.org',
        MODERATOR_GROUP: 'moderators',
        SIGNING_KEY_SECRET_ARN: expect.anything(),
        ORIGIN_VERIFY_SECRET_ARN: expect.anything(),
      });
      expect(vars.SIGNING_KEY, id).toBeUndefined();
    }
  });

  it('grants least privilege: no scan or wildcard table actions, writes and mail only where needed, the rebuild only on its project', () => {
    for (const module of modules) {
      const actions = actionsOf(module);
      expect(actions.filter((a) => a === 'dynamodb:Scan' || a === 'dynamodb:*' || a === '*'), module).toEqual([]);
    }
    expect(actionsOf('health').filter((a) => a.startsWith('dynamodb:'))).toEqual(['dynamodb:DescribeTable']);
    for (const module of ['taxonomies', 'openapi', 'not-found']) expect(actionsOf(module).filter((a) => a.startsWith('dynamodb:')), module).toEqual([]);
    for (const module of ['admin-submissions-list', 'admin-submission-get']) {
      expect(actionsOf(module).filter((a) => /dynamodb:(Put|Update|Delete|BatchWrite)/.test(a)), module).toEqual([]);
      expect(actionsOf(module).filter((a) => a.startsWith('ses:')), module).toEqual([]);
    }
    expect(actionsOf('initiative-create')).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem', 'ses:SendRawEmail']));
    const ses = statementsOf('initiative-create').find((s) => [s.Action].flat().includes('ses:SendEmail'));
    expect(ses.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'no-reply@werkpad.example.org' } });
    const rebuild = statementsOf('admin-submission-approve').find((s) => s.Action === 'codebuild:StartBuild');
    expect(JSON.stringify(rebuild.Resource)).toContain(':project/werkpad-example-site-build');
    expect(actionsOf('health')).not.toContain('codebuild:StartBuild');
    if (modules.includes('match')) expect(actionsOf('match').filter((a) => /dynamodb:(Put|Update|Delete|BatchWrite)|ses:/.test(a))).toEqual([]);
    for (const [module, access] of Object.entries(HANDLER_ACCESS)) {
      if (!modules.includes(module)) continue;
      expect(actionsOf(module).includes('ses:SendEmail'), module).toBe(access.mail);
    }
  });

  it('reads the secrets it needs and nothing else from Secrets Manager', () => {
    const secretActions = statementsOf('health').filter((s) => [s.Action].flat().some((a: string) => a.startsWith('secretsmanager:')));
    expect(secretActions).toHaveLength(2);
    for (const s of secretActions) expect(JSON.stringify(s.Resource)).toContain('ImportValue');
  });
});

describe('stateless stack: HTTP API', () => {
  it('routes every entry of the route table to its module’s function, admin routes behind the JWT authorizer', () => {
    const routes = all(stateless, 'AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);
    for (const def of routeDefinitions) {
      const key = `${def.method} ${apiGatewayPath(def.path)}`;
      const route = routes.find((r) => r.RouteKey === key);
      expect(route, key).toBeDefined();
      expect(route!.AuthorizationType, key).toBe(isAdminRoute(def.path) ? 'JWT' : 'NONE');
    }
    expect(routes.filter((r) => r.AuthorizationType === 'JWT').length).toBe(routeDefinitions.filter((r) => isAdminRoute(r.path)).length);
  });

  it('sends what no route takes to the not-found function ($default)', () => {
    const route = all(stateless, 'AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === '$default')![1];
    const integrationId = route.Properties.Target['Fn::Join'][1][1].Ref as string;
    const integration = stateless.toJSON().Resources[integrationId];
    const fnId = integration.Properties.IntegrationUri['Fn::GetAtt'][0] as string;
    expect(stateless.toJSON().Resources[fnId].Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME).toBe('not-found');
  });

  it('verifies Cognito JWTs of the moderation client', () => {
    stateless.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: Match.stringLikeRegexp('ModeratorsModerationPage') }],
        Issuer: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('https://cognito-idp\\.')])] },
      },
    });
  });

  it('throttles the stage and writes access logs without paths, queries or addresses', () => {
    const [, stage] = all(stateless, 'AWS::ApiGatewayV2::Stage')[0]!;
    expect(stage.Properties.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
    const format = stage.Properties.AccessLogSettings.Format as string;
    expect(JSON.parse(format)).toMatchObject({ requestId: '$context.requestId', routeKey: '$context.routeKey', status: '$context.status' });
    expect(format).not.toMatch(/sourceIp|\$context\.path|userAgent|identity/);
  });

  it('allows cross-origin calls from the site’s origin only', () => {
    stateless.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://werkpad.example.org'] }),
    });
  });

  it('signs moderators in with Cognito: no self sign-up, MFA, hosted login with the code flow for a public client (PKCE)', () => {
    stateless.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
    });
    stateless.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      GenerateSecret: false,
      CallbackURLs: ['https://werkpad.example.org/moderatie/', 'https://werkpad.example.org/en/moderatie/'],
      LogoutURLs: ['https://werkpad.example.org/moderatie/', 'https://werkpad.example.org/en/moderatie/'],
    });
    stateless.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'moderators' });
    stateless.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
  });
});

describe('stateless stack: upkeep and monitoring', () => {
  it('runs the upkeep hourly, asks for a rebuild daily, and hears when a site build ends', () => {
    stateless.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'rate(1 hour)', Target: Match.objectLike({ Input: '{"task":"hourly"}' }) });
    stateless.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: Match.stringLikeRegexp('^cron\\('),
      Target: Match.objectLike({ Input: '{"task":"daily-rebuild"}', DeadLetterConfig: Match.anyValue() }),
    });
    stateless.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['aws.codebuild'], 'detail-type': ['CodeBuild Build State Change'], detail: { 'project-name': ['werkpad-example-site-build'] } },
    });
  });

  it('alarms on the API’s 5xx rate, throttling, every function’s errors and throttles, DynamoDB throttling and failed upkeep, to the alarm address', () => {
    const alarms = all(stateless, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
    const topic = Object.keys(stateless.findResources('AWS::SNS::Topic'))[0]!;
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topic }]);
    const metrics = alarms.flatMap((a) => (a.Metrics ?? [{ MetricStat: { Metric: { MetricName: a.MetricName, Namespace: a.Namespace } } }]).map((m: any) => m.MetricStat?.Metric?.MetricName).filter(Boolean));
    expect(metrics).toEqual(expect.arrayContaining(['5xx', 'Count', '4xx', 'ReadThrottleEvents', 'WriteThrottleEvents', 'ApproximateNumberOfMessagesVisible']));
    expect(alarms.filter((a) => a.MetricName === 'Errors' && a.Namespace === 'AWS/Lambda')).toHaveLength(modules.length);
    expect(alarms.filter((a) => a.MetricName === 'Throttles' && a.Namespace === 'AWS/Lambda')).toHaveLength(modules.length);
    stateless.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'alarm@werkpad.example.org' });
    stateless.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('sends failed asynchronous upkeep runs to a dead-letter queue', () => {
    const upkeep = all(stateless, 'AWS::Lambda::Function').find(([, r]) => r.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME === 'upkeep')![1];
    expect(upkeep.Properties.DeadLetterConfig).toEqual({ TargetArn: { 'Fn::GetAtt': [expect.stringMatching(/^UpkeepDeadLetters/), 'Arn'] } });
  });
});

describe('site stack', () => {
  it('keeps the bucket private, encrypted and reachable over TLS only', () => {
    site.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: Match.anyValue(),
    });
    site.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('serves it through CloudFront with origin access control, the certificate, TLS 1.2 and compression', () => {
    site.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    const [, dist] = all(site, 'AWS::CloudFront::Distribution')[0]!;
    const config = dist.Properties.DistributionConfig;
    expect(config.Aliases).toEqual(['werkpad.example.org']);
    expect(config.ViewerCertificate).toMatchObject({ MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' });
    const s3Origin = config.Origins.find((o: any) => o.S3OriginConfig);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behavior.Compress).toBe(true);
      expect(behavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    }
  });

  it('sends /api/*, /forms/* and the form pages to the API uncached, with all query strings and viewer headers but Host, and the origin secret', () => {
    const config = all(site, 'AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig;
    const apiOrigin = config.Origins.find((o: any) => o.CustomOriginConfig);
    expect(apiOrigin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    expect(JSON.stringify(apiOrigin.OriginCustomHeaders)).toMatch(/x-origin-verify.*resolve:secretsmanager/);
    const formPages = routeDefinitions.filter((r) => !r.path.startsWith('/api/') && !r.path.startsWith('/forms/')).map((r) => r.path);
    for (const pattern of ['/api/*', '/forms/*', ...new Set(formPages)]) {
      const behavior = config.CacheBehaviors.find((b: any) => b.PathPattern === pattern);
      expect(behavior, pattern).toMatchObject({ TargetOriginId: apiOrigin.Id, CachePolicyId: CACHING_DISABLED, OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST });
    }
    expect(config.CacheBehaviors.find((b: any) => b.PathPattern === '/api/*').AllowedMethods).toEqual(expect.arrayContaining(['POST', 'PATCH', 'DELETE']));
  });

  it('caches hashed assets for a year and pages briefly', () => {
    const config = all(site, 'AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig;
    const assets = config.CacheBehaviors.find((b: any) => b.PathPattern === '/_astro/*');
    const policies = Object.fromEntries(all(site, 'AWS::CloudFront::CachePolicy').map(([id, p]) => [id, p.Properties.CachePolicyConfig]));
    expect(policies[assets.CachePolicyId.Ref]).toMatchObject({ DefaultTTL: 31_536_000, MinTTL: 31_536_000 });
    expect(policies[config.DefaultCacheBehavior.CachePolicyId.Ref].MaxTTL).toBeLessThanOrEqual(3600);
  });

  it('adds the security headers of DESIGN.md to every response, with the CSP built by the local server’s function', () => {
    const [policyId, policy] = all(site, 'AWS::CloudFront::ResponseHeadersPolicy')[0]!;
    const config = policy.Properties.ResponseHeadersPolicyConfig;
    expect(config.SecurityHeadersConfig).toMatchObject({
      ContentSecurityPolicy: { ContentSecurityPolicy: contentSecurityPolicy({ script: [], style: [] }), Override: true },
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true },
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
    });
    expect(config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy).not.toContain('unsafe-inline');
    const dist = all(site, 'AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig;
    for (const behavior of [dist.DefaultCacheBehavior, ...dist.CacheBehaviors]) expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
  });

  it('gives pages the CSP of the published build through a viewer-response function and its key-value store', () => {
    const dist = all(site, 'AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig;
    const events = (b: any) => (b.FunctionAssociations ?? []).map((f: any) => f.EventType).sort();
    expect(events(dist.DefaultCacheBehavior)).toEqual(['viewer-request', 'viewer-response']);
    site.hasResourceProperties('AWS::CloudFront::Function', {
      FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0', KeyValueStoreAssociations: Match.anyValue() }),
    });
  });
});

describe('publication stack', () => {
  it('builds from the uploaded source on Node.js 24, one build at a time, against the live table', () => {
    publication.hasResourceProperties('AWS::CodeBuild::Project', {
      Name: 'werkpad-example-site-build',
      Source: Match.objectLike({ Type: 'S3' }),
      Environment: Match.objectLike({ Image: Match.stringLikeRegexp('nodejs24|node24|NODE_24|aws-lambda/nodejs:24'), ComputeType: 'BUILD_LAMBDA_4GB', Type: 'ARM_LAMBDA_CONTAINER' }),
      ConcurrentBuildLimit: 1,
    });
  });

  it("gives the site build the moderators' hosted login: its origin and the moderation page's app client", () => {
    const [, project] = all(publication, 'AWS::CodeBuild::Project')[0]!;
    const variables = Object.fromEntries(
      (project.Properties.Environment.EnvironmentVariables as { Name: string; Value: unknown }[]).map((v) => [v.Name, JSON.stringify(v.Value)]),
    );
    // Both come from the stateless stack (cross-stack references), never typed in by hand.
    expect(variables.MODERATOR_LOGIN_URL).toMatch(/ImportValue|HostedLogin|amazoncognito\.com/);
    expect(variables.MODERATOR_LOGIN_CLIENT_ID).toMatch(/ImportValue|ModerationPage/);
  });

  it('syncs new hashed assets without deleting old ones, then the pages, then invalidates CloudFront', () => {
    const [, project] = all(publication, 'AWS::CodeBuild::Project')[0]!;
    const commands = JSON.parse(project.Properties.Source.BuildSpec).phases.build.commands as string[];
    const assets = commands.findIndex((c) => c.startsWith('aws s3 sync dist/_astro'));
    const pages = commands.findIndex((c) => c.startsWith('aws s3 sync dist "s3://'));
    const invalidate = commands.findIndex((c) => c.startsWith('aws cloudfront create-invalidation'));
    expect(commands[0]).toContain('astro.mjs build');
    expect(commands[assets]).not.toContain('--delete');
    expect(commands[pages]).toContain('--delete');
    expect(commands[pages]).toContain('--exclude "_astro/*"');
    expect(assets).toBeLessThan(pages);
    expect(pages).toBeLessThan(invalidate);
  });

  it('may read the table but not write it, and write only the site bucket and its distribution', () => {
    const statements = all(publication, 'AWS::IAM::Policy').flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
    const actions = statements.flatMap((s: any) => [s.Action].flat() as string[]);
    expect(actions.filter((a) => /dynamodb:(Put|Update|Delete|BatchWrite|Scan)/.test(a))).toEqual([]);
    expect(actions).toEqual(expect.arrayContaining(['s3:PutObject', 's3:DeleteObject', 'cloudfront:CreateInvalidation', 'cloudfront-keyvaluestore:PutKey']));
  });

  it('asks for a build on every deploy with new source, through the upkeep (the rebuild marker)', () => {
    const [, start] = Object.entries(publication.findResources('Custom::AWS'))[0] as [string, Resource];
    expect(JSON.stringify(start.Properties.Update)).toContain('daily-rebuild');
  });
});

describe('cdk-nag', () => {
  it('finds nothing unacknowledged in the AwsSolutions and Serverless packs', () => {
    for (const pack of [new AwsSolutionsChecks(w.app), new ServerlessChecks(w.app)]) {
      const report = pack.validateScope(w.app);
      const findings = report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} ${(r as any).constructPath ?? ''}`));
      expect(findings, pack.name).toEqual([]);
    }
  });

  it('gives every acknowledgement a written reason', () => {
    // Each acknowledgement is stored as `{ "<rule>": "<reason>" }` metadata on its construct.
    const acknowledged = w.app.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .flatMap((m) => Object.entries(m.data as Record<string, string>));
    expect(acknowledged.length).toBeGreaterThan(10);
    for (const [rule, reason] of acknowledged) expect(reason.length, rule).toBeGreaterThan(40);
  });

  it('has no error annotations in any stack', () => {
    for (const stack of [w.stateful, w.stateless, w.site, w.publication]) Annotations.fromStack(stack).hasNoError('*', Match.anyValue());
  });
});
