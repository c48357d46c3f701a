/**
 * The worker thread that runs dynalite for `startEmbeddedStore`. dynalite does its LevelDB work in
 * JavaScript; on a thread of its own that work no longer holds up the HTTP server's event loop, so a
 * slow query cannot delay a static page. The thread posts `{ port }` once it listens (or
 * `{ error }`); on `'close'` it shuts server and database and exits.
 */
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import dynalite from 'dynalite';

const { dir } = workerData as { dir: string };
const server = dynalite({ path: dir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.once('error', (error: Error) => parentPort!.postMessage({ error: error.message }));
// Loopback only: the store has no authentication.
server.listen(0, '127.0.0.1', () => parentPort!.postMessage({ port: (server.address() as AddressInfo).port }));

parentPort!.on('message', (message: unknown) => {
  if (message !== 'close') return;
  // Callers stop their own traffic first; what remains are idle keep-alive sockets.
  server.closeAllConnections();
  server.close(() => parentPort!.close());
});
