import type { APIRoute } from 'astro';
import { collectionPath } from '../lib/collections.ts';
import { hrefOf, practices } from '../lib/content.ts';
import { sectorLabels } from '../lib/labels.ts';
import { buildRss, rssContentType } from '../lib/rss.ts';
import { siteOrigin } from '../lib/site-url.ts';

/** RSS 2.0 feed of new and re-checked praktijkvoorbeelden, newest first. */
export const GET: APIRoute = ({ site }) => {
  const origin = siteOrigin(site);
  const xml = buildRss({
    title: 'Werkpad: nieuwe en bijgewerkte praktijkvoorbeelden',
    description: 'Praktijkvoorbeelden die statushouders aan werk helpen, zodra ze op Werkpad komen of opnieuw met hun bronnen zijn vergeleken.',
    siteUrl: new URL(collectionPath('praktijkvoorbeelden'), origin).href,
    feedUrl: new URL('/feed.xml', origin).href,
    items: practices.map((p) => ({
      title: p.data.title,
      link: new URL(hrefOf('praktijkvoorbeelden', p.id), origin).href,
      description: p.data.summary,
      date: p.data.lastVerified,
      categories: sectorLabels(p.data.sectors),
    })),
  });
  return new Response(xml, { headers: { 'content-type': rssContentType } });
};
