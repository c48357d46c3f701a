import { g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { n as audiences } from "./content_D48CP33x.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { c as localizePath, u as createComponent } from "./collections_BBCTYGuN.mjs";
import { t as bottlenecks } from "./content_DNH6Nqmv.mjs";
import { t as bottlenecksForPath } from "./sitemap_BJ4hgfzd.mjs";
// site/components/AudienceNav.astro
createAstro("http://localhost:4321");
var $$AudienceNav = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$AudienceNav;
	const { lang, current } = Astro.props;
	const links = audiences.map((a) => ({
		href: localizePath(lang, bottlenecksForPath(a)),
		label: t(lang, "bottleneckGuide.title", { who: t(lang, `audience.plural.${a}`) }),
		count: bottlenecks.filter((b) => b.data.feltBy.includes(a)).length,
		current: a === current
	}));
	return renderTemplate`${maybeRenderHead($$result)}<nav class="audience-nav" aria-labelledby="doelgroep-nav"> <h2 id="doelgroep-nav" class="utrecht-heading-2 audience-nav__title">${t(lang, "bottleneckGuide.nav")}</h2> ${!current && renderTemplate`<p class="utrecht-paragraph">${t(lang, "bottleneckGuide.listIntro")}</p>`} <ul class="finder-choices"> ${links.map((l) => renderTemplate`<li><a class="finder-choice"${addAttribute(l.href, "href")}${addAttribute(l.current ? "page" : void 0, "aria-current")}>${l.label} <span class="finder-choice__count">(${l.count})</span></a></li>`)} </ul> </nav>`;
}, "/work/main/site/components/AudienceNav.astro", void 0);
export { $$AudienceNav as t };
