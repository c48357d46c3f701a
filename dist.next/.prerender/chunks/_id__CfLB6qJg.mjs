import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { E as render, _ as pick, a as entryPaths, c as lessons, f as localizedText, l as linkTo, t as bottlenecks, u as linkedBothWays, v as practices, y as schemes } from "./content_DNH6Nqmv.mjs";
import { t as $$DetailLayout } from "./DetailLayout_AmOdGmBi.mjs";
import { t as $$Facts } from "./Facts_B1ufVjwO.mjs";
import { t as $$Sources } from "./Sources_CRgWg5Le.mjs";
import { n as $$Freshness, t as $$LinkedEntries } from "./LinkedEntries_mz2PsQHy.mjs";
import { t as bottleneckJsonLd } from "./json-ld_BXFS8Suo.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
import { i as searchFilters, t as actionLineLabels } from "./labels_CM5_YWZc.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
// site/pages/[...lang]/knelpunten/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => entryPaths(bottlenecks);
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { lang, entry } = Astro.props;
	const tr = useTranslations(lang);
	const d = entry.data;
	const text = localizedText("knelpunten", entry, lang);
	const { Content } = await render(text.body);
	const carriers = linkedBothWays(practices, d.practices, "bottlenecks", entry.id);
	const helping = pick(schemes, d.schemes);
	const learned = pick(lessons, d.lessons);
	const jsonLd = bottleneckJsonLd(entry, {
		origin: siteOrigin(Astro.site),
		lang,
		textOf: (c, e) => localizedText(c, e, lang),
		practices: carriers,
		schemes: helping,
		lessons: learned
	});
	const feltBy = d.feltBy.map((a) => tr(`audience.${a}`));
	return renderTemplate`${renderComponent($$result, "DetailLayout", $$DetailLayout, {
		"lang": lang,
		"collection": "knelpunten",
		"id": entry.id,
		"title": text.title,
		"summary": text.summary,
		"translated": text.translated,
		"unreviewed": text.unreviewed,
		"filters": searchFilters(d, lang),
		"jsonLd": jsonLd
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Facts", $$Facts, {
		"lang": lang,
		"items": [{
			label: tr("facts.feltBy"),
			value: feltBy
		}, {
			label: tr("facts.actionLines"),
			value: actionLineLabels(d.actionLines, lang)
		}]
	})} ${renderComponent($$result, "Freshness", $$Freshness, {
		"lang": lang,
		"lastVerified": d.lastVerified
	})} ${maybeRenderHead($$result)}<div class="prose">${renderComponent($$result, "Content", Content, {})}</div> <section aria-labelledby="oplossingen"> <h2 id="oplossingen" class="utrecht-heading-2">${tr("bottleneck.solutions")}</h2> <div${addAttribute(lang === "nl" ? void 0 : "nl", "lang")}> ${d.solutions.map((s) => renderTemplate`<section class="prose"> <h3 class="utrecht-heading-3">${s.title}</h3> <p class="utrecht-paragraph">${s.description}</p> </section>`)} </div> </section> ${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "praktijk",
		"title": tr("bottleneck.practices"),
		"items": carriers.map(linkTo("praktijkvoorbeelden", lang))
	})} ${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "regelingen",
		"title": tr("bottleneck.schemes"),
		"items": helping.map(linkTo("regelingen", lang))
	})} ${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "lessen",
		"title": tr("bottleneck.lessons"),
		"items": learned.map(linkTo("lessen", lang))
	})} ${renderComponent($$result, "Sources", $$Sources, {
		"lang": lang,
		"sources": d.sources,
		"facts": d.facts,
		"mentioned": d.alsoMentioned,
		"lastVerified": d.lastVerified,
		"checkMark": true
	})} ` })}`;
}, "/work/main/site/pages/[...lang]/knelpunten/[id].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/knelpunten/[id].astro";
var $$url = "/[...lang]/knelpunten/[id]";
// \0virtual:astro:page:site/pages/[...lang]/knelpunten/[id]@_@astro
var page = () => _id__exports;
export { page };
