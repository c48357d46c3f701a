/**
 * The search page: Pagefind in the browser, filters by type, sector, region and action line,
 * and the state in the URL (`?q=…&sector=Zorg`) so a search can be shared and survives reload.
 * @see https://pagefind.app/docs/api/
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    o?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

import { FILTER_GROUPS, type SearchMessages } from './search-config.ts';

const MAX_RESULTS = 30;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** Reads the search state from the URL. */
export function readState(params: URLSearchParams) {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_GROUPS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** Wires up the search page; does nothing on other pages. */
export async function startSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('#q')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const filterBox = document.getElementById('search-filters')!;
  const messages = JSON.parse(form.dataset.messages ?? '{}') as SearchMessages;
  const legends = JSON.parse(form.dataset.legends ?? '{}') as Record<string, string>;
  const fill = (text: string, vars: Record<string, number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

  let pagefind: Pagefind;
  try {
    const path = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
  } catch {
    status.textContent = messages['searchPage.unavailable'];
    return;
  }

  const state = readState(new URLSearchParams(location.search));
  input.value = state.q;
  const available = await pagefind.filters();
  filterBox.replaceChildren(
    ...FILTER_GROUPS.filter((key) => Object.keys(available[key] ?? {}).length > 0).map((key) => {
      const options = Object.entries(available[key] ?? {}).sort(([a], [b]) => a.localeCompare(b, document.documentElement.lang));
      return el(
        'fieldset',
        {},
        el('legend', {}, legends[key] ?? key),
        ...options.map(([value, count], i) => {
          const id = `f-${key}-${i}`;
          const box = el('input', { type: 'checkbox', id, name: key, value, checked: state.filters[key]?.includes(value) ?? false });
          return el('div', { className: 'filter-option' }, box, el('label', { htmlFor: id }, `${value} (${count})`));
        }),
      );
    }),
  );

  let generation = 0;
  async function run(pushUrl: boolean): Promise<void> {
    const current = ++generation;
    const data = new FormData(form!);
    const params = new URLSearchParams();
    const q = String(data.get('q') ?? '').trim();
    if (q) params.set('q', q);
    const filters: Record<string, { any: string[] }> = {};
    for (const key of FILTER_GROUPS) {
      const values = data.getAll(key).map(String);
      values.forEach((v) => params.append(key, v));
      if (values.length > 0) filters[key] = { any: values };
    }
    if (pushUrl) history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = messages['searchPage.prompt'];
      return;
    }
    status.textContent = messages['searchPage.busy'];
    let search: Awaited<ReturnType<Pagefind['search']>>;
    let results: PagefindResultData[];
    try {
      search = await pagefind.search(q || null, { filters });
      if (current !== generation || !search) return;
      results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    } catch {
      // The index changed under us (a rebuild) or the network failed: say so rather than spin.
      if (current === generation) status.textContent = messages['searchPage.unavailable'];
      return;
    }
    if (current !== generation) return;
    list.replaceChildren(
      ...results.map((r) => {
        const excerpt = el('p', { className: 'utrecht-paragraph' });
        excerpt.innerHTML = r.excerpt; // Pagefind escapes the page text; only <mark> is added.
        return el(
          'li',
          { className: 'search-result' },
          el('h3', {}, el('a', { className: 'utrecht-link', href: r.url }, r.meta.title ?? r.url)),
          el('p', { className: 'meta-line' }, r.meta.type ?? ''),
          excerpt,
        );
      }),
    );
    const total = search.results.length;
    status.textContent =
      total === 0
        ? messages['searchPage.none']
        : fill(messages[total > MAX_RESULTS ? 'searchPage.count.more' : total === 1 ? 'searchPage.count.one' : 'searchPage.count.other'], { n: total, max: MAX_RESULTS });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run(true);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(true), 250);
  });
  await run(false);
}
