/**
 * Built pages of the site, read by the form routes: the form page is served with a fresh
 * fill-time token, and rendered again with messages inside the same page shell. Locally the
 * pages come from the server's site folder; the AWS bundle ships the form pages next to the code.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

let siteDir = path.resolve(process.env.WERKPAD_OUT_DIR ?? 'dist');

/** Points the form routes at the folder the server serves (after a rebuild swap, too). */
export function configureSitePages(dir: string): void {
  siteDir = path.resolve(dir);
}

/** The HTML of a built page by its URL path (`/en/initiatief-aanmelden/`), or undefined. */
export async function readSitePage(urlPath: string): Promise<string | undefined> {
  const file = path.join(siteDir, ...urlPath.split('/').filter(Boolean), 'index.html');
  if (!file.startsWith(siteDir + path.sep)) return undefined;
  return readFile(file, 'utf8').catch(() => undefined);
}
