import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { E as render, _ as pick, a as entryPaths, c as lessons, f as localizedText, l as linkTo, t as bottlenecks, u as linkedBothWays, v as practices, y as schemes } from "./content_DNH6Nqmv.mjs";
import { t as $$DetailLayout } from "./DetailLayout_AmOdGmBi.mjs";
import { t as $$Facts } from "./Facts_B1ufVjwO.mjs";
import { t as $$Sources } from "./Sources_CRgWg5Le.mjs";
import { n as $$Freshness, t as $$LinkedEntries } from "./LinkedEntries_mz2PsQHy.mjs";
import { r as practiceJsonLd } from "./json-ld_BXFS8Suo.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
import { a as sectorLabels, i as searchFilters, n as approachLabels, o as targetGroupLabels, r as regionLabels, t as actionLineLabels } from "./labels_CM5_YWZc.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
// site/pages/[...lang]/praktijkvoorbeelden/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => entryPaths(practices);
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { lang, entry } = Astro.props;
	const tr = useTranslations(lang);
	const d = entry.data;
	const text = localizedText("praktijkvoorbeelden", entry, lang);
	const { Content } = await render(text.body);
	const used = pick(schemes, d.schemes);
	const answered = linkedBothWays(bottlenecks, d.bottlenecks, "practices", entry.id);
	const informed = linkedBothWays(lessons, d.lessons, "practices", entry.id);
	const jsonLd = practiceJsonLd(entry, {
		origin: siteOrigin(Astro.site),
		lang,
		textOf: (c, e) => localizedText(c, e, lang),
		schemes: used
	});
	return renderTemplate`${renderComponent($$result, "DetailLayout", $$DetailLayout, {
		"lang": lang,
		"collection": "praktijkvoorbeelden",
		"id": entry.id,
		"title": text.title,
		"summary": text.summary,
		"translated": text.translated,
		"unreviewed": text.unreviewed,
		"filters": searchFilters(d, lang),
		"jsonLd": jsonLd
	}, { "default": ($$result) => renderTemplate`${d.origin === "aanmelding" && renderTemplate`${maybeRenderHead($$result)}<p class="utrecht-alert utrecht-alert--info" role="note">${tr("practice.submitted")}</p>`}${renderComponent($$result, "Facts", $$Facts, {
		"lang": lang,
		"items": [
			{
				label: tr("facts.organisations"),
				value: d.organisations
			},
			{
				label: tr("facts.partners"),
				value: d.partners
			},
			{
				label: tr("facts.regions"),
				value: regionLabels(d.regions, lang)
			},
			{
				label: tr("facts.sectors"),
				value: sectorLabels(d.sectors, lang)
			},
			{
				label: tr("facts.actionLines"),
				value: actionLineLabels(d.actionLines, lang)
			},
			{
				label: tr("facts.approaches"),
				value: approachLabels(d.approaches, lang)
			},
			{
				label: tr("facts.targetGroups"),
				value: targetGroupLabels(d.targetGroups, lang)
			},
			{
				label: tr("facts.status"),
				value: d.status && tr(`practiceStatus.${d.status}`)
			},
			{
				label: tr("facts.period"),
				value: d.period
			},
			{
				label: tr("facts.evidence"),
				value: tr(`evidence.${d.evidence}`)
			}
		]
	})} ${d.origin === "redactie" && renderTemplate`${renderComponent($$result, "Freshness", $$Freshness, {
		"lang": lang,
		"lastVerified": d.lastVerified
	})}`}<div class="prose">${renderComponent($$result, "Content", Content, {})}</div> <section aria-labelledby="resultaten"> <h2 id="resultaten" class="utrecht-heading-2">${tr("practice.results")}</h2> <p class="utrecht-paragraph prose"${addAttribute(d.results && lang !== "nl" ? "nl" : void 0, "lang")}>${d.results ?? tr("practice.noResults")}</p> </section> ${d.website && renderTemplate`<p class="utrecht-paragraph"><a class="utrecht-link"${addAttribute(d.website, "href")} rel="external noopener">${tr("practice.website")}</a></p>`}${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "regelingen",
		"title": tr("practice.schemes"),
		"items": used.map(linkTo("regelingen", lang))
	})} ${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "knelpunten",
		"title": tr("practice.bottlenecks"),
		"items": answered.map(linkTo("knelpunten", lang))
	})} ${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "lessen",
		"title": tr("practice.lessons"),
		"items": informed.map(linkTo("lessen", lang))
	})} ${renderComponent($$result, "Sources", $$Sources, {
		"lang": lang,
		"sources": d.sources,
		"facts": d.facts,
		"lastVerified": d.lastVerified,
		"checkMark": d.origin === "redactie"
	})} ` })}`;
}, "/work/main/site/pages/[...lang]/praktijkvoorbeelden/[id].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/praktijkvoorbeelden/[id].astro";
var $$url = "/[...lang]/praktijkvoorbeelden/[id]";
// \0virtual:astro:page:site/pages/[...lang]/praktijkvoorbeelden/[id]@_@astro
var page = () => _id__exports;
export { page };
