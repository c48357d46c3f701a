/**
 * Assembles the Werkpad app: settings, handler bundles and the stacks, in deploy order (stateful →
 * stateless → site → publication). `infra/bin/werkpad.ts` runs it for the CDK CLI; the infra tests
 * call it with their own context.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, Tags, Validations, type Environment } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { routeDefinitions } from '../../functions/handlers/routes.ts';
import { bundleHandlers, deployedHandlerModules, projectRoot } from '../../scripts/bundle-handlers.ts';
import { loadInfraConfig, type InfraConfig } from './config.ts';
import { PublicationStack } from './publication-stack.ts';
import { SiteStack } from './site-stack.ts';
import { StatefulStack } from './stateful-stack.ts';
import { StatelessStack } from './stateless-stack.ts';

/** Options of `buildWerkpadApp`. */
export type WerkpadAppOptions = {
  /** CDK context (the CLI's `-c` and `cdk.json`); the app reads `werkpad:*` keys. */
  context?: Record<string, unknown>;
  /** Environment variables for the settings (`WERKPAD_*`); `process.env` by default. */
  env?: Record<string, string | undefined>;
  /** Where the bundles go; a fresh temporary folder by default. */
  bundleDir?: string;
  /** Output folder of the synthesized app. */
  outdir?: string;
  /** Run cdk-nag's AwsSolutions and Serverless packs (default true). */
  nag?: boolean;
};

/** The app and its stacks. */
export type WerkpadApp = {
  app: App;
  config: InfraConfig;
  stateful: StatefulStack;
  stateless: StatelessStack;
  site: SiteStack;
  publication: PublicationStack;
  /** Bytes of each handler bundle. */
  bundleBytes: ReadonlyMap<string, number>;
};

/** Builds the app: bundles every handler once, then the four stacks. */
export async function buildWerkpadApp(options: WerkpadAppOptions = {}): Promise<WerkpadApp> {
  // cdk.json's feature flags hold for tests too (the CLI passes them itself).
  const flags = (JSON.parse(await readFile(path.join(projectRoot, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> }).context ?? {};
  const app = new App({ context: { ...flags, ...options.context }, ...(options.outdir ? { outdir: options.outdir } : {}) });
  const config = loadInfraConfig((key) => app.node.tryGetContext(key), options.env ?? process.env);
  const bundleDir = options.bundleDir ?? (await mkdtemp(path.join(tmpdir(), 'werkpad-bundles-')));
  const bundles = await bundleHandlers(await deployedHandlerModules(), bundleDir);

  // Environment-agnostic unless the CLI knows an account and region: synth needs no credentials.
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const region = process.env.CDK_DEFAULT_REGION;
  const env: Environment | undefined = account && region ? { account, region } : undefined;
  const name = (part: string) => `Werkpad-${config.stage}-${part}`;

  const stateful = new StatefulStack(app, name('Stateful'), { env, config, terminationProtection: true });
  const stateless = new StatelessStack(app, name('Stateless'), {
    env,
    config,
    stateful,
    table: stateful.table,
    signingKey: stateful.signingKey,
    originVerify: stateful.originVerify,
    routes: routeDefinitions,
    bundles: new Map(bundles.map((b) => [b.module, b.dir])),
  });
  const site = new SiteStack(app, name('Site'), {
    env,
    config,
    apiDomain: `${stateless.api.apiId}.execute-api.${stateless.region}.amazonaws.com`,
    originVerify: stateful.originVerify,
    routes: routeDefinitions,
  });
  const publication = new PublicationStack(app, name('Publication'), {
    env,
    config,
    projectRoot,
    projectName: stateless.rebuildProjectName,
    table: stateful.table,
    bucket: site.bucket,
    distribution: site.distribution,
    cspStore: site.cspStore,
    moderatorLogin: stateless.moderatorLogin,
    upkeep: stateless.functions.get('upkeep')!,
  });

  Tags.of(app).add('project', 'werkpad');
  Tags.of(app).add('stage', config.stage);
  if (options.nag ?? true) {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }), new ServerlessChecks(app, { verbose: true }));
  }
  return { app, config, stateful, stateless, site, publication, bundleBytes: new Map(bundles.map((b) => [b.module, b.bytes])) };
}
