/**
 * `npm run content:stale`: the curated entries that have not been checked against their sources
 * for 12 months ('controle nodig'), oldest first, for editors.
 *
 *   npm run content:stale                      # as of today
 *   npm run content:stale -- --today=2027-12-01 --dir=content
 *
 * Prints one line per entry and a count; no progress output. Exit code 0 also when entries need a
 * check (that is the answer, not a failure); 1 when a file cannot be read or does not match its
 * schema, or an argument is wrong; the problems go to stderr.
 */
import { curatedCollections, readContent } from '../site/lib/content-files.ts';
import { checkAfterMonths, isoDay, monthsSince, needsCheck } from '../site/lib/content-freshness.ts';

interface Options {
  today: Date;
  dir: string;
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { today: new Date(), dir: 'content' };
  for (const arg of args) {
    const [key, value] = arg.split('=', 2) as [string, string | undefined];
    if (key === '--today' && value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) {
      options.today = new Date(`${value}T00:00:00Z`);
    } else if (key === '--dir' && value) {
      options.dir = value;
    } else {
      throw new Error(`onbekend of onjuist argument: ${arg} (gebruik --today=JJJJ-MM-DD en/of --dir=map)`);
    }
  }
  return options;
}

function titleOf(data: object): string {
  const d = data as { title?: string; name?: string; term?: string };
  return d.title ?? d.name ?? d.term ?? '';
}

function main(args: readonly string[]): number {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    process.stderr.write(`content:stale: ${(error as Error).message}\n`);
    return 1;
  }
  const { entries, problems } = readContent(options.dir, curatedCollections);
  for (const problem of problems) {
    process.stderr.write(`${problem.file} klopt niet:\n${problem.issues.map((i) => `  - ${i}\n`).join('')}`);
  }
  if (entries.length === 0 && problems.length === 0) {
    process.stderr.write(`content:stale: geen content gevonden in ${options.dir}/\n`);
    return 1;
  }
  const stale = entries
    .filter((e) => needsCheck(e.data.lastVerified, options.today))
    .sort((a, b) => a.data.lastVerified.getTime() - b.data.lastVerified.getTime() || a.file.localeCompare(b.file));
  const lines = stale.map((e) => `${isoDay(e.data.lastVerified)}  ${String(monthsSince(e.data.lastVerified, options.today)).padStart(3)} mnd  ${e.file}  (${titleOf(e.data)})`);
  const day = isoDay(options.today);
  const summary =
    stale.length === 0
      ? `Geen items met controle nodig op ${day}: alle ${entries.length} zijn in de laatste ${checkAfterMonths} maanden gecontroleerd.`
      : `${stale.length} van ${entries.length} items hebben controle nodig op ${day} (langer dan ${checkAfterMonths} maanden niet aan de bronnen gecontroleerd).`;
  process.stdout.write([...lines, summary].join('\n') + '\n');
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
