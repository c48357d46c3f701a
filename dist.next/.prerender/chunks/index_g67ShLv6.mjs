import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { n as initiativeSchema } from "./initiative_Bjk4YIwb.mjs";
import { t as dutchErrorMap } from "./dutch-errors_CmuSEa3N.mjs";
import { a as byField, c as formLangOf, h as formToInitiative, i as initiativeFormText, n as t, o as errorSummary, p as fieldMessages, r as useTranslations, s as formKit, u as idOf } from "./i18n_B0cFzGDw.mjs";
import { b as targetGroups, h as sectors, i as approaches, n as actionLines, p as regions } from "./taxonomy_fc_Y_2Gn.mjs";
import { a as fullSiteLangs, c as localizePath, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
import { a as messagesIn, i as messageLangOf } from "./messages_DhJMH1nJ.mjs";
import { t as callApi } from "./api-call_CXOyPH8c.mjs";
import { createElement, useEffect, useRef, useState } from "react";
// ui/initiative-form.ts
/**
* The 'Initiatief aanmelden' form. One React component for three uses:
*  - the site build renders it into the page, where it works without JavaScript: it posts to
*    `/forms/initiatief` (`functions/handlers/form-initiative.ts`);
*  - hydrated as an island (`site/islands/initiative-form.ts`) it checks the input with the same
*    zod schema as the API and hands valid data to `onValidSubmit`, which sends it as JSON (the
*    manage page's corrections go the same way);
*  - the form handler renders it again with the values and messages when a post is wrong (422).
* Messages read in the form's language: the schema's Dutch, or its English from `messages.ts`.
*/
var TEXT_FIELDS = [
	{
		name: "title",
		key: "form.field.title",
		required: true
	},
	{
		name: "organisation",
		key: "form.field.organisation",
		required: true,
		autoComplete: "organization"
	},
	{
		name: "summary",
		key: "form.field.summary",
		hint: "form.field.summary.hint",
		multiline: true,
		required: true
	},
	{
		name: "description",
		key: "form.field.description",
		hint: "form.field.description.hint",
		multiline: true,
		required: false
	},
	{
		name: "website",
		key: "form.field.website",
		hint: "form.field.website.hint",
		type: "url",
		required: false,
		autoComplete: "url"
	},
	{
		name: "results",
		key: "form.field.results",
		hint: "form.field.results.hint",
		multiline: true,
		required: false
	}
];
var numbered = (list) => list.map((a) => ({
	id: a.id,
	label: {
		nl: `${a.id}. ${a.label.nl}`,
		en: `${a.id}. ${a.label.en}`
	}
}));
var CHOICE_FIELDS = [
	{
		name: "regions",
		key: "form.field.regions",
		options: regions,
		required: true
	},
	{
		name: "sectors",
		key: "form.field.sectors",
		options: sectors,
		required: true
	},
	{
		name: "actionLines",
		key: "form.field.actionLines",
		options: numbered(actionLines),
		required: false
	},
	{
		name: "approaches",
		key: "form.field.approaches",
		options: approaches,
		required: false
	},
	{
		name: "targetGroups",
		key: "form.field.targetGroups",
		options: targetGroups,
		required: false
	}
];
/** The form, with its GOV.UK-style error summary. */
function InitiativeForm$1({ lang: pageLang, values = [], errors = {}, formError, started = "", onValidSubmit, submitLabel }) {
	const lang = formLangOf(pageLang);
	const tr = (key) => initiativeFormText[lang][key];
	const [state, setState] = useState({
		values,
		errors,
		formError,
		sending: false
	});
	const summaryRef = useRef(null);
	const [focusSummary, setFocusSummary] = useState(0);
	useEffect(() => {
		if (focusSummary > 0) summaryRef.current?.focus();
	}, [focusSummary]);
	const kit = formKit({
		lang,
		values: state.values,
		messages: byField(state.errors)
	});
	async function onSubmit(event) {
		const form = event.currentTarget;
		const pairs = [...new FormData(form).entries()].map(([k, v]) => [k, String(v)]);
		const parsed = initiativeSchema.safeParse(formToInitiative(pairs), { error: dutchErrorMap });
		if (!parsed.success) {
			event.preventDefault();
			setState({
				values: pairs,
				errors: fieldMessages(parsed.error.issues, lang),
				formError: void 0,
				sending: false
			});
			setFocusSummary((n) => n + 1);
			return;
		}
		if (!onValidSubmit) return;
		event.preventDefault();
		setState((s) => ({
			...s,
			values: pairs,
			errors: {},
			formError: void 0,
			sending: true
		}));
		const problems = await onValidSubmit(parsed.data);
		setState({
			values: pairs,
			errors: problems?.errors ?? {},
			formError: problems?.formError,
			sending: false
		});
		if (problems) setFocusSummary((n) => n + 1);
	}
	const children = [
		errorSummary(lang, state.errors, state.formError, summaryRef),
		createElement("p", {
			className: "utrecht-paragraph",
			key: "req"
		}, kit.words.required),
		createElement("fieldset", {
			className: "form-section",
			key: "project"
		}, createElement("legend", { className: "utrecht-heading-2" }, tr("form.section.project")), ...TEXT_FIELDS.map((f) => kit.textField({
			...f,
			label: tr(f.key),
			hint: f.hint && tr(f.hint)
		}))),
		createElement("fieldset", {
			className: "form-section",
			key: "where"
		}, createElement("legend", { className: "utrecht-heading-2" }, tr("form.section.where")), ...CHOICE_FIELDS.map((f) => kit.choiceField({
			...f,
			label: tr(f.key),
			multiple: true
		}))),
		createElement("fieldset", {
			className: "form-section",
			key: "contact"
		}, createElement("legend", { className: "utrecht-heading-2" }, tr("form.section.contact")), createElement("p", { className: "utrecht-form-field-description" }, tr("form.contactHint")), kit.textField({
			name: "contact.name",
			label: tr("form.field.contactName"),
			type: "text",
			autoComplete: "name",
			required: true
		}), kit.textField({
			name: "contact.email",
			label: tr("form.field.contactEmail"),
			type: "email",
			autoComplete: "email",
			required: true
		})),
		kit.privacyNote(),
		kit.consentField(tr("form.field.consent"), idOf("privacy")),
		...kit.traps(started),
		createElement("button", {
			type: "submit",
			className: "utrecht-button utrecht-button--primary-action",
			disabled: state.sending,
			key: "submit"
		}, state.sending ? kit.words.sending : submitLabel ?? tr("form.submit"))
	];
	return createElement("form", {
		className: "initiative-form",
		method: "post",
		action: `/forms/initiatief?lang=${lang}`,
		noValidate: true,
		onSubmit
	}, ...children);
}
// site/islands/api-client.ts
/** The API's field messages (Dutch, by contract) in the page's language. */
function fieldsIn(lang, problem) {
	return messagesIn(messageLangOf(lang), problem.fields);
}
/**
* One sentence about a failed call, for the page to show: the page's own text for a lost
* connection, a rate limit and the error codes in `known`; otherwise the API's sentence, which is
* Dutch, so only on Dutch pages — other pages get a general failure instead.
*/
function problemText(lang, problem, known = {}) {
	if (problem.status === 0) return t(lang, "form.failed");
	const key = known[problem.code] ?? (problem.code === "rate_limited" ? "form.rateLimited" : void 0);
	if (key) return t(lang, key);
	return lang === "nl" && problem.message ? problem.message : t(lang, "form.serverError");
}
/** What a form shows after a failed call: the field messages, or else one sentence for the whole form. */
function formProblem(lang, problem, known = {}) {
	const errors = fieldsIn(lang, problem);
	return {
		errors,
		formError: Object.keys(errors).length > 0 ? void 0 : problemText(lang, problem, known)
	};
}
// site/islands/initiative-form.ts
/**
* The 'Initiatief aanmelden' island: the shared form (`ui/initiative-form.ts`, which the form
* route renders too) with what only the browser does — send checked data as JSON to
* `POST /api/initiatives` (one Idempotency-Key per filled-in form, so a retry after a lost answer is
* recognised), go to the thanks page, or show the API's messages in the page's language. The
* manage page passes its own `onValidSubmit` (corrections). Written with `createElement` like the
* form it wraps.
*/
/** The form island; without `onValidSubmit` it submits a new initiative. */
function InitiativeForm(props) {
	const idempotencyKey = useRef(null);
	async function submit(data) {
		idempotencyKey.current ??= crypto.randomUUID();
		const answer = await callApi("POST", "/api/initiatives", data, { "idempotency-key": idempotencyKey.current });
		if (answer.ok) {
			location.assign(localizePath(props.lang, "/initiatief-aanmelden/bedankt/"));
			return new Promise(() => {});
		}
		return formProblem(props.lang, answer);
	}
	return createElement(InitiativeForm$1, {
		...props,
		onValidSubmit: props.onValidSubmit ?? submit
	});
}
// site/pages/[...lang]/initiatief-aanmelden/index.astro
var initiatief_aanmelden_exports = /* @__PURE__ */ __exportAll({
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
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": tr("form.title"),
		"description": tr("form.description"),
		"lang": lang,
		"path": "/initiatief-aanmelden/",
		"langs": fullSiteLangs
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{ label: tr("form.title") }]
	})} ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${tr("form.title")}</h1> <p class="lead">${tr("form.intro")}</p> <div data-form-slot> ${renderComponent($$result, "InitiativeForm", InitiativeForm, {
		"client:load": true,
		"lang": lang,
		"client:component-hydration": "load",
		"client:component-path": "/work/main/site/islands/initiative-form.ts",
		"client:component-export": "default"
	})} </div> ` })}`;
}, "/work/main/site/pages/[...lang]/initiatief-aanmelden/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/initiatief-aanmelden/index.astro";
var $$url = "/[...lang]/initiatief-aanmelden";
// \0virtual:astro:page:site/pages/[...lang]/initiatief-aanmelden/index@_@astro
var page = () => initiatief_aanmelden_exports;
export { page };
