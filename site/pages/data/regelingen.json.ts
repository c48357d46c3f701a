import type { APIRoute } from 'astro';
import { buildDate, schemes } from '../../lib/content.ts';
import { exportContentTypes, schemeColumns, schemeExportEntries, toJson } from '../../lib/open-data.ts';
import { siteOrigin } from '../../lib/site-url.ts';

/** Every regeling as JSON, with its status on the build day; columns documented at /data/kolommen.json. */
export const GET: APIRoute = ({ site }) =>
  new Response(toJson('regelingen', schemeColumns, schemeExportEntries(schemes), { origin: siteOrigin(site), today: buildDate }), {
    headers: { 'content-type': exportContentTypes.json },
  });
