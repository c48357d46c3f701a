import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, t as spreadAttributes, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { b as statusOf, n as buildDate } from "./content_DNH6Nqmv.mjs";
import { t as formatDate } from "./format_C3ndklaa.mjs";
import { n as statusBadgeLabels, t as statusBadgeData } from "./status-badge_BTlYGiwT.mjs";
import { t as $$SchemeStatusScript } from "./SchemeStatusScript_U3y8rzV-.mjs";
// site/components/SchemeStatusBadge.astro
createAstro("http://localhost:4321");
var $$SchemeStatusBadge = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SchemeStatusBadge;
	const { lang, entry, compact = false } = Astro.props;
	const status = statusOf(entry);
	const data = statusBadgeData(entry.data, status, statusBadgeLabels(lang));
	return renderTemplate`${maybeRenderHead($$result)}<span class="status-line"><span${addAttribute(`status status--${status}`, "class")}${spreadAttributes(data)}>${t(lang, "scheme.status")}: ${t(lang, `schemeStatus.${status}`)}</span>${!compact && renderTemplate`<span class="meta-line" data-status-date> (${t(lang, "scheme.computedOn", { date: formatDate(buildDate, lang) })})</span>`}</span> ${renderComponent($$result, "SchemeStatusScript", $$SchemeStatusScript, {})}`;
}, "/work/main/site/components/SchemeStatusBadge.astro", void 0);
export { $$SchemeStatusBadge as t };
