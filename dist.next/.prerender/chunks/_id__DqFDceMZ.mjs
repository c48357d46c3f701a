import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { E as render, a as entryPaths, d as linkedFrom, f as localizedText, i as combinedWith, l as linkTo, v as practices, y as schemes } from "./content_DNH6Nqmv.mjs";
import { t as $$DetailLayout } from "./DetailLayout_AmOdGmBi.mjs";
import { t as $$Facts } from "./Facts_B1ufVjwO.mjs";
import { t as $$Sources } from "./Sources_CRgWg5Le.mjs";
import { n as $$Freshness, t as $$LinkedEntries } from "./LinkedEntries_mz2PsQHy.mjs";
import { t as $$SchemeStatusBadge } from "./SchemeStatusBadge_D7kpRqeY.mjs";
import { i as schemeJsonLd } from "./json-ld_BXFS8Suo.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
import { i as searchFilters, o as targetGroupLabels, r as regionLabels } from "./labels_CM5_YWZc.mjs";
import { t as formatDate } from "./format_C3ndklaa.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
// site/pages/[...lang]/regelingen/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => entryPaths(schemes);
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { lang, entry } = Astro.props;
	const tr = useTranslations(lang);
	const d = entry.data;
	const text = localizedText("regelingen", entry, lang);
	const { Content } = await render(text.body);
	const combines = combinedWith(entry.id);
	const jsonLd = schemeJsonLd(entry, {
		origin: siteOrigin(Astro.site),
		lang,
		textOf: (c, e) => localizedText(c, e, lang),
		combinesWith: combines
	});
	const kind = tr(`schemeKind.${d.kind}`);
	const windows = d.windows.map((w) => [
		w.opens ? tr("scheme.from", { date: formatDate(w.opens, lang) }) : null,
		w.closes ? tr("scheme.until", { date: formatDate(w.closes, lang) }) : null,
		w.note
	].filter(Boolean).join(" "));
	return renderTemplate`${renderComponent($$result, "DetailLayout", $$DetailLayout, {
		"lang": lang,
		"collection": "regelingen",
		"id": entry.id,
		"title": text.title,
		"summary": text.summary,
		"translated": text.translated,
		"unreviewed": text.unreviewed,
		"filters": searchFilters(d, lang),
		"jsonLd": jsonLd
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<p>${renderComponent($$result, "SchemeStatusBadge", $$SchemeStatusBadge, {
		"lang": lang,
		"entry": entry
	})}</p> ${renderComponent($$result, "Facts", $$Facts, {
		"lang": lang,
		"items": [
			{
				label: tr("facts.financer"),
				value: d.financer
			},
			{
				label: tr("facts.kind"),
				value: kind
			},
			{
				label: tr("facts.applicants"),
				value: d.applicants.map((a) => tr(`applicant.${a}`))
			},
			{
				label: tr("facts.paysFor"),
				value: d.paysFor.map((p) => tr(`purpose.${p}`))
			},
			{
				label: tr("facts.targetGroups"),
				value: targetGroupLabels(d.targetGroups, lang)
			},
			{
				label: tr("facts.area"),
				value: regionLabels(d.regions, lang)
			},
			{
				label: tr("facts.amount"),
				value: d.amount
			},
			{
				label: tr("facts.windows"),
				value: d.ongoing ? tr("scheme.ongoing") : windows
			},
			{
				label: tr("facts.legalBasis"),
				value: d.legalBasis
			}
		]
	})} ${renderComponent($$result, "Freshness", $$Freshness, {
		"lang": lang,
		"lastVerified": d.lastVerified
	})} <div class="prose">${renderComponent($$result, "Content", Content, {})}</div> ${d.conditions.length > 0 && renderTemplate`<section aria-labelledby="voorwaarden"> <h2 id="voorwaarden" class="utrecht-heading-2">${tr("scheme.conditions")}</h2> <ul class="utrecht-unordered-list"${addAttribute(lang === "nl" ? void 0 : "nl", "lang")}>${d.conditions.map((c) => renderTemplate`<li class="utrecht-unordered-list__item">${c}</li>`)}</ul> </section>`}${d.website && renderTemplate`<p class="utrecht-paragraph"><a class="utrecht-link"${addAttribute(d.website, "href")} rel="external noopener">${tr("scheme.website")}</a></p>`}${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "combineren",
		"title": tr("scheme.combines"),
		"items": combines.map(linkTo("regelingen", lang))
	})} ${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "gebruikt-door",
		"title": tr("scheme.usedBy"),
		"items": linkedFrom(practices, "schemes", entry.id).map(linkTo("praktijkvoorbeelden", lang))
	})} ${renderComponent($$result, "Sources", $$Sources, {
		"lang": lang,
		"sources": d.sources,
		"facts": d.facts,
		"lastVerified": d.lastVerified,
		"checkMark": true
	})} ` })}`;
}, "/work/main/site/pages/[...lang]/regelingen/[id].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/regelingen/[id].astro";
var $$url = "/[...lang]/regelingen/[id]";
// \0virtual:astro:page:site/pages/[...lang]/regelingen/[id]@_@astro
var page = () => _id__exports;
export { page };
