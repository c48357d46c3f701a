/**
 * Finds and starts AWS's DynamoDB Local (the jar inside the npm package
 * `amplify-dynamodb-simulator`, installed outside this project) with the machine's Java, so the
 * data layer's tests can also run against AWS's own implementation.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';

const JAR_IN_PACKAGE = 'node_modules/amplify-dynamodb-simulator/emulator/DynamoDBLocal.jar';

/** Where `.ci/run` installs tools unless `WERKPAD_TOOLS_DIR` says otherwise. */
export const toolsDir = process.env.WERKPAD_TOOLS_DIR ?? path.join(homedir(), '.cache', 'werkpad', 'tools');

/** The jar to run, or a reason why there is none. */
export function findDynamoDbLocal(): { jar: string } | { missing: string } {
  const jar = process.env.DYNAMODB_LOCAL_JAR ?? path.join(toolsDir, 'dynamodb-local', JAR_IN_PACKAGE);
  if (!existsSync(jar)) {
    return {
      missing: `DynamoDB Local niet gevonden (${jar}). Installeer het buiten het project: mkdir -p ${path.join(toolsDir, 'dynamodb-local')} && cd $_ && npm i amplify-dynamodb-simulator, of zet DYNAMODB_LOCAL_JAR.`,
    };
  }
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.status !== 0) return { missing: 'Java niet gevonden: DynamoDB Local heeft Java 17 of nieuwer nodig.' };
  return { jar };
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts DynamoDB Local in memory and resolves once it accepts requests. */
export async function startDynamoDbLocal(jar: string): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const port = await freePort();
  const dir = path.dirname(jar);
  const child: ChildProcess = spawn(
    'java',
    [`-Djava.library.path=${path.join(dir, 'DynamoDBLocal_lib')}`, '-jar', jar, '-inMemory', '-sharedDb', '-port', String(port)],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local stopte direct:\n${output}`);
    try {
      // Any HTTP answer means the server listens; it rejects unsigned requests with 400.
      await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL');
    throw new Error(`DynamoDB Local antwoordde niet binnen 60 s:\n${output}`);
  }
  return {
    endpoint,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
