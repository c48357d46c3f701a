import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { i as finderPath, r as finderApplicants } from "./funding-finder_-zDxvNKF.mjs";
import { n as applicantLabel, o as purposeChoices } from "./finder-page_CqP9n0Pp.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, c as localizePath, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/financieringswijzer/[wie]/index.astro
var _wie__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
function getStaticPaths() {
	return langPaths(fullSiteLangs).flatMap(({ params, props }) => finderApplicants.map((wie) => ({
		params: {
			...params,
			wie
		},
		props: {
			...props,
			wie
		}
	})));
}
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang, wie } = Astro.props;
	const tr = useTranslations(lang);
	const who = applicantLabel(lang, wie);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": `${tr("finder.step2.title")} (${who}) | ${tr("finder.title")}`,
		"description": tr("finder.description"),
		"lang": lang,
		"path": finderPath(wie),
		"langs": fullSiteLangs
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{
			href: localizePath(lang, finderPath()),
			label: tr("finder.title")
		}, { label: who }]
	})} ${maybeRenderHead($$result)}<p class="finder-step">${tr("finder.stepOf", { n: 2 })}</p> <h1 class="utrecht-heading-1">${tr("finder.step2.title")}</h1> <p class="lead">${tr("finder.youAre", { who })} <a class="utrecht-link"${addAttribute(localizePath(lang, finderPath()), "href")}>${tr("finder.changeWho")}</a></p> <ul class="finder-choices"> ${purposeChoices(lang, wie).map((p) => renderTemplate`<li> <a class="finder-choice"${addAttribute(p.href, "href")}>${p.label} <span class="finder-choice__count">(${tr(p.count === 1 ? "finder.schemes.one" : "finder.schemes.other", { n: p.count })})</span></a> </li>`)} </ul> ` })}`;
}, "/work/main/site/pages/[...lang]/financieringswijzer/[wie]/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/financieringswijzer/[wie]/index.astro";
var $$url = "/[...lang]/financieringswijzer/[wie]";
// \0virtual:astro:page:site/pages/[...lang]/financieringswijzer/[wie]/index@_@astro
var page = () => _wie__exports;
export { page };
