import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as lessons, g as pages, h as pageLangs, m as pageIn, n as buildDate, t as bottlenecks, v as practices, x as terms, y as schemes } from "./content_DNH6Nqmv.mjs";
import { i as facetPath, o as practiceFacets, r as facetPages, s as schemeFacets } from "./facets_jluXo2k0.mjs";
import { i as withAlternates, n as buildSitemap, r as werkpadSitemapEntries } from "./sitemap_BJ4hgfzd.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
import { i as employerFacets, r as employerEntries } from "./employer-register_CA_BHyKm.mjs";
import { t as publishedEmployers } from "./published-employers_C2v0IgyE.mjs";
import { a as fullSiteLangs, c as localizePath, i as allLangs } from "./collections_BBCTYGuN.mjs";
// site/pages/sitemap.xml.ts
var sitemap_xml_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var newest = (dates) => dates.length === 0 ? void 0 : new Date(Math.max(...dates.map((d) => d.getTime())));
/**
* The sitemap of every indexable page with its language versions: the knowledge base (nl and
* en), the home page (every language), the facet pages, the open-data page and the fixed pages
* in the languages they are written in, and the register of employers (its list, filter and
* employer pages, dated by the last confirmation), and the tools (Werk zoeken, the registration
* forms, the quickscan's start). noindex pages (/zoeken/, 404) are left out.
*/
var GET = async ({ site }) => {
	const ctx = { today: buildDate };
	const facets = [...facetPages(practiceFacets, practices, ctx).map(({ key, value }) => ({
		path: facetPath("praktijkvoorbeelden", key, value),
		lastmod: newest(practices.map((p) => p.data.lastVerified))
	})), ...facetPages(schemeFacets, schemes, ctx).map(({ key, value }) => ({
		path: facetPath("regelingen", key, value),
		lastmod: newest(schemes.map((s) => s.data.lastVerified))
	}))];
	const openData = {
		path: "/open-data/",
		lastmod: newest([...practices, ...schemes].map((e) => e.data.lastVerified))
	};
	const employers = employerEntries(await publishedEmployers());
	const registerChanged = newest(employers.map((e) => new Date(e.data.confirmedAt)));
	const register = [
		{
			path: "/werkgevers/",
			lastmod: registerChanged
		},
		...employers.map((e) => ({
			path: `/werkgevers/${e.id}/`,
			lastmod: new Date(e.data.confirmedAt)
		})),
		...facetPages(employerFacets, employers, ctx).map(({ key, value }) => ({
			path: facetPath("werkgevers", key, value),
			lastmod: registerChanged
		}))
	];
	const knowledgeBase = werkpadSitemapEntries({
		praktijkvoorbeelden: practices,
		regelingen: schemes,
		lessen: lessons,
		knelpunten: bottlenecks,
		begrippen: terms
	}, [
		...facets,
		openData,
		...register
	]);
	const home = knowledgeBase.filter((e) => e.path === "/");
	const fixed = [...new Set(pages.map((p) => p.id.split("/")[1]))].filter((slug) => slug !== "start").flatMap((slug) => {
		const langs = pageLangs(slug);
		const ordered = langs.includes("nl") ? ["nl", ...langs.filter((l) => l !== "nl")] : langs;
		return withAlternates([{
			path: `/${slug}/`,
			lastmod: pageIn(ordered[0], slug)?.data.lastVerified
		}], ordered, localizePath);
	});
	const tools = [
		...withAlternates([{ path: "/werk-zoeken/" }], allLangs, localizePath),
		...withAlternates([{ path: "/werkgever-aanmelden/" }, { path: "/initiatief-aanmelden/" }], fullSiteLangs, localizePath),
		{ path: "/quickscan/" }
	];
	const entries = [
		...withAlternates(home, allLangs, localizePath),
		...withAlternates(knowledgeBase.filter((e) => e.path !== "/"), fullSiteLangs, localizePath),
		...fixed,
		...tools
	];
	return new Response(buildSitemap(entries, siteOrigin(site)), { headers: { "content-type": "application/xml; charset=utf-8" } });
};
// \0virtual:astro:page:site/pages/sitemap.xml@_@ts
var page = () => sitemap_xml_exports;
export { page };
