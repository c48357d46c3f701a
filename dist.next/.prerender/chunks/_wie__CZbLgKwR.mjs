import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { t as $$AudienceNav } from "./AudienceNav_CG8KZCc0.mjs";
import { n as audiences } from "./content_D48CP33x.mjs";
import { f as localizedText, l as linkTo, s as hrefOf, t as bottlenecks, u as linkedBothWays, v as practices } from "./content_DNH6Nqmv.mjs";
import { t as bottlenecksForPath } from "./sitemap_BJ4hgfzd.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, c as localizePath, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/knelpunten/voor/[wie].astro
var _wie__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Wie,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
function getStaticPaths() {
	return langPaths(fullSiteLangs).flatMap(({ params, props }) => audiences.map((wie) => ({
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
var $$Wie = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Wie;
	const { lang, wie } = Astro.props;
	const tr = useTranslations(lang);
	const who = tr(`audience.plural.${wie}`);
	const title = tr("bottleneckGuide.title", { who });
	const dutch = lang === "nl" ? void 0 : "nl";
	const felt = bottlenecks.filter((b) => b.data.feltBy.includes(wie)).map((b) => {
		const text = localizedText("knelpunten", b, lang);
		const others = b.data.feltBy.filter((a) => a !== wie).map((a) => tr(`audience.plural.${a}`));
		return {
			id: b.id,
			href: hrefOf("knelpunten", b.id, lang),
			title: text.title,
			summary: text.summary,
			textLang: text.translated ? void 0 : "nl",
			others,
			solutions: b.data.solutions,
			practices: linkedBothWays(practices, b.data.practices, "bottlenecks", b.id).map(linkTo("praktijkvoorbeelden", lang))
		};
	});
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": title,
		"description": tr("bottleneckGuide.description", { who }),
		"lang": lang,
		"path": bottlenecksForPath(wie),
		"langs": fullSiteLangs
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{
			href: localizePath(lang, "/knelpunten/"),
			label: tr("collection.knelpunten.plural")
		}, { label: title }]
	})} ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${title}</h1> <p class="lead">${tr("bottleneckGuide.description", { who })}</p> ${renderComponent($$result, "AudienceNav", $$AudienceNav, {
		"lang": lang,
		"current": wie
	})} <p class="meta-line">${tr(felt.length === 1 ? "list.count.one" : "list.count.other", { n: felt.length })}</p> ${felt.length === 0 && renderTemplate`<p class="utrecht-paragraph">${tr("bottleneckGuide.none")}</p>`}<ol class="guide-list"> ${felt.map((b) => renderTemplate`<li> <article class="guide-item"${addAttribute(`k-${b.id}`, "aria-labelledby")}> <h2${addAttribute(`k-${b.id}`, "id")} class="utrecht-heading-2"${addAttribute(b.textLang, "lang")}><a class="utrecht-link"${addAttribute(b.href, "href")}>${b.title}</a></h2> <p class="utrecht-paragraph prose"${addAttribute(b.textLang, "lang")}>${b.summary}</p> ${b.others.length > 0 && renderTemplate`<p class="meta-line">${tr("bottleneckGuide.alsoFelt", { who: b.others.join(", ") })}</p>`} <h3 class="utrecht-heading-3">${tr("bottleneckGuide.solutions")}</h3> <dl class="guide-solutions prose"${addAttribute(dutch, "lang")}> ${b.solutions.map((s) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${s.title}</dt><dd>${s.description}</dd>` })}`)} </dl> <h3 class="utrecht-heading-3">${tr("bottleneckGuide.practices")}</h3> ${b.practices.length > 0 ? renderTemplate`<ul class="utrecht-unordered-list"> ${b.practices.map((p) => renderTemplate`<li class="utrecht-unordered-list__item"><a class="utrecht-link"${addAttribute(p.href, "href")}${addAttribute(p.lang, "lang")}>${p.label}</a></li>`)} </ul>` : renderTemplate`<p class="utrecht-paragraph">${tr("bottleneckGuide.noPractices")}</p>`} </article> </li>`)} </ol> ` })}`;
}, "/work/main/site/pages/[...lang]/knelpunten/voor/[wie].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/knelpunten/voor/[wie].astro";
var $$url = "/[...lang]/knelpunten/voor/[wie]";
// \0virtual:astro:page:site/pages/[...lang]/knelpunten/voor/[wie]@_@astro
var page = () => _wie__exports;
export { page };
