import type { APIRoute } from 'astro';
import { columnDocumentation, exportContentTypes } from '../../lib/open-data.ts';

/** The documented columns of the open-data exports. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(columnDocumentation(), null, 2)}\n`, {
    headers: { 'content-type': exportContentTypes.json },
  });
