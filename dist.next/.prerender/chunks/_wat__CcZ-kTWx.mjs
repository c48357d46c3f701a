import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { t as $$SchemeStatusScript } from "./SchemeStatusScript_U3y8rzV-.mjs";
import { t as FinderResults } from "./finder-results_B0CYkOyD.mjs";
import { i as finderPath, o as finderSteps } from "./funding-finder_-zDxvNKF.mjs";
import { c as resultPage, l as countSentence, n as applicantLabel, o as purposeChoices, s as purposeLabel } from "./finder-page_CqP9n0Pp.mjs";
import { n as buildDate } from "./content_DNH6Nqmv.mjs";
import { t as formatDate } from "./format_C3ndklaa.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, c as localizePath, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/financieringswijzer/[wie]/[wat].astro
var _wat__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Wat,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
function getStaticPaths() {
	return langPaths(fullSiteLangs).flatMap(({ params, props }) => finderSteps.map((step) => ({
		params: {
			...params,
			wie: step.applicant,
			wat: step.purpose
		},
		props: {
			...props,
			wie: step.applicant,
			wat: step.purpose
		}
	})));
}
var $$Wat = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Wat;
	const { lang, wie, wat } = Astro.props;
	const tr = useTranslations(lang);
	const { text, answer, results } = resultPage(lang, wie, wat);
	const what = tr(`finder.purposePhrase.${wat}`);
	const title = tr("finder.result.title", {
		what,
		who: tr(`finder.applicantPlural.${wie}`)
	});
	const others = purposeChoices(lang, wie).filter((p) => p.id !== wat);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": title,
		"description": tr("finder.description"),
		"lang": lang,
		"path": finderPath(wie, wat),
		"langs": fullSiteLangs
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [
			{
				href: localizePath(lang, finderPath()),
				label: tr("finder.title")
			},
			{
				href: localizePath(lang, finderPath(wie)),
				label: applicantLabel(lang, wie)
			},
			{ label: purposeLabel(lang, wat) }
		]
	})} ${maybeRenderHead($$result)}<p class="finder-step">${tr("finder.stepOf", { n: 3 })}</p> <h1 class="utrecht-heading-1">${title}</h1> <p class="lead">${tr("finder.result.intro", {
		what,
		date: formatDate(buildDate, lang)
	})}</p> <h2 class="utrecht-heading-2 finder-count">${countSentence(text, results.length)}</h2> ${renderComponent($$result, "FinderResults", FinderResults, {
		"results": results,
		"combinations": answer.combinations,
		"text": text,
		"combinationsHeading": 2,
		"idPrefix": "regeling-"
	})} <nav class="finder-more" aria-labelledby="iets-anders"> <h2 id="iets-anders" class="utrecht-heading-2">${tr("finder.result.other")}</h2> <ul class="finder-choices"> ${others.map((p) => renderTemplate`<li><a class="finder-choice"${addAttribute(p.href, "href")}>${p.label} <span class="finder-choice__count">(${tr(p.count === 1 ? "finder.schemes.one" : "finder.schemes.other", { n: p.count })})</span></a></li>`)} </ul> <p class="utrecht-paragraph"><a class="utrecht-link"${addAttribute(localizePath(lang, finderPath()), "href")}>${tr("finder.restart")}</a></p> </nav> ${renderComponent($$result, "SchemeStatusScript", $$SchemeStatusScript, {})} ` })}`;
}, "/work/main/site/pages/[...lang]/financieringswijzer/[wie]/[wat].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/financieringswijzer/[wie]/[wat].astro";
var $$url = "/[...lang]/financieringswijzer/[wie]/[wat]";
// \0virtual:astro:page:site/pages/[...lang]/financieringswijzer/[wie]/[wat]@_@astro
var page = () => _wat__exports;
export { page };
