/**
 * Runs in a fresh Node process per bundle (`bundles.test.ts`): imports the bundle the way the Lambda
 * runtime does (an ES module, `handler` export), measures the import, invokes the handler with each
 * event in turn and prints one JSON line with the results.
 *
 *   node invoke-bundle.ts <bundle.mjs> <events.json>
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, eventsFile] = process.argv.slice(2);
if (!bundle || !eventsFile) throw new Error('usage: invoke-bundle.ts <bundle.mjs> <events.json>');
const events = JSON.parse(readFileSync(eventsFile, 'utf8')) as unknown[];

// Wall time, and the CPU time the import used: on a busy machine the second says more.
const started = performance.now();
const cpu = process.cpuUsage();
const mod = (await import(pathToFileURL(bundle).href)) as { handler?: (event: unknown, context?: unknown) => Promise<unknown> };
const importMs = performance.now() - started;
const used = process.cpuUsage(cpu);
const importCpuMs = (used.user + used.system) / 1000;
if (typeof mod.handler !== 'function') throw new Error(`${bundle} exports no handler`);

const results: unknown[] = [];
for (const event of events) results.push(await mod.handler(event, { functionName: 'bundle-test', awsRequestId: 'test' }));
process.stdout.write(`\n@@RESULT@@${JSON.stringify({ importMs, importCpuMs, results })}\n`);
