import { describe, expect, it } from 'vitest';
import { buildRss, feedGuid, rfc822, sortFeedItems } from '../../site/lib/rss.ts';
import { xmlProblems } from './support/xml-well-formed.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const items = [
  { title: 'Oud', link: 'https://werkpad.example/praktijkvoorbeelden/oud/', description: 'Ouder item.', date: d('2025-01-10') },
  { title: 'B & <C>', link: 'https://werkpad.example/praktijkvoorbeelden/b/?x=1&y=2', description: 'Tekst met "quotes" & <tags>\u0007.', date: d('2026-11-22'), categories: ['Zorg & welzijn'] },
  { title: 'A nieuw', link: 'https://werkpad.example/praktijkvoorbeelden/a/', description: 'Nieuw item.', date: d('2026-11-22') },
];
const feed = buildRss({
  title: 'Werkpad',
  description: 'Nieuwe en bijgewerkte praktijkvoorbeelden',
  siteUrl: 'https://werkpad.example/praktijkvoorbeelden/',
  feedUrl: 'https://werkpad.example/feed.xml',
  items,
});

describe('RSS feed', () => {
  it('is well-formed RSS 2.0 with a self link, in Dutch', () => {
    expect(xmlProblems(feed)).toEqual([]);
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0" xmlns:atom="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(feed).toContain('<atom:link href="https://werkpad.example/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(feed).toContain('<language>nl</language>');
  });

  it('lists items newest first, same day by title', () => {
    expect(sortFeedItems(items).map((i) => i.title)).toEqual(['A nieuw', 'B & <C>', 'Oud']);
    const titles = [...feed.matchAll(/<item><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(['A nieuw', 'B &amp; &lt;C&gt;', 'Oud']);
  });

  it('escapes text and drops characters XML cannot hold', () => {
    expect(feed).toContain('<description>Tekst met &quot;quotes&quot; &amp; &lt;tags&gt;.</description>');
    expect(feed).toContain('<link>https://werkpad.example/praktijkvoorbeelden/b/?x=1&amp;y=2</link>');
    expect(feed).toContain('<category>Zorg &amp; welzijn</category>');
    expect(feed).not.toContain('\u0007');
  });

  it('makes a re-checked entry a new item: the guid carries the lastVerified day', () => {
    const link = 'https://werkpad.example/praktijkvoorbeelden/a/';
    expect(feedGuid({ link, date: d('2026-11-22') })).toBe(`${link}#2026-11-22`);
    expect(feedGuid({ link, date: d('2027-01-05') })).not.toBe(feedGuid({ link, date: d('2026-11-22') }));
    expect(feed).toContain(`<guid isPermaLink="false">${link}#2026-11-22</guid>`);
  });

  it('dates items in RFC 822 and gives the same feed for the same content', () => {
    expect(rfc822(d('2026-11-22'))).toBe('Sun, 22 Nov 2026 00:00:00 GMT');
    expect(feed).toContain('<lastBuildDate>Sun, 22 Nov 2026 00:00:00 GMT</lastBuildDate>');
    expect(buildRss({ title: 'Werkpad', description: 'Nieuwe en bijgewerkte praktijkvoorbeelden', siteUrl: 'https://werkpad.example/praktijkvoorbeelden/', feedUrl: 'https://werkpad.example/feed.xml', items: [...items].reverse() })).toBe(feed);
  });

  it('keeps at most the limit of items', () => {
    const limited = buildRss({ title: 't', description: 'd', siteUrl: 'https://w.example/', feedUrl: 'https://w.example/feed.xml', items, limit: 1 });
    expect(limited.match(/<item>/g)).toHaveLength(1);
  });
});
