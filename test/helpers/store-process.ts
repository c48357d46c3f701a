/**
 * The store as its own process: dynalite with its data in a folder, on a fixed loopback port, so a
 * test can kill it (SIGKILL, as a crash would) and start it again on the same port and data.
 *
 *   node test/helpers/store-process.ts <dataDir> <port>     (prints "ready" when listening)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/dynamodb-local.ts';

/** A store process that can be killed and started again with the same data and port. */
export type StoreProcess = { endpoint: string; kill: () => Promise<void>; start: () => Promise<void> };

/** Starts dynalite in a child process over `dataDir`. */
export async function startStoreProcess(dataDir: string): Promise<StoreProcess> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), dataDir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
      child = proc;
      proc.once('error', reject);
      proc.once('exit', (code) => reject(new Error(`dynalite stopte meteen (code ${code})`)));
      proc.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve();
      });
    });
  const kill = () =>
    new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  await start();
  return { endpoint: `http://127.0.0.1:${port}`, kill, start };
}

if (import.meta.main) {
  const [dataDir, port] = process.argv.slice(2);
  const { default: dynalite } = await import('dynalite');
  const server = dynalite({ path: dataDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
}
