import { n as audiences } from "./content_D48CP33x.mjs";
import { i as finderPath, o as finderSteps, r as finderApplicants } from "./funding-finder_-zDxvNKF.mjs";
import { n as collectionNames, r as collectionPath } from "./collections_BBCTYGuN.mjs";
import { t as xmlText } from "./xml_DAT5zc9W.mjs";
// site/lib/sitemap.ts
/**
* The XML sitemap: every indexable page, with `lastmod` from the content and, for pages that
* exist in more languages, `xhtml:link` hreflang alternates.
*
* Built from the content lists and a fixed list of pages rather than by `@astrojs/sitemap`: what
* is indexed is decided here, explicitly (noindex pages such as /zoeken/ and the 404 simply are
* not listed), `lastmod` comes from `lastVerified`, and no change to astro.config.mjs is needed.
* `@astrojs/sitemap` would list every built page unless filtered, and its i18n option assumes the
* same pages in every language, which is not true for Werkpad (ar/uk/ti carry only some pages).
* @see https://www.sitemaps.org/protocol.html
* @see https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap
*/
var newest = (dates) => dates.length === 0 ? void 0 : new Date(Math.max(...dates.map((d) => d.getTime())));
/** The path of the page that lists the knelpunten one audience feels. */
function bottlenecksForPath(audience) {
	return `${collectionPath("knelpunten")}voor/${audience}/`;
}
/**
* Every indexable Dutch page of Werkpad: home, the five lists and their detail pages, the
* figures page, the funding finder with its step pages, the knelpunten per audience (for the
* audiences that feel at least one), plus `extra` pages the caller adds (e.g. privacy).
* Left out on purpose: /zoeken/ (noindex), the 404 page and the data exports (not HTML).
*/
function werkpadSitemapEntries(content, extra = []) {
	const all = collectionNames.flatMap((c) => content[c].map((e) => e.data.lastVerified));
	const entries = [{
		path: "/",
		lastmod: newest(all)
	}];
	for (const collection of collectionNames) {
		const list = content[collection];
		entries.push({
			path: collectionPath(collection),
			lastmod: newest(list.map((e) => e.data.lastVerified))
		});
		for (const e of list) entries.push({
			path: `${collectionPath(collection)}${e.id}/`,
			lastmod: e.data.lastVerified
		});
	}
	for (const audience of audiences) {
		const felt = content.knelpunten.filter((b) => b.data.feltBy.includes(audience));
		if (felt.length > 0) entries.push({
			path: bottlenecksForPath(audience),
			lastmod: newest(felt.map((b) => b.data.lastVerified))
		});
	}
	const schemesChanged = newest(content.regelingen.map((s) => s.data.lastVerified));
	entries.push({
		path: "/in-cijfers/",
		lastmod: newest(all)
	});
	entries.push({
		path: finderPath(),
		lastmod: schemesChanged
	});
	for (const applicant of finderApplicants) entries.push({
		path: finderPath(applicant),
		lastmod: schemesChanged
	});
	for (const step of finderSteps) entries.push({
		path: finderPath(step.applicant, step.purpose),
		lastmod: schemesChanged
	});
	return [...entries, ...extra];
}
/**
* Gives each entry its versions in `langs` (the first is the default language, which also
* becomes `x-default`): one entry per language, each listing all versions as alternates.
* `localize` turns a path into its language version, e.g. `localizePath` from site/i18n.
*/
function withAlternates(entries, langs, localize) {
	return entries.flatMap((entry) => {
		const alternates = langs.map((lang) => ({
			lang,
			path: localize(lang, entry.path)
		}));
		return alternates.map((a) => ({
			path: a.path,
			lastmod: entry.lastmod,
			alternates
		}));
	});
}
var day = (date) => date.toISOString().slice(0, 10);
/** The sitemap XML for `entries`, with absolute URLs from `origin`; each path listed once. */
function buildSitemap(entries, origin) {
	const seen = /* @__PURE__ */ new Set();
	const urls = [];
	const hasAlternates = entries.some((e) => (e.alternates?.length ?? 0) > 0);
	for (const entry of entries) {
		const loc = new URL(entry.path, origin).href;
		if (seen.has(loc)) continue;
		seen.add(loc);
		const alternates = entry.alternates ?? [];
		const links = alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${xmlText(a.lang)}" href="${xmlText(new URL(a.path, origin).href)}"/>`);
		if (alternates[0]) links.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${xmlText(new URL(alternates[0].path, origin).href)}"/>`);
		urls.push(`<url><loc>${xmlText(loc)}</loc>${entry.lastmod ? `<lastmod>${day(entry.lastmod)}</lastmod>` : ""}${links.join("")}</url>`);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${`xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${hasAlternates ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"" : ""}`}>\n${urls.join("\n")}\n</urlset>\n`;
}
export { withAlternates as i, buildSitemap as n, werkpadSitemapEntries as r, bottlenecksForPath as t };
