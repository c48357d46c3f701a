/**
 * The API Gateway HTTP API (payload format 2.0) event and result, as far as Werkpad uses them.
 *
 * Written out here instead of depending on `@types/aws-lambda`: the fields are few and stable, and
 * the shapes are structurally compatible with `APIGatewayProxyEventV2` / `…StructuredResultV2`, so
 * the same handler runs behind API Gateway and behind the local server.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */

/** An HTTP API v2 request event. Header names are lower case; repeated headers are joined by `,`. */
export type HttpEvent = {
  version: '2.0';
  routeKey: string;
  rawPath: string;
  rawQueryString: string;
  cookies?: string[];
  headers: Record<string, string | undefined>;
  queryStringParameters?: Record<string, string | undefined>;
  pathParameters?: Record<string, string | undefined>;
  requestContext: {
    requestId: string;
    routeKey: string;
    timeEpoch: number;
    http: { method: string; path: string; protocol: string; sourceIp: string; userAgent: string };
    /** On AWS, what the JWT authorizer verified (HTTP API flattens list claims into `"[a b]"`). */
    authorizer?: { jwt?: { claims: Record<string, string | number | boolean | string[]>; scopes?: string[] | null } };
  };
  body?: string;
  isBase64Encoded: boolean;
};

/** An HTTP API v2 structured result. */
export type HttpResult = {
  statusCode: number;
  headers?: Record<string, string>;
  cookies?: string[];
  body?: string;
  isBase64Encoded?: boolean;
};

/** A route handler: the same function is the Lambda entry on AWS and the local server's target. */
export type HttpHandler = (event: HttpEvent) => Promise<HttpResult>;

/** A JSON result with the right content type; `headers` are added as given. */
export function jsonResult(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}
