import type { APIRoute } from 'astro';
import { buildDate, practices } from '../../lib/content.ts';
import { exportContentTypes, practiceColumns, toCsv } from '../../lib/open-data.ts';
import { siteOrigin } from '../../lib/site-url.ts';

/** Every praktijkvoorbeeld as CSV (RFC 4180, UTF-8 with BOM); columns documented at /data/kolommen.json. */
export const GET: APIRoute = ({ site }) =>
  new Response(toCsv(practiceColumns, practices, { origin: siteOrigin(site), today: buildDate }), {
    headers: { 'content-type': exportContentTypes.csv },
  });
