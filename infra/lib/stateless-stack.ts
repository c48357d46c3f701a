/**
 * The code: one Lambda function per handler module of the route table (plus the `$default` route
 * and the upkeep), the HTTP API in front of them, Cognito for moderators, the upkeep schedules,
 * and the alarms and dashboard (`monitoring.ts`). Holds no data: the table and secrets come from
 * the stateful stack as props, so this stack can be replaced at will.
 */
import { Arn, CfnOutput, Duration, RemovalPolicy, Stack, TimeZone, type StackProps } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventTargets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { tableDesign } from '../../functions/adapters/dynamodb/table.ts';
import type { RouteDefinition } from '../../functions/handlers/routes.ts';
import type { InfraConfig } from './config.ts';
import { acknowledge } from './nag.ts';
import { Monitoring } from './monitoring.ts';

/** What a handler module may touch; a module not listed gets `DEFAULT_ACCESS`. */
export type HandlerAccess = {
  table: 'none' | 'describe' | 'read' | 'readWrite';
  /** Sends mail through SES. */
  mail: boolean;
  /** Starts the site's CodeBuild project (the rebuild trigger). */
  rebuild: boolean;
  memoryMb?: number;
  timeoutSeconds?: number;
};

/** New handler modules (other issues' routes) get what a creating, mailing route needs: no more. */
export const DEFAULT_ACCESS: HandlerAccess = { table: 'readWrite', mail: true, rebuild: true };

/** Least privilege per known module. */
export const HANDLER_ACCESS: Record<string, HandlerAccess> = {
  health: { table: 'describe', mail: false, rebuild: false, memoryMb: 256 },
  taxonomies: { table: 'none', mail: false, rebuild: false, memoryMb: 256 },
  openapi: { table: 'none', mail: false, rebuild: false, memoryMb: 256 },
  'not-found': { table: 'none', mail: false, rebuild: false, memoryMb: 256 },
  'admin-submissions-list': { table: 'read', mail: false, rebuild: false },
  'admin-submission-get': { table: 'read', mail: false, rebuild: false },
  'admin-employers-list': { table: 'read', mail: false, rebuild: false },
  'admin-employer-get': { table: 'read', mail: false, rebuild: false },
  'employer-list': { table: 'read', mail: false, rebuild: false },
  // Matching reads a few projection partitions and scores in memory: more memory is more CPU.
  match: { table: 'read', mail: false, rebuild: false, memoryMb: 1024 },
  'form-werk-zoeken': { table: 'read', mail: false, rebuild: false, memoryMb: 1024 },
  'initiative-manage-read': { table: 'readWrite', mail: false, rebuild: false },
  // Renders the form page with React and reads the page shell from the site.
  'form-initiative': { table: 'readWrite', mail: true, rebuild: false, memoryMb: 1024 },
  upkeep: { table: 'readWrite', mail: true, rebuild: true, timeoutSeconds: 300 },
};

/** Props of the stateless stack. */
export type StatelessStackProps = StackProps & {
  config: InfraConfig;
  /** The stack holding the table and secrets (deployed first). */
  stateful: Stack;
  table: dynamodb.ITableV2;
  signingKey: secretsmanager.ISecret;
  originVerify: secretsmanager.ISecret;
  /** The route table (`functions/handlers/routes.ts`). */
  routes: readonly RouteDefinition[];
  /** Folder of each handler module's bundle (`scripts/bundle-handlers.ts`). */
  bundles: ReadonlyMap<string, string>;
};

/** What each level of table access allows: single items and keyed queries, never a scan. */
export const TABLE_ACTIONS = {
  none: [],
  describe: ['dynamodb:DescribeTable'],
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable'],
  readWrite: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:ConditionCheckItem',
    'dynamodb:DescribeTable',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
  ],
} as const satisfies Record<HandlerAccess['table'], readonly string[]>;

/** The table statements of a function: its actions on the table and, for queries, its two indexes by name. */
export function tableStatements(level: HandlerAccess['table'], tableArn: string): iam.PolicyStatement[] {
  if (level === 'none') return [];
  const statements = [new iam.PolicyStatement({ actions: [...TABLE_ACTIONS[level]], resources: [tableArn] })];
  if (level !== 'describe') {
    statements.push(
      new iam.PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: tableDesign.globalSecondaryIndexes.map((index) => `${tableArn}/index/${index.indexName}`),
      }),
    );
  }
  return statements;
}

/** The IAM5 findings a function's policy has: X-Ray (no resource-level permissions), SES identities. */
export function wildcardFindings(access: HandlerAccess): string[] {
  return ['Resource::*', ...(access.mail ? ['Resource::arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/*'] : [])];
}

/**
 * The route's path as API Gateway takes it: without a trailing slash (HTTP APIs refuse one, and
 * route `/x` serves a request for `/x/` too; the handler still sees the path that was asked).
 */
export function apiGatewayPath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** Admin routes need a moderator's Cognito token. */
export function isAdminRoute(path: string): boolean {
  return path.startsWith('/api/admin/');
}

/** The functions, the HTTP API, Cognito, the schedules and the monitoring. */
export class StatelessStack extends Stack {
  readonly api: apigw.HttpApi;
  readonly functions: ReadonlyMap<string, lambda.Function>;
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;
  /** What the site build needs for the moderators' hosted login (`functions/contracts/moderator-login.ts`). */
  readonly moderatorLogin: { url: string; clientId: string };
  /** Name of the CodeBuild project that publishes the site (created by the publication stack). */
  readonly rebuildProjectName: string;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.rebuildProjectName = `${config.prefix}-site-build`;
    const rebuildProjectArn = Arn.format({ service: 'codebuild', resource: 'project', resourceName: this.rebuildProjectName }, this);
    const tableArn = Arn.format({ service: 'dynamodb', resource: 'table', resourceName: config.tableName }, this);
    this.addStackDependency(props.stateful);

    // Moderators: no self sign-up, MFA, hosted login with the code flow (PKCE, public client).
    this.userPool = new cognito.UserPool(this, 'Moderators', {
      userPoolName: `${config.prefix}-moderators`,
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: { minLength: 14, requireDigits: true, requireLowercase: true, requireUppercase: true, requireSymbols: true },
      accountRecovery: cognito.AccountRecovery.NONE,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new cognito.CfnUserPoolGroup(this, 'ModeratorGroup', {
      userPoolId: this.userPool.userPoolId,
      groupName: 'moderators',
      description: 'May review submissions and the employer register',
    });
    const domain = this.userPool.addDomain('HostedLogin', { cognitoDomain: { domainPrefix: `${config.prefix}-moderatie` } });
    // The moderation page in each language it exists in; the hosted login sends moderators back there.
    const moderationPages = [`${config.publicBaseUrl}/moderatie/`, `${config.publicBaseUrl}/en/moderatie/`];
    this.userPoolClient = this.userPool.addClient('ModerationPage', {
      generateSecret: false,
      authFlows: {},
      preventUserExistenceErrors: true,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.PROFILE],
        callbackUrls: moderationPages,
        logoutUrls: moderationPages,
      },
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });
    this.moderatorLogin = { url: domain.baseUrl(), clientId: this.userPoolClient.userPoolClientId };
    acknowledge(
      this.userPool,
      'AwsSolutions-COG8',
      'The Plus feature plan bills per monthly active user; moderators are few, invited by an administrator, and must use MFA.',
    );
    acknowledge(
      this.userPool,
      'AwsSolutions-COG3',
      'Threat protection needs the Plus feature plan, billed per user; there is no self sign-up, MFA is required and moderators are few.',
    );

    // The no-JS form routes render React on the server: they get the memory (and CPU) for it.
    const access = (module: string): HandlerAccess =>
      HANDLER_ACCESS[module] ?? (module.startsWith('form-') ? { ...DEFAULT_ACCESS, memoryMb: 1024 } : DEFAULT_ACCESS);
    const logGroupOf = (name: string) =>
      new logs.LogGroup(this, `${name}Logs`, { retention: config.logRetentionDays as logs.RetentionDays, removalPolicy: RemovalPolicy.DESTROY });

    const environment: Record<string, string> = {
      TABLE_NAME: config.tableName,
      PUBLIC_BASE_URL: config.publicBaseUrl,
      SITE_URL: config.publicBaseUrl,
      MAIL_FROM: config.mailFrom,
      MODERATOR_GROUP: 'moderators',
      SIGNING_KEY_SECRET_ARN: props.signingKey.secretArn,
      ORIGIN_VERIFY_SECRET_ARN: props.originVerify.secretArn,
      POWERTOOLS_METRICS_NAMESPACE: 'Werkpad',
    };

    // Failed asynchronous runs of the upkeep (schedules, build events) land here; its depth has an alarm.
    const deadLetters = new sqs.Queue(this, 'UpkeepDeadLetters', {
      retentionPeriod: Duration.days(14),
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
    });
    acknowledge(deadLetters, 'AwsSolutions-SQS3', 'This queue is itself the dead-letter queue of the upkeep; its depth has an alarm.');
    acknowledge(deadLetters, 'Serverless-SQSRedrivePolicy', 'This queue is itself a dead-letter queue: nothing consumes it but an operator.');

    const functions = new Map<string, lambda.Function>();
    const modules = [...new Set([...props.routes.map((r) => r.module), 'not-found', 'upkeep'])].sort();
    for (const module of modules) {
      const dir = props.bundles.get(module);
      if (!dir) throw new Error(`Geen bundel voor handler "${module}": bundel eerst met scripts/bundle-handlers.ts.`);
      const a = access(module);
      const name = pascal(module);
      const fn = new lambda.Function(this, name, {
        description: `Werkpad ${module}`,
        runtime: lambda.Runtime.NODEJS_24_X,
        architecture: lambda.Architecture.ARM_64,
        handler: 'index.handler',
        code: lambda.Code.fromAsset(dir),
        memorySize: a.memoryMb ?? 512,
        timeout: Duration.seconds(a.timeoutSeconds ?? 10),
        logGroup: logGroupOf(name),
        loggingFormat: lambda.LoggingFormat.JSON,
        applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
        systemLogLevelV2: lambda.SystemLogLevel.WARN,
        tracing: lambda.Tracing.ACTIVE,
        ...(module === 'upkeep' ? { deadLetterQueue: deadLetters } : {}),
        environment: {
          ...environment,
          POWERTOOLS_SERVICE_NAME: module,
          ...(a.rebuild ? { REBUILD_PROJECT: this.rebuildProjectName } : {}),
        },
      });
      props.signingKey.grantRead(fn);
      props.originVerify.grantRead(fn);
      for (const statement of tableStatements(a.table, tableArn)) fn.addToRolePolicy(statement);
      if (a.mail) {
        fn.addToRolePolicy(
          new iam.PolicyStatement({
            actions: ['ses:SendEmail', 'ses:SendRawEmail'],
            resources: [Arn.format({ service: 'ses', resource: 'identity', resourceName: '*' }, this)],
            conditions: { StringEquals: { 'ses:FromAddress': config.mailFrom } },
          }),
        );
      }
      if (a.rebuild) fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['codebuild:StartBuild'], resources: [rebuildProjectArn] }));
      if (module !== 'upkeep') {
        acknowledge(fn, 'Serverless-LambdaDLQ', 'API Gateway invokes this function synchronously: a failure is the answer to the caller, there is no event to keep.');
      }
      functions.set(module, fn);
      acknowledge(fn, 'AwsSolutions-IAM4', 'AWSLambdaBasicExecutionRole only lets the function write its own logs; it is the policy Lambda documents for that.', [
        'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      ]);
      acknowledge(
        fn,
        'AwsSolutions-IAM5',
        'Wildcards limited to X-Ray trace segments (X-Ray has no resource-level permissions) and SES identities, which the ses:FromAddress condition restricts to MAIL_FROM.',
        wildcardFindings(a),
      );
    }
    this.functions = functions;

    // The HTTP API: one route per entry of the route table, admin routes behind the JWT authorizer.
    const accessLogs = logGroupOf('ApiAccess');
    const authorizer = new HttpJwtAuthorizer('Moderator', `https://cognito-idp.${this.region}.amazonaws.com/${this.userPool.userPoolId}`, {
      jwtAudience: [this.userPoolClient.userPoolClientId],
      identitySource: ['$request.header.Authorization'],
    });
    this.api = new apigw.HttpApi(this, 'Api', {
      apiName: `${config.prefix}-api`,
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('NotFound', functions.get('not-found')!),
      corsPreflight: {
        allowOrigins: config.allowedOrigins,
        allowMethods: [apigw.CorsHttpMethod.GET, apigw.CorsHttpMethod.POST, apigw.CorsHttpMethod.PATCH, apigw.CorsHttpMethod.DELETE],
        allowHeaders: ['content-type', 'authorization', 'idempotency-key', 'accept-language'],
        exposeHeaders: ['retry-after', 'idempotent-replayed'],
        maxAge: Duration.hours(1),
      },
    });
    new apigw.HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        // No path, query, IP or user agent: they may carry personal data (DESIGN.md, "Privacy").
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTimeEpoch',
            routeKey: '$context.routeKey',
            method: '$context.httpMethod',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationStatus: '$context.integrationStatus',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            responseLength: '$context.responseLength',
          }),
        ),
      },
    });
    const integrations = new Map<string, HttpLambdaIntegration>();
    for (const route of props.routes) {
      let integration = integrations.get(route.module);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${pascal(route.module)}Integration`, functions.get(route.module)!);
        integrations.set(route.module, integration);
      }
      this.api.addRoutes({
        path: apiGatewayPath(route.path),
        methods: [route.method as apigw.HttpMethod],
        integration,
        ...(isAdminRoute(route.path) ? { authorizer } : {}),
      });
    }
    for (const route of this.api.node.findAll().filter((c) => c instanceof apigw.HttpRoute)) {
      acknowledge(
        route,
        'AwsSolutions-APIG4',
        'Public routes are public by design (health, taxonomies, creating submissions, manage links that carry their own secret token, forms); every /api/admin/* route has the Cognito JWT authorizer, which the infra tests check.',
      );
    }

    // The upkeep: hourly, daily rebuild, and the end of each site build. Failed async runs go to a queue.
    const upkeep = functions.get('upkeep')!;
    const invoke = (input: object) =>
      new schedulerTargets.LambdaInvoke(upkeep, {
        input: scheduler.ScheduleTargetInput.fromObject(input),
        deadLetterQueue: deadLetters,
        maxEventAge: Duration.hours(1),
        retryAttempts: 2,
      });
    new scheduler.Schedule(this, 'HourlyUpkeep', {
      description: 'Werkpad: expired records, stalled withdrawals, register freshness',
      schedule: scheduler.ScheduleExpression.rate(Duration.hours(1)),
      target: invoke({ task: 'hourly' }),
    });
    new scheduler.Schedule(this, 'DailyRebuild', {
      description: 'Werkpad: daily site build (scheme status follows the date)',
      schedule: scheduler.ScheduleExpression.cron({ minute: '15', hour: '3', timeZone: TimeZone.of('Europe/Amsterdam') }),
      target: invoke({ task: 'daily-rebuild' }),
    });
    for (const role of this.node.findAll().filter((c) => c.node.id.startsWith('SchedulerRoleForTarget'))) {
      acknowledge(role, 'AwsSolutions-IAM5', 'EventBridge Scheduler’s role may invoke the upkeep function and its versions (`<arn>:*`), nothing else.', [
        `Resource::<${this.getLogicalId(upkeep.node.defaultChild as lambda.CfnFunction)}.Arn>:*`,
      ]);
    }
    new events.Rule(this, 'SiteBuildFinished', {
      description: 'Werkpad: a site build ended; release the rebuild marker, start a follow-up if needed',
      eventPattern: {
        source: ['aws.codebuild'],
        detailType: ['CodeBuild Build State Change'],
        detail: { 'project-name': [this.rebuildProjectName], 'build-status': ['SUCCEEDED', 'FAILED', 'STOPPED'] },
      },
      targets: [new eventTargets.LambdaFunction(upkeep, { deadLetterQueue: deadLetters, retryAttempts: 2, maxEventAge: Duration.hours(1) })],
    });

    new Monitoring(this, 'Monitoring', { config, api: this.api, functions, table: props.table, deadLetters });

    new CfnOutput(this, 'ApiEndpoint', { value: this.api.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'HostedLoginDomain', { value: domain.baseUrl() });
  }
}

/** `admin-submission-get` → `AdminSubmissionGet`. */
export function pascal(module: string): string {
  return module.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
