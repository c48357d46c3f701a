import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$DetailLayout } from "./DetailLayout_AmOdGmBi.mjs";
import { t as $$Facts } from "./Facts_B1ufVjwO.mjs";
import { t as publishedEmployers } from "./published-employers_C2v0IgyE.mjs";
import { a as employerJsonLd, c as languageLevelLabels, l as offerLabels, o as employerSummary, s as educationLevelLabels, t as confirmedOn, u as skillLabels } from "./employer-register_CA_BHyKm.mjs";
import { t as formatDate } from "./format_C3ndklaa.mjs";
import { a as sectorLabels, i as searchFilters, r as regionLabels } from "./labels_CM5_YWZc.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/werkgevers/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
async function getStaticPaths() {
	const employers = await publishedEmployers();
	return langPaths(fullSiteLangs).flatMap(({ params, props }) => employers.map((employer) => ({
		params: {
			...params,
			id: employer.id
		},
		props: {
			...props,
			employer
		}
	})));
}
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { lang, employer: e } = Astro.props;
	const tr = useTranslations(lang);
	const date = (iso) => formatDate(new Date(iso), lang);
	return renderTemplate`${renderComponent($$result, "DetailLayout", $$DetailLayout, {
		"lang": lang,
		"collection": "werkgevers",
		"id": e.id,
		"title": e.name,
		"summary": employerSummary(e, lang),
		"translated": true,
		"filters": searchFilters(e, lang),
		"jsonLd": employerJsonLd(e, siteOrigin(Astro.site))
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<p class="meta-line"${addAttribute(e.confirmedAt, "data-confirmed")}>${confirmedOn(e, lang)}</p> ${renderComponent($$result, "Facts", $$Facts, {
		"lang": lang,
		"items": [
			{
				label: tr("employers.kvk"),
				value: e.kvk
			},
			{
				label: tr("employers.offers"),
				value: offerLabels(e.offers, lang)
			},
			{
				label: tr("facts.sectors"),
				value: sectorLabels(e.sectors, lang)
			},
			{
				label: tr("facts.regions"),
				value: regionLabels(e.regions, lang)
			},
			{
				label: tr("employers.languageLevel"),
				value: languageLevelLabels([e.languageLevel], lang)
			},
			{
				label: tr("employers.educationLevel"),
				value: e.educationLevel ? educationLevelLabels([e.educationLevel], lang) : tr("employers.noEducationLevel")
			},
			...e.skills.length > 0 ? [{
				label: tr("employers.skills"),
				value: skillLabels(e.skills, lang)
			}] : [],
			{
				label: tr("employers.verifiedAt"),
				value: date(e.verifiedAt)
			},
			{
				label: tr("employers.confirmedAt"),
				value: date(e.confirmedAt)
			}
		]
	})} ${e.description && renderTemplate`<section aria-labelledby="beschrijving"> <h2 id="beschrijving" class="utrecht-heading-2">${tr("employers.ownWords")}</h2> <p class="utrecht-paragraph prose pre-line">${e.description}</p> </section>`}${e.website && renderTemplate`<p class="utrecht-paragraph"><a class="utrecht-link"${addAttribute(e.website, "href")} rel="external noopener nofollow">${tr("employers.website")}</a></p>`}<p class="utrecht-paragraph meta-line">${tr("employers.confirmedNote")}</p> ` })}`;
}, "/work/main/site/pages/[...lang]/werkgevers/[id].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/werkgevers/[id].astro";
var $$url = "/[...lang]/werkgevers/[id]";
// \0virtual:astro:page:site/pages/[...lang]/werkgevers/[id]@_@astro
var page = () => _id__exports;
export { page };
