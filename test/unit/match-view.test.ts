import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { dutchErrorMap } from '../../functions/contracts/dutch-errors.ts';
import { formToProfile, profileSchema, type MatchResponse } from '../../functions/contracts/match.ts';
import { messageIn } from '../../functions/contracts/messages.ts';
import MatchView, { formAction, messageFor } from '../../ui/match-form.ts';
import { matchWords } from '../../ui/match-text.ts';

const result: MatchResponse = {
  employers: [{ id: 'e1', name: 'Fictief Zorgcentrum', score: 87, url: '/werkgevers/e1/', reasons: [{ type: 'match', text: 'Sector: Zorg.' }, { type: 'gap', text: 'Vraagt minstens mbo 2.' }] }],
  practices: [],
  schemes: [],
  unknownSkills: ['xylofoon'],
  reasonsLanguage: { lang: 'nl', reviewed: true },
};
const render = (props: Parameters<typeof MatchView>[0]) => renderToStaticMarkup(createElement(MatchView, props));

/** Every Dutch message a person can provoke through the form (its fields, free text in the skills box). */
function formMessages(): string[] {
  const posts: [string, string][][] = [
    [],
    [['region', 'landelijk'], ['languageLevel', 'Z9'], ['educationLevel', 'promotie']],
    [['region', 'twente'], ['languageLevel', 'A1'], ['skills', Array.from({ length: 51 }, (_, i) => `w${i}`).join(',')]],
    [['region', 'twente'], ['languageLevel', 'A1'], ['skills', `${'x'.repeat(61)}, <b>koken</b>, koken\u0007`]],
  ];
  return posts.flatMap((pairs) => profileSchema.safeParse(formToProfile(pairs), { error: dutchErrorMap }).error?.issues.map((i) => i.message) ?? []);
}

describe('the Werk zoeken view', () => {
  it('posts the profile in the body, never in the address', () => {
    const html = render({ lang: 'ar' });
    const form = /<form\b[^>]*>/.exec(html)?.[0] ?? '';
    expect(form).toContain('method="post"');
    expect(form).toContain(`action="${formAction('ar')}"`);
    expect(formAction('nl')).toBe('/forms/werk-zoeken#resultaten');
    expect(formAction('ar')).toBe('/forms/werk-zoeken?lang=ar#resultaten');
  });

  it('shows each result with its score, its reasons marked as fitting or missing, and a link; and the words it did not know', () => {
    const html = render({ lang: 'nl', result });
    expect(html).toContain('<a class="utrecht-link" href="/werkgevers/e1/">Fictief Zorgcentrum</a>');
    expect(html).toContain('Past voor 87 van de 100');
    expect(html).toContain('<span class="match-reason__type">Past: </span>Sector: Zorg.');
    expect(html).toContain('<span class="match-reason__type">Ontbreekt: </span>Vraagt minstens mbo 2.');
    expect(html).toContain('Deze woorden kennen we niet: xylofoon.');
    expect(html).toContain('Geen praktijkvoorbeelden gevonden.');
  });

  it('keeps the posted values and shows the messages at their fields', () => {
    const html = render({ lang: 'nl', values: [['region', 'twente'], ['sectors', 'zorg'], ['skills', 'koken']], errors: { skills: 'noem hooguit 50 vaardigheden' } });
    expect(html).toMatch(/<option value="twente" selected="">Twente<\/option>/);
    expect(html).toMatch(/<input[^>]*id="m-sectors-zorg"[^>]*checked=""/);
    expect(html).not.toMatch(/<input[^>]*id="m-sectors-bouw"[^>]*checked=""/);
    expect(html).toContain('id="m-skills-error">Noem hooguit 50 vaardigheden</p>');
    expect(html).toContain('<a class="utrecht-link" href="#m-skills">Noem hooguit 50 vaardigheden</a>');
  });

  it('has every word in every language, and every message the form can provoke in Arabic, Ukrainian and Tigrinya', () => {
    const keys = Object.keys(matchWords.nl).sort();
    for (const words of Object.values(matchWords)) expect(Object.keys(words).sort()).toEqual(keys);
    const messages = [...new Set(formMessages())];
    expect(messages.length).toBeGreaterThanOrEqual(6);
    for (const message of messages) {
      expect(messageIn('en', message), message).not.toBe(message);
      for (const lang of ['ar', 'uk', 'ti'] as const) expect(messageFor(lang, message), `${lang}: ${message}`).not.toBe(message);
    }
  });
});
