import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$PageLayout } from "./PageLayout_BCrJtEQt.mjs";
import { t as $$EntryCard } from "./EntryCard_Be-rMHtV.mjs";
import { n as actionLines } from "./taxonomy_fc_Y_2Gn.mjs";
import { c as lessons, r as cardOf, t as bottlenecks, v as practices, x as terms, y as schemes } from "./content_DNH6Nqmv.mjs";
import { a as fullSiteLangs, c as localizePath, i as allLangs, o as langPaths, r as collectionPath, t as collectionKeys, u as createComponent } from "./collections_BBCTYGuN.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
// site/pages/[...lang]/index.astro
var ____lang__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => langPaths(allLangs);
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang } = Astro.props;
	const fullSite = fullSiteLangs.includes(lang);
	const tr = useTranslations(fullSite ? lang : "nl");
	const to = (path) => localizePath(lang, path);
	const counts = [
		["praktijkvoorbeelden", practices],
		["regelingen", schemes],
		["lessen", lessons],
		["knelpunten", bottlenecks],
		["begrippen", terms]
	].map(([name, list]) => ({
		href: to(collectionPath(name)),
		n: list.length,
		label: tr(collectionKeys(name).plural).toLowerCase()
	}));
	const entryPoints = [
		{
			id: "gemeente",
			links: [
				[
					"/quickscan/",
					"home.gemeente.quickscan",
					"nl"
				],
				["/praktijkvoorbeelden/", "home.gemeente.practices"],
				["/financieringswijzer/gemeente/", "home.gemeente.finder"],
				["/regelingen/", "home.gemeente.schemes"],
				["/lessen/", "home.gemeente.lessons"],
				["/knelpunten/voor/gemeente/", "home.gemeente.guide"]
			]
		},
		{
			id: "initiatief",
			links: [["/knelpunten/", "home.initiatief.bottlenecks"], ["/praktijkvoorbeelden/", "home.initiatief.practices"]]
		},
		{
			id: "werkgever",
			links: [
				["/financieringswijzer/werkgever/", "home.werkgever.finder"],
				["/regelingen/", "home.werkgever.schemes"],
				["/knelpunten/voor/werkgever/", "home.werkgever.guide"],
				["/begrippen/", "home.werkgever.terms"]
			]
		},
		{
			id: "statushouder",
			links: [["/werken-in-nederland/", "home.statushouder.work"]]
		}
	];
	const highlighted = practices.slice(0, 3).map(cardOf("praktijkvoorbeelden", lang));
	const lineLang = lang === "en" ? "en" : "nl";
	return renderTemplate`${fullSite ? renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": tr("site.name"),
		"description": tr("home.description"),
		"lang": lang,
		"path": "/",
		"langs": allLangs
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${tr("home.title")}</h1> <p class="lead">${tr("home.lead")}</p> <ul class="tags"${addAttribute(tr("home.contents"), "aria-label")}> ${counts.map((c) => renderTemplate`<li><a class="tag"${addAttribute(c.href, "href")}>${c.n} ${c.label}</a></li>`)} </ul> <h2 class="utrecht-heading-2">${tr("home.start")}</h2> <ul class="entry-points"> ${entryPoints.map((e) => renderTemplate`<li> <section class="card"${addAttribute(`ep-${e.id}`, "aria-labelledby")}> <h3 class="card__title"${addAttribute(`ep-${e.id}`, "id")}>${tr(`home.${e.id}.title`)}</h3> <p class="card__summary">${tr(`home.${e.id}.text`)}</p> <ul class="utrecht-unordered-list"> ${e.links.map(([path, key, only]) => renderTemplate`<li class="utrecht-unordered-list__item"><a class="utrecht-link"${addAttribute(only ? localizePath(only, path) : to(path), "href")}${addAttribute(only && only !== lang ? only : void 0, "hreflang")}>${tr(key)}</a></li>`)} </ul> </section> </li>`)} </ul> <h2 class="utrecht-heading-2">${tr("home.actionLines.title")}</h2> <p class="utrecht-paragraph prose">${tr("home.actionLines.intro")}</p> <ol class="action-lines"> ${actionLines.map((line) => renderTemplate`<li> <strong>${line.id}. ${line.label[lineLang]}</strong> ${line.description && renderTemplate`<p class="utrecht-paragraph">${line.description[lineLang]}</p>`} </li>`)} </ol> <h2 class="utrecht-heading-2">${tr("home.highlighted")}</h2> <ul class="card-list"> ${highlighted.map((card) => renderTemplate`${renderComponent($$result, "EntryCard", $$EntryCard, {
		"headingLevel": 3,
		...card
	})}`)} </ul> <h2 class="utrecht-heading-2">${tr("home.more.title")}</h2> <ul class="utrecht-unordered-list"> <li class="utrecht-unordered-list__item"><a class="utrecht-link"${addAttribute(to("/financieringswijzer/"), "href")}>${tr("finder.title")}</a></li> <li class="utrecht-unordered-list__item"><a class="utrecht-link"${addAttribute(to("/in-cijfers/"), "href")}>${tr("home.more.figures")}</a></li> <li class="utrecht-unordered-list__item"><a class="utrecht-link"${addAttribute(to("/open-data/"), "href")}>${tr("home.more.openData")}</a></li> </ul> ` })}` : renderTemplate`${renderComponent($$result, "PageLayout", $$PageLayout, {
		"lang": lang,
		"slug": "start"
	})}`}`;
}, "/work/main/site/pages/[...lang]/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/index.astro";
var $$url = "/[...lang]";
// \0virtual:astro:page:site/pages/[...lang]/index@_@astro
var page = () => ____lang__exports;
export { page };
