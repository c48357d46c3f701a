/**
 * `node scripts/content-sources.ts [--dir=content] [--markdown]`: every source the curated
 * entries use, with how many entries carry it (and how many facts point to it), most used first.
 * A source is the same when its URL, or else its seed file, or else its title is the same.
 * Exit code 1 when a file does not match its schema (listed on stderr).
 */
import { readContent } from '../site/lib/content-files.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => a.startsWith('--dir='))?.slice('--dir='.length) ?? 'content';
const markdown = args.includes('--markdown');

const { entries, problems } = readContent(dir);
for (const problem of problems) process.stderr.write(`${problem.file} klopt niet:\n${problem.issues.map((i) => `  - ${i}\n`).join('')}`);

interface Row {
  title: string;
  publisher: string;
  address: string;
  entries: Set<string>;
  facts: number;
}
const rows = new Map<string, Row>();
for (const entry of entries) {
  for (const source of entry.data.sources) {
    const key = source.url ?? source.seed ?? source.title;
    const row = rows.get(key) ?? { title: source.title, publisher: source.publisher ?? '', address: source.url ?? `seed ${source.seed}`, entries: new Set<string>(), facts: 0 };
    row.entries.add(`${entry.collection}/${entry.id}`);
    row.facts += entry.data.facts.filter((f) => f.source === source.id).length;
    rows.set(key, row);
  }
}
const sorted = [...rows.values()].sort((a, b) => b.entries.size - a.entries.size || a.title.localeCompare(b.title, 'nl'));
if (markdown) {
  process.stdout.write('| entries | facts | source | publisher | address |\n| ---: | ---: | --- | --- | --- |\n');
  for (const r of sorted) process.stdout.write(`| ${r.entries.size} | ${r.facts} | ${r.title.replace(/\|/g, '\\|')} | ${r.publisher} | ${r.address} |\n`);
} else {
  for (const r of sorted) process.stdout.write(`${String(r.entries.size).padStart(4)} ${String(r.facts).padStart(4)}  ${r.title} — ${r.publisher} (${r.address})\n`);
}
process.stdout.write(`${sorted.length} bronnen in ${entries.length} items.\n`);
process.exitCode = problems.length > 0 ? 1 : 0;
