import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { E as render, _ as pick, a as entryPaths, c as lessons, f as localizedText, l as linkTo, u as linkedBothWays, v as practices, y as schemes } from "./content_DNH6Nqmv.mjs";
import { t as $$DetailLayout } from "./DetailLayout_AmOdGmBi.mjs";
import { t as $$Facts } from "./Facts_B1ufVjwO.mjs";
import { t as $$Sources } from "./Sources_CRgWg5Le.mjs";
import { n as $$Freshness, t as $$LinkedEntries } from "./LinkedEntries_mz2PsQHy.mjs";
import { n as lessonJsonLd } from "./json-ld_BXFS8Suo.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
import { a as sectorLabels, i as searchFilters, t as actionLineLabels } from "./labels_CM5_YWZc.mjs";
import { t as formatDate } from "./format_C3ndklaa.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
// site/pages/[...lang]/lessen/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => entryPaths(lessons);
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { lang, entry } = Astro.props;
	const tr = useTranslations(lang);
	const d = entry.data;
	const text = localizedText("lessen", entry, lang);
	const { Content } = await render(text.body);
	const dutch = lang === "nl" ? void 0 : "nl";
	const drawnOn = linkedBothWays(practices, d.practices, "lessons", entry.id);
	const jsonLd = lessonJsonLd(entry, {
		origin: siteOrigin(Astro.site),
		lang,
		textOf: (c, e) => localizedText(c, e, lang),
		practices: drawnOn
	});
	return renderTemplate`${renderComponent($$result, "DetailLayout", $$DetailLayout, {
		"lang": lang,
		"collection": "lessen",
		"id": entry.id,
		"title": text.title,
		"summary": text.summary,
		"translated": text.translated,
		"unreviewed": text.unreviewed,
		"filters": searchFilters(d, lang),
		"jsonLd": jsonLd
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Facts", $$Facts, {
		"lang": lang,
		"items": [
			{
				label: tr("facts.network"),
				value: d.network
			},
			{
				label: tr("facts.date"),
				value: d.date && formatDate(d.date, lang)
			},
			{
				label: tr("facts.themes"),
				value: d.themes
			},
			{
				label: tr("facts.sectors"),
				value: sectorLabels(d.sectors, lang)
			},
			{
				label: tr("facts.actionLines"),
				value: actionLineLabels(d.actionLines, lang)
			}
		]
	})} ${renderComponent($$result, "Freshness", $$Freshness, {
		"lang": lang,
		"lastVerified": d.lastVerified
	})} ${maybeRenderHead($$result)}<div class="prose">${renderComponent($$result, "Content", Content, {})}</div> ${d.werkzameElementen.length > 0 && renderTemplate`<section aria-labelledby="werkzaam"> <h2 id="werkzaam" class="utrecht-heading-2">${tr("lesson.elements")}</h2> <ul class="utrecht-unordered-list prose"${addAttribute(dutch, "lang")}>${d.werkzameElementen.map((w) => renderTemplate`<li class="utrecht-unordered-list__item">${w}</li>`)}</ul> </section>`}${d.knelpunten.length > 0 && renderTemplate`<section aria-labelledby="knelpunten-oplossingen"> <h2 id="knelpunten-oplossingen" class="utrecht-heading-2">${tr("lesson.bottlenecks")}</h2> <dl class="prose"${addAttribute(dutch, "lang")}> ${d.knelpunten.map((k) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt><strong>${k.knelpunt}</strong></dt><dd>${k.oplossing ?? renderTemplate`<span${addAttribute(lang, "lang")}>${tr("lesson.noSolution")}</span>`}</dd>` })}`)} </dl> </section>`}${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "praktijk",
		"title": tr("lesson.practices"),
		"items": drawnOn.map(linkTo("praktijkvoorbeelden", lang))
	})} ${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "regelingen",
		"title": tr("lesson.schemes"),
		"items": pick(schemes, d.schemes).map(linkTo("regelingen", lang))
	})} ${renderComponent($$result, "Sources", $$Sources, {
		"lang": lang,
		"sources": d.sources,
		"facts": d.facts,
		"mentioned": d.alsoMentioned,
		"lastVerified": d.lastVerified,
		"checkMark": true
	})} ` })}`;
}, "/work/main/site/pages/[...lang]/lessen/[id].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/lessen/[id].astro";
var $$url = "/[...lang]/lessen/[id]";
// \0virtual:astro:page:site/pages/[...lang]/lessen/[id]@_@astro
var page = () => _id__exports;
export { page };
