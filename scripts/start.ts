/**
 * `npm start`: starts the embedded store, builds the site against it (Astro + Pagefind, progress
 * shown as it happens, published submissions included), then serves site, API and forms. Approval
 * of a submission rebuilds the site in the background. Nothing else to install or run.
 */
import { runServer } from './server.ts';

console.log('\n  Werkpad: de opslag start en de site wordt gebouwd…\n');
await runServer({ buildFirst: true, rebuild: true });
