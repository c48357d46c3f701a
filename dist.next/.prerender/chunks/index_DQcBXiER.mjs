import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { E as unescapeHTML, c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { c as formLangOf, r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
// ui/employer-verify.ts
/**
* The confirmation page of the employer register (`/werkgevers/bevestigen/`), in the parts both
* runtimes render: the outcome of a confirmation, and the form that sends a pasted link without
* JavaScript.
*
* The mail links carry their token in the URL fragment (`#token=…` to verify a registration,
* `#confirm=…` for the yearly 'still open' question), which browsers never send to a server, so it
* stays out of every access log and Referer. With JavaScript the page reads the fragment and posts
* the token to the API (`site/islands/EmployerVerifyApp.tsx`). Without JavaScript nothing can read
* the fragment, so the page asks for the link itself, pasted into a form that posts to
* `/forms/werkgever-bevestigen` (a request body, which is not logged either); the form handler
* answers with the outcome rendered from this module.
*/
var words = {
	nl: {
		lead: "Bevestig met de knop hieronder dat uw bedrijf openstaat voor statushouders. Daarna komt het in het openbare register.",
		confirmLead: "Staat uw bedrijf nog steeds open voor statushouders? Bevestig het met de knop hieronder; dan blijft het in het register.",
		button: "Ja, bevestig mijn inschrijving",
		confirmButton: "Ja, wij staan nog open voor statushouders",
		busy: "Bezig met bevestigen…",
		verified: "Uw inschrijving is bevestigd. Uw bedrijf staat binnen een paar minuten in het openbare register. U krijgt een e-mail met een link om de inschrijving te beheren.",
		confirmed: "Dank u wel. U hebt bevestigd dat uw bedrijf nog openstaat voor statushouders. Het blijft een jaar in het register staan.",
		"confirmed-hidden": "Dank u wel voor uw bevestiging. Uw inschrijving blijft wel verborgen: de redactie heeft haar verborgen. In de e-mail van de redactie staat waarom.",
		gone: "Deze link is al gebruikt of verlopen. Er is niets veranderd. Is uw inschrijving nog niet bevestigd? Meld uw bedrijf dan opnieuw aan. Wilt u uw inschrijving beheren? Vraag dan een nieuwe beheerlink aan.",
		"not-found": "We vinden geen inschrijving bij deze link. Controleer of u de hele link uit de e-mail hebt gebruikt.",
		taken: "Dit KvK-nummer is intussen bevestigd door een andere inschrijving van hetzelfde bedrijf. Er is niets veranderd. Beheert u die inschrijving? Vraag dan een nieuwe beheerlink aan.",
		failed: "Bevestigen lukte niet. Controleer uw verbinding en probeer het opnieuw.",
		noToken: "Deze pagina werkt met de link uit uw e-mail. Open die link opnieuw.",
		toRegister: "Naar het register van werkgevers",
		toManage: "Nieuwe beheerlink aanvragen",
		toJoin: "Werkgever aanmelden",
		pasteTitle: "Bevestigen zonder JavaScript",
		pasteLead: "Uw browser voert geen JavaScript uit. De code staat in het deel van de link dat alleen uw browser ziet. Plak daarom de hele link uit de e-mail hieronder en verstuur hem.",
		pasteLabel: "Link uit de e-mail",
		pasteHint: "De link begint met https:// en bevat #token= of #confirm=",
		pasteMissing: "Plak de hele link uit de e-mail. Die bevat #token= of #confirm= met een lange code erachter.",
		pasteSend: "Bevestigen",
		errorSummary: "Er is een probleem"
	},
	en: {
		lead: "Confirm with the button below that your company is open to refugees with a residence permit. It then appears in the public register.",
		confirmLead: "Is your company still open to refugees with a residence permit? Confirm it with the button below, and it stays in the register.",
		button: "Yes, confirm my registration",
		confirmButton: "Yes, we are still open to them",
		busy: "Confirming…",
		verified: "Your registration is confirmed. Your company appears in the public register within a few minutes. You will get an e-mail with a link to manage the registration.",
		confirmed: "Thank you. You confirmed that your company is still open to refugees with a residence permit. It stays in the register for another year.",
		"confirmed-hidden": "Thank you for confirming. Your registration stays hidden, though: the editors have hidden it. Their e-mail says why.",
		gone: "This link has already been used or has expired. Nothing has changed. Not confirmed yet? Then register your company again. Want to manage your registration? Then request a new manage link.",
		"not-found": "We cannot find a registration for this link. Check that you used the whole link from the e-mail.",
		taken: "This KvK number has meanwhile been confirmed by another registration of the same company. Nothing has changed. Do you manage that registration? Then request a new manage link.",
		failed: "Confirming did not work. Check your connection and try again.",
		noToken: "This page works with the link from your e-mail. Open that link again.",
		toRegister: "To the register of employers",
		toManage: "Request a new manage link",
		toJoin: "Register as an employer",
		pasteTitle: "Confirming without JavaScript",
		pasteLead: "Your browser does not run JavaScript. The code is in the part of the link that only your browser sees. So paste the whole link from the e-mail below and send it.",
		pasteLabel: "Link from the e-mail",
		pasteHint: "The link starts with https:// and contains #token= or #confirm=",
		pasteMissing: "Paste the whole link from the e-mail. It contains #token= or #confirm= followed by a long code.",
		pasteSend: "Confirm",
		errorSummary: "There is a problem"
	}
};
/** The form that sends a pasted mail link without JavaScript; `error` when the last one held no token. */
function PasteLinkForm({ lang: pageLang, value = "", error = false }) {
	const lang = formLangOf(pageLang);
	const w = words[lang];
	const described = ["f-link-hint", error ? "f-link-error" : ""].filter(Boolean).join(" ");
	return createElement("form", {
		className: "employer-verify__paste",
		method: "post",
		action: `/forms/werkgever-bevestigen?lang=${lang}`,
		noValidate: true
	}, error ? createElement("div", {
		className: "error-summary utrecht-alert utrecht-alert--error",
		role: "alert",
		"aria-labelledby": "error-summary-title"
	}, createElement("h2", {
		className: "utrecht-heading-2 error-summary__title",
		id: "error-summary-title"
	}, w.errorSummary), createElement("ul", { className: "utrecht-unordered-list error-summary__list" }, createElement("li", { className: "utrecht-unordered-list__item" }, createElement("a", {
		className: "utrecht-link",
		href: "#f-link"
	}, w.pasteMissing)))) : null, createElement("h2", { className: "utrecht-heading-2" }, w.pasteTitle), createElement("p", { className: "utrecht-paragraph" }, w.pasteLead), createElement("div", { className: `utrecht-form-field${error ? " utrecht-form-field--invalid" : ""}` }, createElement("div", { className: "utrecht-form-field__label" }, createElement("label", {
		className: "utrecht-form-label",
		htmlFor: "f-link"
	}, w.pasteLabel)), createElement("p", {
		className: "utrecht-form-field-description",
		id: "f-link-hint"
	}, w.pasteHint), error ? createElement("p", {
		className: "utrecht-form-field-error-message",
		id: "f-link-error"
	}, w.pasteMissing) : null, createElement("div", { className: "utrecht-form-field__input" }, createElement("input", {
		className: `utrecht-textbox utrecht-textbox--html-input${error ? " utrecht-textbox--invalid" : ""}`,
		type: "text",
		id: "f-link",
		name: "link",
		defaultValue: value,
		autoComplete: "off",
		spellCheck: "false",
		required: true,
		"aria-describedby": described,
		"aria-invalid": error || void 0
	}))), createElement("button", {
		type: "submit",
		className: "utrecht-button utrecht-button--primary-action"
	}, w.pasteSend));
}
// site/pages/[...lang]/werkgevers/bevestigen/index.astro
var bevestigen_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => langPaths(fullSiteLangs);
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang } = Astro.props;
	const tr = useTranslations(lang);
	const pasteForm = renderToStaticMarkup(PasteLinkForm({ lang }));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": tr("employerVerify.title"),
		"description": tr("employerVerify.description"),
		"lang": lang,
		"path": "/werkgevers/bevestigen/",
		"langs": fullSiteLangs,
		"noindex": true
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${tr("employerVerify.title")}</h1> <div class="employer-verify" data-verify-slot=""> ${renderComponent($$result, "EmployerVerifyApp", null, {
		"client:only": "react",
		"lang": lang,
		"client:component-hydration": "only",
		"client:component-path": "/work/main/site/islands/EmployerVerifyApp.tsx",
		"client:component-export": "default"
	})} <noscript>${unescapeHTML(pasteForm)}</noscript> </div> ` })}`;
}, "/work/main/site/pages/[...lang]/werkgevers/bevestigen/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/werkgevers/bevestigen/index.astro";
var $$url = "/[...lang]/werkgevers/bevestigen";
// \0virtual:astro:page:site/pages/[...lang]/werkgevers/bevestigen/index@_@astro
var page = () => bevestigen_exports;
export { page };
