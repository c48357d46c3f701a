/**
 * The Lambda bundles render the no-JS views with Preact (`scripts/bundle-handlers.ts`,
 * `lambdaAliases`); the local server renders them with React. Here every view the form routes
 * render is rendered both ways, with hostile values and messages, and the HTML must be the same
 * document: the same elements, attributes and text. Spelling that means the same is evened out
 * first (attribute order, `checked` for `checked=""`, which characters are written as entities).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchResponse } from '../../functions/contracts/match.ts';
import { lambdaAliases, projectRoot } from '../../scripts/bundle-handlers.ts';
import EmployerForm from '../../ui/employer-form.ts';
import { PasteLinkForm, verifyOutcomeView, type VerifyOutcome } from '../../ui/employer-verify.ts';
import InitiativeForm from '../../ui/initiative-form.ts';
import MatchView from '../../ui/match-form.ts';

/** The same views and renderer, bundled as the Lambda bundles are. */
type Bundled = {
  createElement: typeof createElement;
  renderToStaticMarkup: (element: unknown) => string;
  EmployerForm: typeof EmployerForm;
  InitiativeForm: typeof InitiativeForm;
  MatchView: typeof MatchView;
  PasteLinkForm: typeof PasteLinkForm;
  verifyOutcomeView: typeof verifyOutcomeView;
};

let dir: string;
let lambda: Bundled;

beforeAll(async () => {
  mkdirSync(path.join(projectRoot, 'node_modules/.cache'), { recursive: true });
  dir = mkdtempSync(path.join(projectRoot, 'node_modules/.cache/werkpad-renderer-'));
  const entry = [
    `export { createElement } from 'react';`,
    `export { renderToStaticMarkup } from 'react-dom/server';`,
    `export { default as EmployerForm } from './ui/employer-form.ts';`,
    `export { default as InitiativeForm } from './ui/initiative-form.ts';`,
    `export { default as MatchView } from './ui/match-form.ts';`,
    `export { PasteLinkForm, verifyOutcomeView } from './ui/employer-verify.ts';`,
  ].join('\n');
  const outfile = path.join(dir, 'views.mjs');
  await esbuild.build({
    stdin: { contents: entry, resolveDir: projectRoot, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    alias: lambdaAliases,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  lambda = (await import(pathToFileURL(outfile).href)) as Bundled;
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#x27|#39|apos);/g, (_, name: string) => ENTITIES[name]!);

/** The HTML with each start tag's attributes sorted and spelled one way, and entities decoded. */
function normalized(html: string): string {
  const tags = html.replace(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g, (_m, tag: string, attrs: string) => {
    const list = [...attrs.matchAll(/\s+([^\s=>/]+)(?:="([^"]*)")?/g)].map((m) => `${m[1]!.toLowerCase()}="${m[2] ?? ''}"`).sort();
    return `<${tag.toLowerCase()}${list.length > 0 ? ` ${list.join(' ')}` : ''}>`;
  });
  return decode(tags);
}

const HOSTILE = '<script>alert(1)</script> "quoted" & \'single\' \u202Eevil';
const values: [string, string][] = [
  ['name', HOSTILE],
  ['title', HOSTILE],
  ['kvk', '1234'],
  ['sectors', 'zorg'],
  ['regions', 'twente'],
  ['region', 'twente'],
  ['languageLevel', 'A2'],
  ['offers', 'stage'],
  ['skills', HOSTILE],
  ['consent', 'true'],
];
const errors = { name: HOSTILE, kvk: 'Vul 8 cijfers in', title: 'Te kort', skills: 'Noem hooguit 50 vaardigheden' };
const result: MatchResponse = {
  employers: [{ id: 'e1', name: HOSTILE, score: 87, url: '/werkgevers/e1/', reasons: [{ type: 'match', text: HOSTILE }, { type: 'gap', text: 'Vraagt minstens mbo 2.' }] }],
  practices: [],
  schemes: [],
  unknownSkills: [HOSTILE],
  reasonsLanguage: { lang: 'ar', reviewed: false },
};

/** Each view as React renders it and as the Lambda bundle does. */
function cases(): { name: string; react: () => ReactElement; lambda: () => unknown }[] {
  const outcomes: VerifyOutcome[] = ['verified', 'confirmed', 'confirmed-hidden', 'gone', 'not-found', 'taken', 'failed'];
  return [
    ...(['nl', 'en'] as const).flatMap((lang) => [
      { name: `employer form (${lang})`, react: () => createElement(EmployerForm, { lang, values, errors, formError: HOSTILE, started: 't' }), lambda: () => lambda.createElement(lambda.EmployerForm, { lang, values, errors, formError: HOSTILE, started: 't' }) },
      { name: `initiative form (${lang})`, react: () => createElement(InitiativeForm, { lang, values, errors, formError: HOSTILE, started: 't' }), lambda: () => lambda.createElement(lambda.InitiativeForm, { lang, values, errors, formError: HOSTILE, started: 't' }) },
      { name: `paste-link form (${lang})`, react: () => PasteLinkForm({ lang, value: HOSTILE, error: true }), lambda: () => lambda.PasteLinkForm({ lang, value: HOSTILE, error: true }) },
      ...outcomes.map((outcome) => ({ name: `verify outcome ${outcome} (${lang})`, react: () => verifyOutcomeView(lang, outcome), lambda: () => lambda.verifyOutcomeView(lang, outcome) })),
    ]),
    ...(['nl', 'en', 'ar', 'uk', 'ti'] as const).flatMap((lang) => [
      { name: `Werk zoeken with errors (${lang})`, react: () => createElement(MatchView, { lang, values, errors }), lambda: () => lambda.createElement(lambda.MatchView, { lang, values, errors }) },
      { name: `Werk zoeken with results (${lang})`, react: () => createElement(MatchView, { lang, values, result }), lambda: () => lambda.createElement(lambda.MatchView, { lang, values, result }) },
    ]),
  ];
}

describe('the views of the no-JS routes, rendered by React (locally) and by Preact (on Lambda)', () => {
  it.each(cases().map((c) => [c.name, c] as const))('%s: the same HTML', (_name, c) => {
    const local = renderToStaticMarkup(c.react());
    const onLambda = lambda.renderToStaticMarkup(c.lambda());
    expect(local.length).toBeGreaterThan(100);
    expect(normalized(onLambda)).toBe(normalized(local));
    // Evening out entities must not hide missing escaping: what a person typed never becomes markup.
    expect(onLambda).not.toContain('<script>');
  });

  it('notices a difference: the normalisation keeps what differs', () => {
    expect(normalized('<p class="a" id="b">x &amp; y</p>')).toBe(normalized('<p id="b" class="a">x & y</p>'));
    expect(normalized('<input checked="">')).toBe(normalized('<input checked>'));
    expect(normalized('<p class="a">x</p>')).not.toBe(normalized('<p class="b">x</p>'));
    expect(normalized('<option value="a" selected="">A</option>')).not.toBe(normalized('<option value="a">A</option>'));
  });
});
