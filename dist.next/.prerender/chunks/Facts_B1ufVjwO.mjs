import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
// site/components/Facts.astro
createAstro("http://localhost:4321");
var $$Facts = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Facts;
	const { lang, items } = Astro.props;
	const show = (v) => v === void 0 || Array.isArray(v) && v.length === 0 || v === "" ? null : Array.isArray(v) ? v.join(", ") : v;
	return renderTemplate`${maybeRenderHead($$result)}<dl class="facts"> ${items.map((item) => {
		const value = show(item.value);
		return renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <dt>${item.label}</dt> <dd>${value ?? renderTemplate`<span class="muted">${t(lang, "unknown")}</span>`}</dd> ` })}`;
	})} </dl>`;
}, "/work/main/site/components/Facts.astro", void 0);
export { $$Facts as t };
