import type { APIRoute } from 'astro';
import { buildDate, practices } from '../../lib/content.ts';
import { exportContentTypes, practiceColumns, toJson } from '../../lib/open-data.ts';
import { siteOrigin } from '../../lib/site-url.ts';

/** Every praktijkvoorbeeld as JSON; columns documented at /data/kolommen.json. */
export const GET: APIRoute = ({ site }) =>
  new Response(toJson('praktijkvoorbeelden', practiceColumns, practices, { origin: siteOrigin(site), today: buildDate }), {
    headers: { 'content-type': exportContentTypes.json },
  });
