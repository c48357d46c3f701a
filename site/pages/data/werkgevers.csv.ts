import type { APIRoute } from 'astro';
import { employerColumns } from '../../lib/employer-open-data.ts';
import { exportContentTypes, toCsv } from '../../lib/open-data.ts';
import { publishedEmployers } from '../../lib/published-employers.ts';
import { siteOrigin } from '../../lib/site-url.ts';

/** The register of employers as CSV (RFC 4180, UTF-8 with BOM; company data only); columns documented at /data/kolommen.json. */
export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(employerColumns, await publishedEmployers(), { origin: siteOrigin(site), today: new Date() }), {
    headers: { 'content-type': exportContentTypes.csv },
  });
