/**
 * The site: a private S3 bucket behind CloudFront (origin access control), one origin for site and
 * API: `/api/*`, `/forms/*` and the form pages of the route table go to the HTTP API uncached, with
 * every query string and viewer header but Host; everything else is the static build.
 *
 * Security headers (DESIGN.md, "Quality bars") come from one response-headers policy on every
 * behaviour, built by the same function as the local server's (`security-headers.ts`). The CSP
 * there allows no inline code; each build's inline-script hashes reach the viewer through a
 * CloudFront Function that reads the current CSP from a key-value store the publication updates
 * (`publication-stack.ts`), so the policy and the pages of one build always agree.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { securityHeaders } from '../../functions/adapters/http/security-headers.ts';
import type { RouteDefinition } from '../../functions/handlers/routes.ts';
import type { InfraConfig } from './config.ts';
import { acknowledge } from './nag.ts';

/** Props of the site stack. */
export type SiteStackProps = StackProps & {
  config: InfraConfig;
  /** `<api-id>.execute-api.<region>.amazonaws.com` */
  apiDomain: string;
  originVerify: secretsmanager.ISecret;
  routes: readonly RouteDefinition[];
};

/** Seconds a hashed asset (`/_astro/*`) may be cached: a year, it never changes under its name. */
export const ASSET_MAX_AGE_SECONDS = 31_536_000;

/**
 * Viewer request of the static site: `/path/` → `/path/index.html` (Astro's directory format);
 * `/path` without an extension → 301 to `/path/`, so form pages always reach their API route.
 */
export const INDEX_FUNCTION_CODE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (uri.lastIndexOf('.') < uri.lastIndexOf('/')) {
    var qs = Object.keys(request.querystring).length ? '?' + Object.keys(request.querystring).map(function (k) { return k + '=' + request.querystring[k].value; }).join('&') : '';
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' + qs }, 'cache-control': { value: 'max-age=3600' } } };
  }
  return request;
}`;

/** Viewer response: the CSP of the published build (with its inline-script hashes), when the store has one. */
export function cspFunctionCode(keyValueStoreId: string): string {
  return `import cf from 'cloudfront';
const kvs = cf.kvs('${keyValueStoreId}');
async function handler(event) {
  var response = event.response;
  try {
    var csp = await kvs.get('csp');
    if (csp) response.headers['content-security-policy'] = { value: csp };
  } catch (e) {
    // No published CSP yet: the policy's strict one (no inline code) stays.
  }
  return response;
}`;
}

/** The bucket, the distribution and what the publication needs to update them. */
export class SiteStack extends Stack {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly cspStore: cloudfront.KeyValueStore;

  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.bucket = new s3.Bucket(this, 'Site', {
      bucketName: siteBucketName(config, this),
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // The build is reproducible from the source and the table: nothing here needs keeping.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(7), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      versioned: true,
    });

    const headers = securityHeaders();
    const headersPolicy = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      responseHeadersPolicyName: `${config.prefix}-security-headers`,
      comment: 'Werkpad: the security headers of DESIGN.md',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: headers['content-security-policy']!, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.seconds(63_072_000), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: headers['permissions-policy']!, override: true },
          { header: 'Cross-Origin-Opener-Policy', value: headers['cross-origin-opener-policy']!, override: true },
        ],
      },
      removeHeaders: ['Server'],
    });

    this.cspStore = new cloudfront.KeyValueStore(this, 'Csp', { comment: 'Werkpad: the CSP of the published build' });
    const cspFunction = new cloudfront.Function(this, 'CspOfBuild', {
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      keyValueStore: this.cspStore,
      code: cloudfront.FunctionCode.fromInline(cspFunctionCode(this.cspStore.keyValueStoreId)),
      comment: 'Werkpad: CSP with the inline-script hashes of the published build',
    });
    const indexFunction = new cloudfront.Function(this, 'DirectoryIndex', {
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(INDEX_FUNCTION_CODE),
      comment: 'Werkpad: /path/ to /path/index.html',
    });

    const s3Origin = origins.S3BucketOrigin.withOriginAccessControl(this.bucket);
    const apiOrigin = new origins.HttpOrigin(props.apiDomain, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      customHeaders: { 'x-origin-verify': props.originVerify.secretValue.unsafeUnwrap() },
      readTimeout: Duration.seconds(30),
    });
    const pageCache = new cloudfront.CachePolicy(this, 'Pages', {
      comment: 'Werkpad pages: revalidate soon after a build',
      defaultTtl: Duration.minutes(5),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.hours(1),
      enableAcceptEncodingBrotli: true,
      enableAcceptEncodingGzip: true,
    });
    const assetCache = new cloudfront.CachePolicy(this, 'HashedAssets', {
      comment: 'Werkpad /_astro/*: content-hashed names, cached for a year',
      defaultTtl: Duration.seconds(ASSET_MAX_AGE_SECONDS),
      minTtl: Duration.seconds(ASSET_MAX_AGE_SECONDS),
      maxTtl: Duration.seconds(ASSET_MAX_AGE_SECONDS),
      enableAcceptEncodingBrotli: true,
      enableAcceptEncodingGzip: true,
    });
    const viewerResponse = [{ function: cspFunction, eventType: cloudfront.FunctionEventType.VIEWER_RESPONSE }];
    const apiBehavior = (methods: cloudfront.AllowedMethods): cloudfront.BehaviorOptions => ({
      origin: apiOrigin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: methods,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      // Every query string and viewer header except Host (API Gateway needs its own), plus
      // CloudFront-Viewer-Address for the rate limit.
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: headersPolicy,
      compress: true,
      functionAssociations: viewerResponse,
    });
    const additionalBehaviors: Record<string, cloudfront.BehaviorOptions> = {
      '/api/*': apiBehavior(cloudfront.AllowedMethods.ALLOW_ALL),
      '/forms/*': apiBehavior(cloudfront.AllowedMethods.ALLOW_ALL),
      '/_astro/*': {
        origin: s3Origin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: assetCache,
        responseHeadersPolicy: headersPolicy,
        compress: true,
      },
    };
    // The form pages are served by their handler (a fresh fill-time token each time).
    for (const page of dynamicPagePathsOf(props.routes)) additionalBehaviors[page] = apiBehavior(cloudfront.AllowedMethods.ALLOW_GET_HEAD);

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Werkpad ${config.stage}`,
      domainNames: [config.domainName],
      certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', config.certificateArn),
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: s3Origin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: pageCache,
        responseHeadersPolicy: headersPolicy,
        compress: true,
        functionAssociations: [{ function: indexFunction, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }, ...viewerResponse],
      },
      additionalBehaviors,
      errorResponses: [
        // A missing object comes back from S3 as 403 (no ListBucket): show the site's 404 page.
        { httpStatus: 403, responseHttpStatus: 404, responsePagePath: '/404.html', ttl: Duration.minutes(1) },
        { httpStatus: 404, responseHttpStatus: 404, responsePagePath: '/404.html', ttl: Duration.minutes(1) },
      ],
    });

    acknowledge(this.bucket, 'AwsSolutions-S1', 'Server access logs would record viewer IP addresses (personal data); the bucket holds only the public build.');
    acknowledge(this.distribution, 'AwsSolutions-CFR1', 'The site is public information for everyone; no country is excluded.');
    acknowledge(this.distribution, 'AwsSolutions-CFR2', 'No WAF: it bills per month and per request; API Gateway throttles and the per-address rate limit guard the API.');
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR3',
      'Standard logs would record viewer IP addresses (personal data, DESIGN.md "Privacy"); CloudFront metrics remain.',
    );

    const autoDelete = this.node.tryFindChild('Custom::S3AutoDeleteObjectsCustomResourceProvider');
    if (autoDelete) {
      const why = 'CDK’s own provider that empties the build bucket on stack deletion; aws-cdk-lib chooses its runtime and role.';
      acknowledge(autoDelete, 'AwsSolutions-IAM4', why, ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']);
      acknowledge(autoDelete, 'AwsSolutions-L1', why);
    }

    new CfnOutput(this, 'DistributionDomain', { value: this.distribution.distributionDomainName });
    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName });
  }
}

/** The site bucket's name: fixed per stage, account and region, so the publication names it without an export. */
export function siteBucketName(config: InfraConfig, stack: Stack): string {
  return `${config.prefix}-site-${stack.account}-${stack.region}`;
}

/** Page paths a handler serves (the no-JS form pages), from the route table. */
export function dynamicPagePathsOf(routes: readonly RouteDefinition[]): string[] {
  return [...new Set(routes.filter((r) => !r.path.startsWith('/api/') && !r.path.startsWith('/forms/')).map((r) => r.path))].sort();
}
