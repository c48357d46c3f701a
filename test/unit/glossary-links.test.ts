import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  glossaryForms,
  langOfFile,
  linkGlossaryTerms,
  readGlossaryTerms,
  rehypeGlossaryLinks,
  satteriGlossaryLinks,
  termIdOfFile,
  type GlossaryTerm,
} from '../../site/lib/glossary-links.ts';

const terms: GlossaryTerm[] = [
  { id: 'azc', term: 'Azc (asielzoekerscentrum)', synonyms: ['opvanglocatie'], definition: 'Een opvang voor asielzoekers.' },
  { id: 'startbaan', term: 'Startbaan', synonyms: ['startbanen'], definition: 'Een betaalde baan direct na vestiging.' },
  { id: 'taal-op-de-werkvloer', term: 'Taal op de werkvloer', synonyms: [], definition: 'De taal leren tijdens het werk.' },
  { id: 'werkvloer', term: 'Werkvloer', synonyms: [], definition: 'De plek waar het werk gebeurt.' },
  { id: 'regio', term: 'Arbeidsmarktregio', synonyms: ["arbeidsmarktregio's"], definition: 'Een van de 35 regio’s.' },
  { id: 'esf-plus', term: 'ESF+ (Europees Sociaal Fonds)', synonyms: ['ESF'], definition: 'Een Europees fonds.' },
];

// Hast fixtures: h(tag, children) and t(text).
const t = (value: string): ElementContent => ({ type: 'text', value });
const h = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const root = (...children: Element[]): Root => ({ type: 'root', children });

// Serialises just enough of hast to compare results.
function html(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'root') return node.children.map((c) => html(c as ElementContent)).join('');
  if (node.type !== 'element') return '';
  const props = Object.entries(node.properties)
    .map(([k, v]) => ` ${k === 'className' ? 'class' : k}="${Array.isArray(v) ? v.join(' ') : String(v)}"`)
    .join('');
  return `<${node.tagName}${props}>${node.children.map(html).join('')}</${node.tagName}>`;
}

const render = async (markdown: string, fileURL?: URL) =>
  (await markdownToHtml(markdown, { hastPlugins: [satteriGlossaryLinks({ terms })], features: { gfm: true, smartPunctuation: true }, fileURL })).html;

describe('glossaryForms', () => {
  it('takes the term, both parts of "X (Y)" and the synonyms, without duplicates', () => {
    expect(glossaryForms(terms[0]!)).toEqual(['Azc (asielzoekerscentrum)', 'opvanglocatie', 'Azc', 'asielzoekerscentrum']);
    expect(glossaryForms({ term: 'Startbaan', synonyms: ['startbaan', 'Startbanen', 'x'] })).toEqual(['Startbaan', 'Startbanen']);
  });
});

describe('linkGlossaryTerms on hast', () => {
  it('links the first use of each term only, case-insensitively, keeping the text as written', () => {
    const tree = root(h('p', [t('Een Startbaan is fijn. Meer startbanen en nog een startbaan.')]));
    expect(linkGlossaryTerms(tree, { terms })).toBe(1);
    expect(html(tree)).toBe(
      '<p>Een <a href="/begrippen/startbaan/" class="glossary-link" title="Een betaalde baan direct na vestiging.">Startbaan</a> is fijn. Meer startbanen en nog een startbaan.</p>',
    );
  });

  it('matches whole words only', () => {
    const tree = root(h('p', [t('Een startbaantje en de azcbewoners, maar ook het azc.')]));
    linkGlossaryTerms(tree, { terms, title: false });
    expect(html(tree)).toBe('<p>Een startbaantje en de azcbewoners, maar ook het <a href="/begrippen/azc/" class="glossary-link">azc</a>.</p>');
  });

  it('prefers the longest match and does not link a shorter term inside it later', () => {
    const tree = root(h('p', [t('Taal op de werkvloer helpt. Taal op de werkvloer opnieuw. Op de werkvloer zelf.')]));
    linkGlossaryTerms(tree, { terms, title: false });
    expect(html(tree)).toBe(
      '<p><a href="/begrippen/taal-op-de-werkvloer/" class="glossary-link">Taal op de werkvloer</a> helpt. Taal op de werkvloer opnieuw. Op de <a href="/begrippen/werkvloer/" class="glossary-link">werkvloer</a> zelf.</p>',
    );
  });

  it('leaves headings, links and code alone and links the first use outside them', () => {
    const tree = root(
      h('h2', [t('Over de startbaan')]),
      h('p', [h('a', [t('startbaan')], { href: '/x' }), t(' en '), h('code', [t('startbaan')]), t(' en '), h('strong', [t('startbaan')])]),
    );
    linkGlossaryTerms(tree, { terms, title: false });
    expect(html(tree)).toBe(
      '<h2>Over de startbaan</h2><p><a href="/x">startbaan</a> en <code>startbaan</code> en <strong><a href="/begrippen/startbaan/" class="glossary-link">startbaan</a></strong></p>',
    );
  });

  it('does not link a term on its own page', () => {
    const tree = root(h('p', [t('Een startbaan in een azc.')]));
    linkGlossaryTerms(tree, { terms, currentTermId: 'startbaan', title: false });
    expect(html(tree)).toBe('<p>Een startbaan in een <a href="/begrippen/azc/" class="glossary-link">azc</a>.</p>');
  });

  it('matches across line breaks, curly apostrophes and special characters, and uses the given href', () => {
    const tree = root(h('p', [t("Taal op de\nwerkvloer, twee arbeidsmarktregio’s en ESF+ geld.")]));
    linkGlossaryTerms(tree, { terms, title: false, href: (id) => `/en/begrippen/${id}/` });
    expect(html(tree)).toBe(
      '<p><a href="/en/begrippen/taal-op-de-werkvloer/" class="glossary-link">Taal op de\nwerkvloer</a>, twee <a href="/en/begrippen/regio/" class="glossary-link">arbeidsmarktregio’s</a> en <a href="/en/begrippen/esf-plus/" class="glossary-link">ESF+</a> geld.</p>',
    );
  });

  it('links several terms in one text node in order, and works as a rehype transformer', () => {
    const tree = root(h('li', [t('Vanuit de opvanglocatie naar een startbaan.')]));
    rehypeGlossaryLinks({ terms, title: false })(tree);
    expect(html(tree)).toBe(
      '<li>Vanuit de <a href="/begrippen/azc/" class="glossary-link">opvanglocatie</a> naar een <a href="/begrippen/startbaan/" class="glossary-link">startbaan</a>.</li>',
    );
  });

  it('changes nothing without terms', () => {
    const tree = root(h('p', [t('startbaan')]));
    expect(linkGlossaryTerms(tree, { terms: [] })).toBe(0);
    expect(html(tree)).toBe('<p>startbaan</p>');
  });
});

describe('satteriGlossaryLinks (Astro 7 markdown)', () => {
  it('links terms in rendered markdown, not in headings, links or code, with the definition as title', async () => {
    const out = await render('## Het azc\n\nIn het **azc** begint een [startbaan](/x). Een `startbaan` en een startbaan.\n\n- Ook het azc\n');
    expect(out).toBe(
      '<h2>Het azc</h2>\n<p>In het <strong><a href="/begrippen/azc/" class="glossary-link" title="Een opvang voor asielzoekers.">azc</a></strong> begint een <a href="/x">startbaan</a>. Een <code>startbaan</code> en een <a href="/begrippen/startbaan/" class="glossary-link" title="Een betaalde baan direct na vestiging.">startbaan</a>.</p>\n<ul>\n<li>Ook het azc</li>\n</ul>\n',
    );
  });

  it("knows a begrip's own file and does not link it there", async () => {
    const file = pathToFileURL(path.join(process.cwd(), 'content/begrippen/startbaan.md'));
    expect(termIdOfFile(file)).toBe('startbaan');
    expect(termIdOfFile(pathToFileURL('/x/vertalingen/begrippen/startbaan.en.md'))).toBe('startbaan');
    expect(termIdOfFile(pathToFileURL('/x/praktijkvoorbeelden/startbaan.md'))).toBeUndefined();
    expect(await render('Een startbaan.', file)).toBe('<p>Een startbaan.</p>\n');
  });

  it("passes a translation's language to href", async () => {
    const out = await markdownToHtml('A startbaan.', {
      hastPlugins: [satteriGlossaryLinks({ terms, title: false, href: (id, lang) => `${lang ? `/${lang}` : ''}/begrippen/${id}/` })],
      fileURL: pathToFileURL('/x/vertalingen/lessen/startbanen.en.md'),
    });
    expect(out.html).toBe('<p>A <a href="/en/begrippen/startbaan/" class="glossary-link">startbaan</a>.</p>\n');
    expect(langOfFile(pathToFileURL('/x/lessen/startbanen.md'))).toBeUndefined();
  });
});

describe('readGlossaryTerms', () => {
  it('reads and validates begrippen front matter with the given YAML parser', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'werkpad-begrippen-'));
    try {
      writeFileSync(path.join(dir, 'startbaan.md'), '---\nterm: Startbaan\n---\nTekst.\n');
      writeFileSync(path.join(dir, 'notities.txt'), 'geen begrip');
      const parse = () => ({
        term: 'Startbaan',
        synonyms: ['startbanen'],
        definition: 'Een betaalde baan direct na vestiging.',
        sources: [{ id: 'plan-van-aanpak', title: 'Plan van aanpak', publisher: 'Ministerie van SZW', seed: '004_e6fd3a2a5221d3ae.txt' }],
        lastVerified: '2026-11-22',
      });
      expect(readGlossaryTerms(dir, parse)).toEqual([
        { id: 'startbaan', term: 'Startbaan', synonyms: ['startbanen'], definition: 'Een betaalde baan direct na vestiging.' },
      ]);
      expect(() => readGlossaryTerms(dir, () => ({ term: 'S' }))).toThrow(/startbaan\.md klopt niet/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
