/**
 * Saving a quickscan as a JSON file and reading one back. The file holds the answers (what
 * counts) and a readable copy of the report; reading it back checks it with the zod schema from
 * `functions/contracts/quickscan.ts` and explains every problem in plain Dutch, naming the
 * question. Browser-safe and pure: the island does the downloading and the file picking.
 */
import {
  quickscanFileFormat,
  quickscanFileSchema,
  type QuickscanAnswers,
  type QuickscanFile,
  type ResolvedPart,
} from '../../functions/contracts/quickscan.ts';
import type { QuickscanCatalog, QuickscanReport } from './quickscan.ts';

/** Files larger than this are not a saved quickscan (one is a few kilobytes). */
export const maxQuickscanFileBytes = 200_000;

/** The file to save: the answers, the gemeente's name and the report with titles and links. */
export function savedScan(
  answers: QuickscanAnswers,
  gemeente: string,
  report: QuickscanReport,
  catalog: QuickscanCatalog,
  origin: string,
): QuickscanFile {
  const title = (collection: keyof QuickscanCatalog, id: string) => catalog[collection].find((e) => e.id === id);
  return {
    format: quickscanFileFormat,
    version: 1,
    savedAt: report.today,
    ...(gemeente.trim() ? { gemeente: gemeente.trim() } : {}),
    answers,
    report: report.parts.map((p) => ({
      onderdeel: p.title,
      stand: p.standing?.label ?? 'niet ingevuld',
      stappen: p.steps.map((s) => s.text),
      aanbevelingen: Object.values(p.recommendations)
        .flat()
        .map((r) => {
          const entry = title(r.collection, r.id);
          return {
            soort: r.collection,
            titel: entry?.title ?? r.id,
            url: entry ? new URL(entry.href, origin).href : undefined,
            ...(r.status ? { status: r.status } : {}),
            waarom: r.reasons.map((reason) => reason.text),
          };
        }),
    })),
  };
}

/** What reading a file gave: the scan, or the problems to show. */
export type LoadedScan = { ok: true; file: QuickscanFile } | { ok: false; problems: string[] };

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Reads the text of a chosen file. Problems come back as Dutch sentences: not JSON, not a saved
 * quickscan, or per question what is wrong ("Bij de vraag ‘…’: dit antwoord bestaat niet …").
 */
export function readSavedScan(text: string, parts: readonly ResolvedPart[]): LoadedScan {
  if (text.length > maxQuickscanFileBytes) return { ok: false, problems: ['Dit bestand is te groot voor een opgeslagen quickscan.'] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['Dit is geen JSON-bestand. Kies het bestand dat u eerder met ‘Opslaan als bestand’ heeft bewaard.'] };
  }
  const result = quickscanFileSchema(parts).safeParse(json);
  if (result.success) return { ok: true, file: result.data };
  const questions = new Map(parts.flatMap((p) => p.questions).map((q) => [q.id, q.text]));
  const problems = result.error.issues.map((issue) => {
    const [first, second] = issue.path;
    if (first === 'answers' && typeof second === 'string') {
      const question = questions.get(second);
      return question ? `Bij de vraag ‘${question}’: ${issue.message}.` : `Bij ‘${second}’: ${issue.message}.`;
    }
    if (first === 'gemeente') return `Bij de naam van de gemeente: ${issue.message}.`;
    return `${sentence(issue.message)}.`;
  });
  return { ok: false, problems: [...new Set(problems)].slice(0, 8) };
}

/** A file name for the download: `quickscan-<gemeente>-<day>.json`, safe on every system. */
export function scanFileName(gemeente: string, day: string): string {
  const slug = gemeente
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `quickscan-${slug ? `${slug}-` : ''}${day}.json`;
}
