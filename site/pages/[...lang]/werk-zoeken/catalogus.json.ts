import type { APIRoute } from 'astro';
import { buildMatchCatalog } from '../../../../functions/domain/match-catalog.ts';
import { practices, schemes, translations } from '../../../lib/content.ts';

/** Once, at `/werk-zoeken/catalogus.json`: matching reads practices and schemes from here at run time. */
export const getStaticPaths = () => [{ params: { lang: undefined } }];

/** What matching needs of every practice (published submissions included) and scheme, built with the site. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildMatchCatalog(practices, schemes, translations)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
