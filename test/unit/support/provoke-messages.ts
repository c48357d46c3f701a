/**
 * Provokes every way the initiative schemas can refuse input — each check of each field of a new
 * submission, a correction (PATCH), reading and withdrawing — and returns the messages they give.
 * The message tests use it to prove that every one of them has an English version.
 */
import type { z } from 'zod';
import { dutchErrorMap } from '../../../functions/contracts/dutch-errors.ts';
import { initiativePatchSchema, initiativeSchema, manageRequestSchema, withdrawalRequestSchema } from '../../../functions/contracts/initiative.ts';
import { actionLines, approaches, regions, sectors, targetGroups } from '../../../functions/contracts/taxonomy.ts';
import { validInitiative } from '../../helpers/api-client.ts';

const TEXT_FIELDS = ['title', 'summary', 'organisation', 'description', 'results', 'contact.name'] as const;
const LIST_FIELDS = {
  regions: regions[0]!.id,
  sectors: sectors[0]!.id,
  actionLines: actionLines[0]!.id,
  approaches: approaches[0]!.id,
  targetGroups: targetGroups[0]!.id,
} as const;

/** Wrong values for every kind of check: type, emptiness, length, HTML, control characters, format, ids. */
const textValues: unknown[] = [
  undefined,
  null,
  42,
  '',
  '   ',
  'ab',
  'x'.repeat(5001),
  '<b>vet</b> en verder gewone tekst van genoeg lengte',
  'een regel met een bel \u0007 erin, lang genoeg',
  'een eerste regel die lang genoeg is\neen tweede regel',
];
const listValues = (valid: string | number): unknown[] => [
  undefined,
  null,
  'x',
  [],
  [valid, valid],
  Array.from({ length: 200 }, () => valid),
  ['bestaat-niet'],
  [0],
  [7],
  [1.5],
  [1e20],
  ['1'],
  [null],
];
const emailValues: unknown[] = [undefined, null, 42, '', 'geen-adres', `${'a'.repeat(250)}@example.org`];
const websiteValues: unknown[] = [null, 42, '', 'http://voorbeeld.nl', 'https://localhost', `https://voorbeeld.nl/${'x'.repeat(600)}`];
const consentValues: unknown[] = [undefined, null, false, 'true', 1];
const tokenValues: unknown[] = [undefined, null, 42, '', 'x'.repeat(201)];
const versionValues: unknown[] = [undefined, null, '1', 1.5, 0, -1, 2_000_000, 1e20, Number.NaN];

function withField(body: Record<string, unknown>, field: string, value: unknown): Record<string, unknown> {
  if (field.startsWith('contact.')) {
    const contact = { ...(body.contact as Record<string, unknown>) };
    if (value === undefined) delete contact[field.slice(8)];
    else contact[field.slice(8)] = value;
    return { ...body, contact };
  }
  const copy = { ...body };
  if (value === undefined) delete copy[field];
  else copy[field] = value;
  return copy;
}

/** Every (field, wrong value) pair worth trying on a field of the initiative. */
function fieldCases(): [string, unknown][] {
  const cases: [string, unknown][] = [];
  for (const field of TEXT_FIELDS) for (const v of textValues) cases.push([field, v]);
  for (const [field, valid] of Object.entries(LIST_FIELDS)) for (const v of listValues(valid)) cases.push([field, v]);
  for (const v of emailValues) cases.push(['contact.email', v]);
  for (const v of websiteValues) cases.push(['website', v]);
  for (const v of [undefined, null, 'x', [], {}, { name: 'Anna', email: 'anna@example.org', phone: '06' }]) cases.push(['contact', v]);
  cases.push(['onbekend', 'x']);
  return cases;
}

function messagesOf(schema: z.ZodType, body: unknown): string[] {
  const parsed = schema.safeParse(body, { error: dutchErrorMap });
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
}

/** Every distinct message the initiative schemas give for the wrong inputs above. */
export function provokedMessages(): string[] {
  const messages = new Set<string>();
  const add = (list: string[]) => list.forEach((m) => messages.add(m));
  const patchBase = { token: 'x'.repeat(43), version: 1 };

  for (const body of [undefined, null, 'x', [], 42]) {
    add(messagesOf(initiativeSchema, body));
    add(messagesOf(initiativePatchSchema, body));
    add(messagesOf(manageRequestSchema, body));
    add(messagesOf(withdrawalRequestSchema, body));
  }
  for (const [field, value] of fieldCases()) {
    add(messagesOf(initiativeSchema, withField(validInitiative(), field, value)));
    const top = field.split('.')[0]!;
    const change = field.startsWith('contact.') ? withField({ contact: { name: 'Anna', email: 'anna@example.org' } }, field, value) : { [top]: value };
    add(messagesOf(initiativePatchSchema, { ...patchBase, ...change }));
  }
  for (const v of consentValues) {
    add(messagesOf(initiativeSchema, withField(validInitiative(), 'consent', v)));
    add(messagesOf(initiativePatchSchema, { ...patchBase, title: 'Nieuwe titel', consent: v }));
  }
  for (const v of tokenValues) {
    add(messagesOf(initiativePatchSchema, withField({ ...patchBase, title: 'Nieuwe titel' }, 'token', v)));
    add(messagesOf(manageRequestSchema, v === undefined ? {} : { token: v }));
    add(messagesOf(withdrawalRequestSchema, v === undefined ? {} : { token: v }));
  }
  for (const v of versionValues) add(messagesOf(initiativePatchSchema, withField({ ...patchBase, title: 'Nieuwe titel' }, 'version', v)));
  add(messagesOf(initiativePatchSchema, patchBase));
  add(messagesOf(initiativePatchSchema, { ...patchBase, status: 'published' }));
  add(messagesOf(manageRequestSchema, { token: 'x', extra: 1 }));
  add(messagesOf(withdrawalRequestSchema, { token: 'x', extra: 1 }));
  return [...messages].sort();
}
