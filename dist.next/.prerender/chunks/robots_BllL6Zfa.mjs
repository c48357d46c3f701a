import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
// site/pages/robots.txt.ts
var robots_txt_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/**
* robots.txt with the absolute sitemap URL, which a file in public/ cannot know. Everything may
* be crawled; pages that should not be indexed say so themselves (`noindex`), and the API and
* form routes are no pages.
*/
var GET = ({ site }) => {
	const origin = siteOrigin(site);
	const body = [
		"User-agent: *",
		"Allow: /",
		"Disallow: /api/",
		"Disallow: /forms/",
		"",
		`Sitemap: ${new URL("/sitemap.xml", origin).href}`,
		""
	].join("\n");
	return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8" } });
};
// \0virtual:astro:page:site/pages/robots.txt@_@ts
var page = () => robots_txt_exports;
export { page };
