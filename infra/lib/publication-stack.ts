/**
 * The publication path (DESIGN.md, "Two runtimes"): at deploy the project source is uploaded as an
 * asset; a CodeBuild project builds the site from it against the live table, uploads the new hashed
 * assets (keeping the previous build's, so a page or form shell still in a cache finds its files),
 * publishes the build's CSP to CloudFront's key-value store, syncs the pages and invalidates the
 * distribution.
 *
 * Builds start through the rebuild marker (`functions/adapters/aws/site-rebuild.ts`): approvals,
 * withdrawals and register changes, the daily schedule, and every deploy that changes the source
 * (a custom resource asks the upkeep function, so a deploy never runs two builds at once).
 */
import path from 'node:path';
import { Arn, CfnOutput, IgnoreMode, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import type { InfraConfig } from './config.ts';
import { siteBucketName } from './site-stack.ts';
import { acknowledge } from './nag.ts';

/**
 * What the source asset leaves out (git-style patterns): dependencies, builds, local data, tests,
 * git and the CDK app itself; everything else is what the site build may read.
 */
export const SOURCE_EXCLUDES = [
  'node_modules/',
  '/.git/',
  '/.data*',
  '/.tools/',
  '.astro/',
  '/dist*',
  '/cdk.out/',
  '/coverage/',
  '/test/',
  '/test-results/',
  '/infra/bin/',
  '/infra/lib/',
  '*.log',
  '.DS_Store',
];

/** Props of the publication stack. */
export type PublicationStackProps = StackProps & {
  config: InfraConfig;
  projectRoot: string;
  projectName: string;
  table: dynamodb.ITableV2;
  bucket: s3.IBucket;
  distribution: cloudfront.IDistribution;
  cspStore: cloudfront.IKeyValueStore;
  /** The moderators' hosted login, for the site build. */
  moderatorLogin: { url: string; clientId: string };
  upkeep: lambda.IFunction;
};

/** The build commands; every step stops the build when it fails, so nothing half-built is published. */
export function publicationBuildSpec(): codebuild.BuildSpec {
  return codebuild.BuildSpec.fromObject({
    version: '0.2',
    env: { variables: { ASTRO_TELEMETRY_DISABLED: '1', WERKPAD_OUT_DIR: 'dist', NODE_OPTIONS: '--max-old-space-size=3072' } },
    phases: {
      install: { commands: ['node --version', 'npm ci --omit=dev --no-audit --no-fund'] },
      build: {
        commands: [
          // Reads published submissions and verified employers from the live table (TABLE_NAME).
          'node node_modules/astro/bin/astro.mjs build',
          '(aws s3 cp "s3://$SITE_BUCKET/csp-hashes.json" previous-csp-hashes.json --only-show-errors || echo "{}" > previous-csp-hashes.json)',
          'node infra/publish/site-csp.ts dist/csp-hashes.json previous-csp-hashes.json > csp.txt',
          // New hashed assets first, never deleting the old ones: cached pages still point at them.
          'aws s3 sync dist/_astro "s3://$SITE_BUCKET/_astro" --cache-control "public, max-age=31536000, immutable" --only-show-errors',
          'ETAG=$(aws cloudfront-keyvaluestore describe-key-value-store --kvs-arn "$CSP_STORE_ARN" --query ETag --output text)',
          'aws cloudfront-keyvaluestore put-key --kvs-arn "$CSP_STORE_ARN" --key csp --value "$(cat csp.txt)" --if-match "$ETAG"',
          'aws s3 sync dist "s3://$SITE_BUCKET" --delete --exclude "_astro/*" --cache-control "public, max-age=60" --only-show-errors',
          'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/*"',
        ],
      },
    },
  });
}

/** The source asset, the build project and the deploy-time start. */
export class PublicationStack extends Stack {
  readonly project: codebuild.Project;
  readonly source: s3assets.Asset;

  constructor(scope: Construct, id: string, props: PublicationStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.source = new s3assets.Asset(this, 'Source', { path: path.resolve(props.projectRoot), exclude: SOURCE_EXCLUDES, ignoreMode: IgnoreMode.GIT });

    const buildLogs = new logs.LogGroup(this, 'BuildLogs', { retention: config.logRetentionDays as logs.RetentionDays, removalPolicy: RemovalPolicy.DESTROY });
    this.project = new codebuild.Project(this, 'SiteBuild', {
      projectName: props.projectName,
      description: 'Werkpad: builds the site against the live table and publishes it',
      source: codebuild.Source.s3({ bucket: this.source.bucket, path: this.source.s3ObjectKey }),
      environment: {
        buildImage: codebuild.LinuxArmLambdaBuildImage.AMAZON_LINUX_2023_NODE_24,
        computeType: codebuild.ComputeType.LAMBDA_4GB,
        privileged: false,
      },
      environmentVariables: {
        TABLE_NAME: { value: props.table.tableName },
        PUBLIC_BASE_URL: { value: config.publicBaseUrl },
        SITE_BUCKET: { value: props.bucket.bucketName },
        DISTRIBUTION_ID: { value: props.distribution.distributionId },
        CSP_STORE_ARN: { value: props.cspStore.keyValueStoreArn },
        // The moderation page signs moderators in through the hosted login (and the CSP lets it fetch there).
        MODERATOR_LOGIN_URL: { value: props.moderatorLogin.url },
        MODERATOR_LOGIN_CLIENT_ID: { value: props.moderatorLogin.clientId },
      },
      buildSpec: publicationBuildSpec(),
      // Lambda compute: starts in seconds, Node.js 24 built in, at most 15 minutes per build.
      concurrentBuildLimit: 1,
      logging: { cloudWatch: { logGroup: buildLogs } },
    });
    // The build reads what is published through keyed queries, like the API: no scan.
    const tableArn = Arn.format({ service: 'dynamodb', resource: 'table', resourceName: config.tableName }, this);
    this.project.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:DescribeTable'],
        resources: [tableArn, `${tableArn}/index/*`],
      }),
    );
    const bucketArn = `arn:${this.partition}:s3:::${siteBucketName(config, this)}`;
    this.project.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucketArn] }));
    this.project.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], resources: [`${bucketArn}/*`] }),
    );
    this.project.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['cloudfront:CreateInvalidation'],
        resources: [`arn:${this.partition}:cloudfront::${this.account}:distribution/${props.distribution.distributionId}`],
      }),
    );
    this.project.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['cloudfront-keyvaluestore:DescribeKeyValueStore', 'cloudfront-keyvaluestore:PutKey'],
        resources: [props.cspStore.keyValueStoreArn],
      }),
    );

    // A deploy with new source asks for a build through the same marker as every other request.
    const start = new cr.AwsCustomResource(this, 'BuildOnDeploy', {
      onUpdate: {
        service: 'Lambda',
        action: 'invoke',
        parameters: { FunctionName: props.upkeep.functionName, InvocationType: 'Event', Payload: JSON.stringify({ task: 'daily-rebuild' }) },
        physicalResourceId: cr.PhysicalResourceId.of(this.source.assetHash),
      },
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [props.upkeep.functionArn] }),
      ]),
      installLatestAwsSdk: false,
      memorySize: 256,
    });
    start.node.addDependency(this.project);

    acknowledge(this.project, 'AwsSolutions-CB4', 'The build produces no artifacts; its logs and the source asset are encrypted with AWS managed keys.');
    acknowledge(
      this.project,
      'AwsSolutions-IAM5',
      'Scoped wildcards: every object of this stage’s site bucket (the sync writes and deletes pages), the table’s two indexes, the source asset’s objects, and the report groups and log streams CodeBuild creates for this project.',
      [
        `Resource::arn:<AWS::Partition>:s3:::${config.prefix}-site-<AWS::AccountId>-<AWS::Region>/*`,
        // CodeBuild's read grant on the source asset (CDK's grantRead of the asset bucket).
        'Action::s3:GetObject*',
        'Action::s3:GetBucket*',
        'Action::s3:List*',
        `Resource::arn:<AWS::Partition>:dynamodb:<AWS::Region>:<AWS::AccountId>:table/${config.tableName}/index/*`,
        `Resource::arn:<AWS::Partition>:codebuild:<AWS::Region>:<AWS::AccountId>:report-group/<${this.getLogicalId(this.project.node.defaultChild as codebuild.CfnProject)}>-*`,
        `Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:/aws/codebuild/<${this.getLogicalId(this.project.node.defaultChild as codebuild.CfnProject)}>:*`,
      ],
    );
    const provider = this.node.tryFindChild(`AWS${cr.AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '')}`);
    if (provider) {
      const why = 'CDK’s own provider of the deploy-time build request; aws-cdk-lib chooses its runtime, role and settings.';
      acknowledge(provider, 'AwsSolutions-IAM4', why, ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']);
      acknowledge(provider, 'AwsSolutions-L1', why);
      acknowledge(provider, 'Serverless-LambdaTracing', why);
      acknowledge(provider, 'Serverless-LambdaDLQ', why);
      acknowledge(provider, 'Serverless-LambdaDefaultMemorySize', why);
    }

    new CfnOutput(this, 'SiteBuildProject', { value: this.project.projectName });
  }
}
