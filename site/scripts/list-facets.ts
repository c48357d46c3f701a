/**
 * Combined facets on a list page. Without JavaScript the page offers one link per facet value
 * (each a pre-built page); this script swaps those links for checkboxes, filters the cards that
 * are already on the page, keeps the choice in the URL query (`?sector=zorg&regio=midden-utrecht`)
 * so the view can be shared, restores it on load and announces the count in a live region.
 */
import { facetQueryString, matchesFacets, parseFacetQuery, type FacetSelection } from '../lib/facet-filter.ts';

type Messages = { count: string; all: string };

const fill = (text: string, vars: Record<string, number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** Wires up the filter form of a list page; does nothing on pages without one. */
export function startListFacets(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-facet-form]');
  if (!form) return;
  const links = document.querySelector<HTMLElement>('[data-facet-links]');
  const status = document.querySelector<HTMLElement>('[data-facet-count]');
  const empty = document.querySelector<HTMLElement>('[data-facet-empty]');
  const items = [...document.querySelectorAll<HTMLElement>('[data-facet-list] > [data-facets]')];
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;
  const keys = [...new Set(boxes.map((b) => b.name))];
  const known: Record<string, string[]> = {};
  for (const b of boxes) (known[b.name] ??= []).push(b.value);

  const selection = (): FacetSelection => {
    const chosen: Record<string, string[]> = {};
    for (const b of boxes) if (b.checked) (chosen[b.name] ??= []).push(b.value);
    return chosen;
  };

  const apply = () => {
    const chosen = selection();
    let shown = 0;
    for (const item of items) {
      const facets = JSON.parse(item.dataset.facets ?? '{}') as FacetSelection;
      const keep = matchesFacets(facets, chosen);
      item.hidden = !keep;
      if (keep) shown += 1;
    }
    if (status) {
      status.textContent = Object.keys(chosen).length === 0 ? fill(messages.all, { n: items.length }) : fill(messages.count, { n: shown, total: items.length });
    }
    if (empty) empty.hidden = shown > 0;
    return chosen;
  };

  const remember = (chosen: FacetSelection) => {
    const url = `${location.pathname}${facetQueryString(chosen, keys)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  };

  const restored = parseFacetQuery(new URLSearchParams(location.search), keys, known);
  for (const b of boxes) b.checked = restored[b.name]?.includes(b.value) ?? false;
  if (links) links.hidden = true;
  form.hidden = false;
  apply();

  form.addEventListener('change', () => remember(apply()));
  form.querySelector<HTMLButtonElement>('[data-facet-clear]')?.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    remember(apply());
    boxes[0]?.focus();
  });
}
