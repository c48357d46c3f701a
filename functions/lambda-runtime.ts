/**
 * The Lambda side of the wiring (DESIGN.md, "Two runtimes, one code path"). The bundler injects
 * this module into every handler bundle (`scripts/bundle-handlers.ts`), so it runs once per cold
 * start, before the handler module, and never locally:
 * - reads and checks the settings, with the signing key from Secrets Manager; a missing setting
 *   stops the cold start with a message naming it (`lambda-config.ts`);
 * - puts `aws` in the config, which switches the adapters: SES mail, moderators from the JWT claims,
 *   rebuilds through CodeBuild, the viewer's address from CloudFront, rate counters on TTL alone;
 * - points the form routes at the site's own pages (no `dist/` in a bundle);
 * - sets up Powertools structured logs and metrics for every request.
 */
import { setConfig } from '#config';
import { observeRequests } from '#adapters/http/handler';
import { configureSitePages } from '#adapters/http/site-pages';
import { createTelemetry } from '#adapters/observability/lambda-telemetry';
import { loadLambdaConfig } from './lambda-config.ts';

const telemetry = createTelemetry(process.env.POWERTOOLS_SERVICE_NAME ?? process.env.AWS_LAMBDA_FUNCTION_NAME ?? 'werkpad');
try {
  const config = setConfig(await loadLambdaConfig(process.env));
  configureSitePages({ url: config.aws!.siteUrl });
  observeRequests(telemetry.observer);
} catch (error) {
  // The message names variables, never their values; the function then fails every invocation.
  telemetry.logger.critical('Werkpad kan niet starten', { error: error instanceof Error ? error.message : String(error) });
  throw error;
}

export {};
