/**
 * `npm start`: builds the site (Astro + Pagefind, progress shown as it happens), then starts the
 * local server on it. Nothing else to install or run.
 */
import { spawnSync } from 'node:child_process';
import { runServer } from './server.ts';

console.log('\n  Werkpad: de site wordt gebouwd…\n');
// The same Node that runs this script, so `npm start` works without astro on the PATH.
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error(
    `\n  De build is mislukt (${build.error?.message ?? `exitcode ${build.status ?? build.signal}`}); zie de meldingen hierboven, los de fout op en start opnieuw met npm start.\n`,
  );
  process.exit(build.status || 1);
}
await runServer();
