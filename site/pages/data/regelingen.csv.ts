import type { APIRoute } from 'astro';
import { buildDate, schemes } from '../../lib/content.ts';
import { exportContentTypes, schemeColumns, schemeExportEntries, toCsv } from '../../lib/open-data.ts';
import { siteOrigin } from '../../lib/site-url.ts';

/** Every regeling as CSV (RFC 4180, UTF-8 with BOM), with its status on the build day. */
export const GET: APIRoute = ({ site }) =>
  new Response(toCsv(schemeColumns, schemeExportEntries(schemes), { origin: siteOrigin(site), today: buildDate }), {
    headers: { 'content-type': exportContentTypes.csv },
  });
