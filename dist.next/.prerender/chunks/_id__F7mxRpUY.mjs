import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { E as render, _ as pick, a as entryPaths, f as localizedText, l as linkTo, v as practices, x as terms, y as schemes } from "./content_DNH6Nqmv.mjs";
import { t as $$DetailLayout } from "./DetailLayout_AmOdGmBi.mjs";
import { t as $$Sources } from "./Sources_CRgWg5Le.mjs";
import { n as $$Freshness, t as $$LinkedEntries } from "./LinkedEntries_mz2PsQHy.mjs";
import { a as termJsonLd } from "./json-ld_BXFS8Suo.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
// site/pages/[...lang]/begrippen/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => entryPaths(terms);
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { lang, entry } = Astro.props;
	const tr = useTranslations(lang);
	const d = entry.data;
	const text = localizedText("begrippen", entry, lang);
	const { Content } = await render(text.body);
	const related = pick(terms, d.related);
	const jsonLd = termJsonLd(entry, {
		origin: siteOrigin(Astro.site),
		lang,
		textOf: (c, e) => localizedText(c, e, lang),
		related
	});
	return renderTemplate`${renderComponent($$result, "DetailLayout", $$DetailLayout, {
		"lang": lang,
		"collection": "begrippen",
		"id": entry.id,
		"title": text.title,
		"summary": text.summary,
		"translated": text.translated,
		"unreviewed": text.unreviewed,
		"jsonLd": jsonLd
	}, { "default": ($$result) => renderTemplate`${d.synonyms.length > 0 && renderTemplate`${maybeRenderHead($$result)}<p class="meta-line">${tr("term.alsoKnown")} <span lang="nl">${d.synonyms.join(", ")}</span></p>`}${renderComponent($$result, "Freshness", $$Freshness, {
		"lang": lang,
		"lastVerified": d.lastVerified
	})} <div class="prose">${renderComponent($$result, "Content", Content, {})}</div> ${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "regeling",
		"title": tr("term.schemes"),
		"items": pick(schemes, d.schemes).map(linkTo("regelingen", lang))
	})} ${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "praktijkvoorbeeld",
		"title": tr("term.practices"),
		"items": pick(practices, d.practices).map(linkTo("praktijkvoorbeelden", lang))
	})} ${renderComponent($$result, "LinkedEntries", $$LinkedEntries, {
		"id": "verwant",
		"title": tr("term.related"),
		"items": related.map(linkTo("begrippen", lang))
	})} ${renderComponent($$result, "Sources", $$Sources, {
		"lang": lang,
		"sources": d.sources,
		"facts": d.facts,
		"lastVerified": d.lastVerified,
		"checkMark": true
	})} ` })}`;
}, "/work/main/site/pages/[...lang]/begrippen/[id].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/begrippen/[id].astro";
var $$url = "/[...lang]/begrippen/[id]";
// \0virtual:astro:page:site/pages/[...lang]/begrippen/[id]@_@astro
var page = () => _id__exports;
export { page };
