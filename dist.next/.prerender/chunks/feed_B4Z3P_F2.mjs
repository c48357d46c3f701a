import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { r as collectionPath } from "./collections_BBCTYGuN.mjs";
import { s as hrefOf, v as practices } from "./content_DNH6Nqmv.mjs";
import { a as sectorLabels } from "./labels_CM5_YWZc.mjs";
import { t as xmlText } from "./xml_DAT5zc9W.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
// site/lib/rss.ts
/**
* An RSS 2.0 feed of new and changed praktijkvoorbeelden.
*
* An entry counts as changed when its `lastVerified` date moves: the item's `guid` is the page URL
* plus `#<lastVerified>`, so a feed reader shows a re-checked entry as a new item, while a rebuild
* without changes repeats the same guids. Items are sorted by that date, newest first.
* Own builder rather than `@astrojs/rss`: ~80 lines, no dependency, and the guid rule above is ours.
* @see https://www.rssboard.org/rss-specification
*/
/** `YYYY-MM-DD` in UTC. */
var isoDay = (date) => date.toISOString().slice(0, 10);
/** RFC 822 date as RSS wants it, e.g. `Sun, 22 Nov 2026 00:00:00 GMT`. */
function rfc822(date) {
	return date.toUTCString();
}
/** The guid of an item: its URL plus the day it was last checked, so a change reads as new. */
function feedGuid(item) {
	return `${item.link}#${isoDay(item.date)}`;
}
/** Items newest first; on the same day by title, so the order is stable between builds. */
function sortFeedItems(items) {
	return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, "nl"));
}
/** The RSS 2.0 document. `lastBuildDate` and `pubDate` are the newest item's date, so an unchanged site yields an identical feed. */
function buildRss(input) {
	const items = sortFeedItems(input.items).slice(0, input.limit ?? 50);
	const newest = items[0]?.date;
	return `${[
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
		"<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">",
		"<channel>",
		`<title>${xmlText(input.title)}</title>`,
		`<link>${xmlText(input.siteUrl)}</link>`,
		`<description>${xmlText(input.description)}</description>`,
		"<language>nl</language>",
		`<atom:link href="${xmlText(input.feedUrl)}" rel="self" type="application/rss+xml"/>`,
		...newest ? [`<pubDate>${rfc822(newest)}</pubDate>`, `<lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : [],
		...items.map((item) => [
			"<item>",
			`<title>${xmlText(item.title)}</title>`,
			`<link>${xmlText(item.link)}</link>`,
			`<guid isPermaLink="false">${xmlText(feedGuid(item))}</guid>`,
			`<pubDate>${rfc822(item.date)}</pubDate>`,
			`<description>${xmlText(item.description)}</description>`,
			...(item.categories ?? []).map((c) => `<category>${xmlText(c)}</category>`),
			"</item>"
		].join("")),
		"</channel>",
		"</rss>"
	].join("\n")}\n`;
}
/** The Content-Type of the feed. */
var rssContentType = "application/rss+xml; charset=utf-8";
// site/pages/feed.xml.ts
var feed_xml_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** RSS 2.0 feed of new and re-checked praktijkvoorbeelden, newest first. */
var GET = ({ site }) => {
	const origin = siteOrigin(site);
	const xml = buildRss({
		title: "Werkpad: nieuwe en bijgewerkte praktijkvoorbeelden",
		description: "Praktijkvoorbeelden die statushouders aan werk helpen, zodra ze op Werkpad komen of opnieuw met hun bronnen zijn vergeleken.",
		siteUrl: new URL(collectionPath("praktijkvoorbeelden"), origin).href,
		feedUrl: new URL("/feed.xml", origin).href,
		items: practices.map((p) => ({
			title: p.data.title,
			link: new URL(hrefOf("praktijkvoorbeelden", p.id), origin).href,
			description: p.data.summary,
			date: p.data.lastVerified,
			categories: sectorLabels(p.data.sectors)
		}))
	});
	return new Response(xml, { headers: { "content-type": rssContentType } });
};
// \0virtual:astro:page:site/pages/feed.xml@_@ts
var page = () => feed_xml_exports;
export { page };
