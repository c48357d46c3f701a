/**
 * The CDK app (`cdk.json`: `node infra/bin/werkpad.ts`). Settings: README, "Deploy to AWS".
 *   npm run synth                       offline, with placeholder settings
 *   npx cdk deploy --all -c werkpad:stage=prod -c werkpad:domainName=… (or WERKPAD_* variables)
 */
import { InfraConfigError } from '../lib/config.ts';
import { buildWerkpadApp } from '../lib/werkpad-app.ts';

try {
  const { app } = await buildWerkpadApp();
  app.synth();
} catch (error) {
  if (error instanceof InfraConfigError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
