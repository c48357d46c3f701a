import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classIsUsed, classTokens, MARKUP_ROOTS, NON_MARKUP, pruneCss, requiredClasses, scanUsedClasses, splitSelectors } from '../../site/integrations/lean-css.ts';

const used = (names: string[], prefixes: string[] = []) => ({ names: new Set(names), prefixes });

describe('lean NL Design System CSS', () => {
  it('finds class names in markup and code, and prefixes of classes put together at run time', () => {
    const found = classTokens(
      '<p class="utrecht-paragraph">…</p> className={`utrecht-alert utrecht-alert--${kind}`} url: https://x.nl/hartje-utrecht-centrum',
    );
    expect([...found.names].sort()).toEqual(['utrecht-alert', 'utrecht-paragraph']);
    expect(found.prefixes).toEqual(['utrecht-alert--']);
  });

  it('requires only the classes outside :not(), :is() and attribute selectors', () => {
    expect(requiredClasses('.utrecht-button:not(.utrecht-button--disabled):hover')).toEqual(['utrecht-button']);
    expect(requiredClasses('.utrecht-table--html-table > thead > tr > th[class~=".utrecht-x"]')).toEqual(['utrecht-table--html-table']);
    expect(splitSelectors('.a:is(.b, .c), .d')).toEqual(['.a:is(.b, .c)', '.d']);
    expect(classIsUsed('utrecht-alert--warning', used([], ['utrecht-alert--']))).toBe(true);
    expect(classIsUsed('utrecht-accordion', used(['utrecht-alert']))).toBe(false);
    expect(classIsUsed('werkpad-theme', used([]))).toBe(true);
  });

  it('keeps the rules that can match, in their order, inside their media queries, and drops the rest', () => {
    const css = `/** @license EUPL-1.2 */
@charset "UTF-8";
.utrecht-accordion { display: grid; }
.utrecht-button { color: red; }
.utrecht-button:not(.utrecht-button--disabled):hover { color: blue; }
.utrecht-button--disabled, .utrecht-button--busy { cursor: wait; }
@media (min-width: 40em) {
  .utrecht-accordion__section { padding: 0; }
  .utrecht-button { content: "{"; }
}
@media print { .utrecht-accordion { display: block; } }
@keyframes utrecht-fade { from { opacity: 0; } to { opacity: 1; } }`;
    const lean = pruneCss(css, used(['utrecht-button', 'utrecht-button--busy']));
    expect(lean).not.toContain('accordion {');
    expect(lean).not.toContain('accordion__section');
    expect(lean).not.toContain('@media print');
    expect(lean).not.toContain('.utrecht-button--disabled,');
    expect(lean).toContain('@license EUPL-1.2');
    const order = ['.utrecht-button { color: red; }', ':not(.utrecht-button--disabled):hover', '.utrecht-button--busy {', '@media (min-width: 40em)', 'content: "{"', '@keyframes'];
    const positions = order.map((part) => lean.indexOf(part));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('scans every folder whose code puts utrecht-* classes into markup', () => {
    // Markup outside the roots would lose the library's styles for the classes only it uses.
    const outside: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!['node_modules', 'test', 'cdk.out'].includes(entry.name) && !entry.name.startsWith('.') && !entry.name.startsWith('dist')) walk(full);
        } else if (
          /\.(astro|tsx?|m?js)$/.test(entry.name) &&
          !MARKUP_ROOTS.some((root) => full.startsWith(`${root}/`)) &&
          classTokens(readFileSync(full, 'utf8')).names.size > 0
        ) outside.push(full);
      }
    };
    walk('.');
    expect(outside.map((f) => f.replace(/^\.\//, ''))).toEqual([]);
  });

  it('shrinks the real library to a fraction for the classes the site uses', () => {
    const library = readFileSync('node_modules/@utrecht/component-library-css/dist/index.css', 'utf8');
    const site = scanUsedClasses(MARKUP_ROOTS, NON_MARKUP);
    expect(site.names.has('utrecht-button')).toBe(true);
    expect(site.prefixes).not.toContain('utrecht-');
    const lean = pruneCss(library, site);
    expect(lean.length).toBeLessThan(library.length / 3);
    // Every class the site uses that the library styles is still styled.
    const styled = new Set([...library.matchAll(/\.(utrecht-[\w-]+)/g)].map((m) => m[1]!));
    for (const name of site.names) if (styled.has(name)) expect(lean, name).toContain(`.${name}`);
  });
});
