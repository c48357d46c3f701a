import type { APIRoute } from 'astro';
import { employerColumns } from '../../lib/employer-open-data.ts';
import { exportContentTypes, toJson } from '../../lib/open-data.ts';
import { publishedEmployers } from '../../lib/published-employers.ts';
import { siteOrigin } from '../../lib/site-url.ts';

/** The register of employers as JSON (company data only); columns documented at /data/kolommen.json. */
export const GET: APIRoute = async ({ site }) =>
  new Response(toJson('werkgevers', employerColumns, await publishedEmployers(), { origin: siteOrigin(site), today: new Date() }), {
    headers: { 'content-type': exportContentTypes.json },
  });
