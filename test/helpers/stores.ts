/**
 * The DynamoDB implementations the data-layer tests run against: always the embedded dynalite,
 * and AWS's DynamoDB Local when `npm test` started it (`DYNAMODB_LOCAL_ENDPOINT`). Under CI its
 * absence is an error, never a silent skip.
 */
export type StoreTarget = { name: string; env: Record<string, string> };

let counter = 0;

/** The stores to run a data-layer suite against, each with a fresh table name. */
export function storeTargets(): StoreTarget[] {
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  const endpoint = process.env.DYNAMODB_LOCAL_ENDPOINT;
  if (!endpoint && ci) throw new Error('CI=true maar DYNAMODB_LOCAL_ENDPOINT ontbreekt: start de tests met `npm test`.');
  const suffix = () => `${process.pid}-${Date.now().toString(36)}-${++counter}`;
  const targets: StoreTarget[] = [{ name: 'dynalite (ingebouwd)', env: {} }];
  if (endpoint) targets.push({ name: 'DynamoDB Local', env: { DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: `werkpad-test-${suffix()}` } });
  return targets;
}
