/**
 * The embedded DynamoDB-compatible store of the local runtime (dynalite on LevelDB), on a worker
 * thread of its own (`embedded-store-thread.ts`) so that its work never blocks the caller's event
 * loop. Only the local server, the seed script and tests import this module; it is never part of
 * a Lambda bundle.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

/** A running embedded store. */
export type EmbeddedStore = { endpoint: string; close: () => Promise<void> };

/** Another running Werkpad already uses this data folder. */
export class StoreInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `De gegevens in ${dir} worden al gebruikt door een andere Werkpad (proces ${pid}). Stop die eerst, of kies een andere DATA_DIR.\n` +
        `The data folder is in use by another Werkpad server; stop it or set DATA_DIR.`,
    );
    this.name = 'StoreInUseError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// LevelDB locks its folder, but dynalite reports that by crashing on the first request; a lock file
// of our own turns a second server on the same data into a clear message instead.
async function lock(file: string, dir: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number(await readFile(file, 'utf8').catch(() => ''));
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) throw new StoreInUseError(dir, pid);
    // Left behind by a process that crashed: take it over.
    await rm(file, { force: true });
  }
  throw new StoreInUseError(dir, 0);
}

/** How long closing waits for the store's thread to shut its database before stopping it. */
const CLOSE_GRACE_MS = 10_000;

/** Starts dynalite on a free loopback port with its data in `dir`; tables become ACTIVE at once. */
export async function startEmbeddedStore(dir: string): Promise<EmbeddedStore> {
  await mkdir(dir, { recursive: true });
  const lockFile = `${dir}.lock`;
  await lock(lockFile, dir);
  const thread = new Worker(new URL('./embedded-store-thread.ts', import.meta.url), { workerData: { dir } });
  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      thread.once('message', (message: { port?: number; error?: string }) =>
        message.port ? resolve(message.port) : reject(new Error(`De ingebouwde opslag start niet: ${message.error ?? 'onbekende fout'}`)),
      );
      thread.once('error', reject);
      thread.once('exit', (code) => reject(new Error(`De ingebouwde opslag stopte bij het starten (code ${code}).`)));
    });
  } catch (error) {
    await thread.terminate();
    await rm(lockFile, { force: true });
    throw error;
  }
  let closing: Promise<void> | undefined;
  // A crash of the store after start shows up as failing requests (503); say why. Once closing, a
  // late request that meets the closed database is expected and not worth a line.
  thread.on('error', (error) => {
    if (!closing) console.error(`[werkpad] de ingebouwde opslag faalde: ${error.message}`);
  });
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      (closing ??= (async () => {
        thread.postMessage('close');
        // The database closes in a moment; a thread that hangs is stopped after a grace period.
        const grace = setTimeout(() => void thread.terminate(), CLOSE_GRACE_MS);
        await exited;
        clearTimeout(grace);
        await rm(lockFile, { force: true });
      })()),
  };
}
