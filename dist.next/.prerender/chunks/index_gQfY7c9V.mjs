import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { v as practices, y as schemes } from "./content_DNH6Nqmv.mjs";
import { a as fullSiteLangs, o as langPaths, t as collectionKeys, u as createComponent } from "./collections_BBCTYGuN.mjs";
import { t as columnDocumentation } from "./open-data_BYj503cF.mjs";
import { t as publishedEmployers } from "./published-employers_C2v0IgyE.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
// site/pages/[...lang]/open-data/index.astro
var open_data_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => langPaths(fullSiteLangs);
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang } = Astro.props;
	const tr = useTranslations(lang);
	const doc = columnDocumentation();
	const counts = {
		praktijkvoorbeelden: practices.length,
		regelingen: schemes.length,
		werkgevers: (await publishedEmployers()).length
	};
	const nameOf = (dataset) => tr(collectionKeys(dataset).plural);
	const docLang = lang === "nl" ? void 0 : "nl";
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": tr("openData.title"),
		"description": tr("openData.description"),
		"lang": lang,
		"path": "/open-data/",
		"langs": fullSiteLangs
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{ label: tr("openData.title") }]
	})} ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${tr("openData.title")}</h1> <p class="lead">${tr("openData.lead")}</p> <h2 class="utrecht-heading-2">${tr("openData.downloads")}</h2> <ul class="utrecht-unordered-list download-list"> ${doc.datasets.map((d) => renderTemplate`<li class="utrecht-unordered-list__item"> <strong>${nameOf(d.name)}</strong> (${tr("openData.items", { n: counts[d.name] ?? 0 })}):
<a class="utrecht-link"${addAttribute(d.json, "href")} type="application/json">${d.json}</a>,
<a class="utrecht-link"${addAttribute(d.csv, "href")} type="text/csv">${d.csv}</a> </li>`)} </ul> <p class="utrecht-paragraph prose">${tr("openData.csvNote")}</p> <p class="utrecht-paragraph prose">${tr("openData.employersNote")}</p> <p class="meta-line">${tr("openData.dutchNote")}</p> ${doc.datasets.map((d) => renderTemplate`<section${addAttribute(`kolommen-${d.name}`, "aria-labelledby")}> <h2${addAttribute(`kolommen-${d.name}`, "id")} class="utrecht-heading-2">${tr("openData.columns", { dataset: nameOf(d.name).toLowerCase() })}</h2> <dl class="column-list"${addAttribute(docLang, "lang")}> ${d.columns.map((c) => renderTemplate`<div class="column-list__item"${addAttribute(`${d.name}-${c.name}`, "id")}> <dt><code>${c.name}</code> <span class="column-list__type">(${c.type})</span></dt> <dd>${c.description}</dd> </div>`)} </dl> </section>`)}<section aria-labelledby="soorten"> <h2 id="soorten" class="utrecht-heading-2">${tr("openData.types")}</h2> <dl class="column-list"${addAttribute(docLang, "lang")}> ${doc.types.map((type) => renderTemplate`<div class="column-list__item"> <dt><code>${type.name}</code></dt> <dd>${type.description}</dd> </div>`)} </dl> </section> <section aria-labelledby="ook"> <h2 id="ook" class="utrecht-heading-2">${tr("openData.also")}</h2> <ul class="utrecht-unordered-list"> <li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/data/kolommen.json" type="application/json">${tr("openData.columnsJson")}</a></li> <li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/feed.xml" type="application/rss+xml">${tr("openData.feed")}</a></li> <li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/sitemap.xml">${tr("openData.sitemap")}</a></li> </ul> </section> ` })}`;
}, "/work/main/site/pages/[...lang]/open-data/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/open-data/index.astro";
var $$url = "/[...lang]/open-data";
// \0virtual:astro:page:site/pages/[...lang]/open-data/index@_@astro
var page = () => open_data_exports;
export { page };
