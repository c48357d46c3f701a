// site/lib/site-url.ts
/**
* The site's public origin for absolute URLs in exports, feeds, sitemaps and JSON-LD. It comes
* from Astro's `site` (set from `PUBLIC_BASE_URL` in astro.config.mjs); a build without it fails
* rather than publishing relative or wrong links.
*/
function siteOrigin(site) {
	if (!site) throw new Error("Astro \"site\" ontbreekt: zet PUBLIC_BASE_URL of site in astro.config.mjs voor absolute URLs.");
	return new URL("/", site);
}
export { siteOrigin as t };
