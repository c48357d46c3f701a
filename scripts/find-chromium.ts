/**
 * Finds the Chromium the browser tests drive, without ever downloading one at run time:
 *  1. `CHROME_PATH`, when set (it must exist: a wrong path is an error, not a reason to look elsewhere);
 *  2. a Chrome or Chromium in the usual places of Linux and macOS;
 *  3. the Chromium inside the optional npm package `@sparticuz/chromium`, which `npm ci` installs on
 *     Linux x64/arm64 (the binary ships compressed in the package; the first call unpacks it into the
 *     temporary folder, later calls reuse it).
 * So a fresh Linux machine with only Node.js needs nothing beyond `npm ci`.
 */
import { existsSync } from 'node:fs';

/** A browser found, and where it came from (printed by `npm test`). */
export type ChromiumLocation = { path: string; source: 'CHROME_PATH' | 'system' | '@sparticuz/chromium' };

/** Places where Linux distributions and macOS put Chrome or Chromium. */
export const systemChromiumPaths: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Thrown when no browser can be found; the message says how to get one. */
export class ChromiumMissingError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(
      `Geen Chromium gevonden voor de browsertests: ${detail}\n` +
        'Oplossing: voer "npm ci" opnieuw uit (dat installeert op Linux het pakket @sparticuz/chromium), ' +
        'installeer Chrome of Chromium (Debian: apt-get install -y chromium), of zet CHROME_PATH.',
      options,
    );
    this.name = 'ChromiumMissingError';
  }
}

/**
 * The first browser of the order above. `env` and `exists` are parameters so the order can be
 * tested; `packaged` loads the npm package's binary (unpacking it when needed).
 */
export async function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  packaged: () => Promise<string> = packagedChromium,
): Promise<ChromiumLocation> {
  const configured = env.CHROME_PATH?.trim();
  if (configured) {
    if (!exists(configured)) throw new ChromiumMissingError(`CHROME_PATH wijst naar ${configured}, maar daar staat niets.`);
    return { path: configured, source: 'CHROME_PATH' };
  }
  const system = systemChromiumPaths.find((p) => exists(p));
  if (system) return { path: system, source: 'system' };
  try {
    return { path: await packaged(), source: '@sparticuz/chromium' };
  } catch (cause) {
    throw new ChromiumMissingError('niet in CHROME_PATH, niet op de gebruikelijke plaatsen en niet uit @sparticuz/chromium.', { cause });
  }
}

/** The Chromium inside `@sparticuz/chromium` (an optional dependency; absent on macOS and Windows). */
async function packagedChromium(): Promise<string> {
  if (process.platform !== 'linux') throw new Error(`@sparticuz/chromium draait alleen op Linux, dit is ${process.platform}`);
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}
