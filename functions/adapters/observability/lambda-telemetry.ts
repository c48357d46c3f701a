/**
 * Structured logs and metrics on Lambda with Powertools for AWS Lambda (TypeScript), never with
 * personal data: a request is logged by its route key (`POST /api/admin/submissions/{id}/approve`:
 * the pattern, never the id), method, status and duration; never its path, query, headers, body or
 * client address. Errors are logged by name and stack only (see `errors.ts`).
 *
 * Metrics (namespace `Werkpad`, dimension `service` = the function): `Requests`, `ClientErrors`,
 * `ServerErrors` and `Latency` per request, as CloudWatch embedded metric format lines.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { HttpEvent, HttpResult } from '../http/api-gateway.ts';
import type { RequestObserver } from '../http/handler.ts';

/** The logger and metrics of this function instance. */
export type Telemetry = { logger: Logger; metrics: Metrics; observer: RequestObserver };

/** Creates the function's logger and metrics; `service` names the handler module. */
export function createTelemetry(service: string): Telemetry {
  const logger = new Logger({ serviceName: service });
  const metrics = new Metrics({ namespace: 'Werkpad', serviceName: service });
  let coldStart = true;
  const observer: RequestObserver = {
    logError: (line) => logger.error(line.split('\n')[0] ?? 'fout', { stack: line.split('\n').slice(1).join('\n') }),
    answered: (event: HttpEvent, result: HttpResult, durationMs: number) => {
      const status = result.statusCode;
      logger.info('request', {
        route: event.requestContext.routeKey,
        method: event.requestContext.http.method,
        status,
        durationMs: Math.round(durationMs),
        coldStart,
        requestId: event.requestContext.requestId,
      });
      if (coldStart) metrics.addMetric('ColdStart', MetricUnit.Count, 1);
      coldStart = false;
      metrics.addMetric('Requests', MetricUnit.Count, 1);
      if (status >= 400 && status < 500) metrics.addMetric('ClientErrors', MetricUnit.Count, 1);
      if (status >= 500) metrics.addMetric('ServerErrors', MetricUnit.Count, 1);
      metrics.addMetric('Latency', MetricUnit.Milliseconds, Math.round(durationMs));
      metrics.publishStoredMetrics();
    },
  };
  return { logger, metrics, observer };
}
