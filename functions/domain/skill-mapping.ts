/**
 * Free words onto the skills vocabulary (`content/reference/skills.json`). A profile may name
 * skills by id (`lassen`) or in its own words ("Lassers", "welder", "Kassière"); each word is
 * compared with every skill's id, Dutch and English label and synonyms:
 *  - insensitive to case, diacritics, apostrophes, hyphens and repeated spaces
 *    ("Conciërge" = "concierge", "CNC-operator" = "cnc operator");
 *  - insensitive to simple plurals of the last word: Dutch `-s`, `-'s`, `-en`, `-n` (with a
 *    doubled consonant undone: "lessen" → "les") and English `-s`, `-es`, `-ies`.
 * A word that maps to nothing is returned as typed, so the answer can name it.
 *
 * The index is built once when the module loads; two skills that claim the same word make the
 * vocabulary ambiguous and stop the server's start (and the unit tests) with both ids.
 */
import { skills } from '../contracts/taxonomy.ts';

/** What a list of words maps to: skill ids (first occurrence first, no duplicates) and the words that matched nothing. */
export type SkillMapping = { skillIds: string[]; unknown: string[] };

/** Two skills claim the same word (a broken vocabulary). */
export class AmbiguousSkillTermError extends Error {
  constructor(term: string, first: string, second: string) {
    super(`content/reference/skills.json: "${term}" hoort bij twee vaardigheden, "${first}" en "${second}"; maak het eenduidig.`);
    this.name = 'AmbiguousSkillTermError';
  }
}

/** The comparable form of a word: lower case, no diacritics or apostrophes, other punctuation as single spaces. */
export function normaliseTerm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const MIN_STEM = 3;

/** Singular candidates of a normalised term, by changing only its last word; longest first. */
export function singularForms(term: string): string[] {
  const cut = term.lastIndexOf(' ');
  const head = term.slice(0, cut + 1);
  const last = term.slice(cut + 1);
  const stems: string[] = [];
  const add = (stem: string) => {
    if (stem.length >= MIN_STEM && stem !== last && !stems.includes(stem)) stems.push(stem);
  };
  if (last.endsWith('ies')) add(`${last.slice(0, -3)}y`);
  if (last.endsWith('en')) {
    const stem = last.slice(0, -2);
    add(stem);
    // "lessen" → "les", "kassen" → "kas": Dutch doubles a consonant before -en.
    if (/([^aeiou])\1$/.test(stem)) add(stem.slice(0, -1));
  }
  if (last.endsWith('es')) add(last.slice(0, -2));
  if (last.endsWith('s')) add(last.slice(0, -1));
  if (last.endsWith('n')) add(last.slice(0, -1));
  return stems.map((stem) => head + stem);
}

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const skill of skills) {
    for (const term of [skill.id, skill.label.nl, skill.label.en, ...skill.synonyms]) {
      const key = normaliseTerm(term);
      if (key === '') continue;
      const owner = index.get(key);
      if (owner !== undefined && owner !== skill.id) throw new AmbiguousSkillTermError(term, owner, skill.id);
      index.set(key, skill.id);
    }
  }
  return index;
}

const index = buildIndex();
const sectorsOfSkill = new Map(skills.map((s) => [s.id, s.sectors] as const));

/** The skill id a single word stands for, or undefined. */
export function skillIdOf(word: string): string | undefined {
  const key = normaliseTerm(word);
  if (key === '') return undefined;
  const exact = index.get(key);
  if (exact !== undefined) return exact;
  for (const singular of singularForms(key)) {
    const found = index.get(singular);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Maps every word; duplicates (by id, or by normalised word for unknown ones) are dropped. */
export function mapSkills(words: readonly string[]): SkillMapping {
  const skillIds: string[] = [];
  const unknown: string[] = [];
  const unknownKeys = new Set<string>();
  for (const word of words) {
    const id = skillIdOf(word);
    if (id !== undefined) {
      if (!skillIds.includes(id)) skillIds.push(id);
      continue;
    }
    const key = normaliseTerm(word);
    if (!unknownKeys.has(key)) {
      unknownKeys.add(key);
      unknown.push(word.trim());
    }
  }
  return { skillIds, unknown };
}

/**
 * The sectors the skills belong to, most named first (ties in vocabulary order of first mention):
 * a profile without sectors is searched in the sectors of its skills.
 */
export function sectorsOfSkills(skillIds: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const id of skillIds) for (const sector of sectorsOfSkill.get(id) ?? []) counts.set(sector, (counts.get(sector) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([sector]) => sector);
}
