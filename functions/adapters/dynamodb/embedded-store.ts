/**
 * The embedded DynamoDB-compatible store of the local runtime (dynalite on LevelDB). Only the local
 * server imports this module; it is never part of a Lambda bundle.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

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

/** Starts dynalite on a free loopback port with its data in `dir`; tables become ACTIVE at once. */
export async function startEmbeddedStore(dir: string): Promise<EmbeddedStore> {
  await mkdir(dir, { recursive: true });
  const lockFile = `${dir}.lock`;
  await lock(lockFile, dir);
  const server = dynalite({ path: dir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      // Loopback only: the store has no authentication.
      server.listen(0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await rm(lockFile, { force: true });
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        // Callers stop their own traffic first; what remains are idle keep-alive sockets.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }).finally(() => rm(lockFile, { force: true }))),
  };
}
