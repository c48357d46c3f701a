import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { n as employerDataSchema, r as employerSchema } from "./employer_BjXkeUdf.mjs";
import { t as dutchErrorMap } from "./dutch-errors_CmuSEa3N.mjs";
import { a as byField, c as formLangOf, d as HONEYPOT_FIELD, f as STARTED_FIELD, l as formWords, o as errorSummary, p as fieldMessages, r as useTranslations, s as formKit, u as idOf } from "./i18n_B0cFzGDw.mjs";
import { _ as skills, d as offers, h as sectors, l as languageLevels, o as educationLevels, p as regions } from "./taxonomy_fc_Y_2Gn.mjs";
import { a as fullSiteLangs, c as localizePath, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
import { a as messagesIn, i as messageLangOf } from "./messages_DhJMH1nJ.mjs";
import { t as callApi } from "./api-call_CXOyPH8c.mjs";
import { createElement, useEffect, useRef, useState } from "react";
import { jsx } from "react/jsx-runtime";
// functions/contracts/employer-form.ts
/**
* The 'Werkgever aanmelden' form: how posted form data (no JavaScript, or the island's FormData)
* becomes the JSON body of `POST /api/employers`. The spam traps and the per-field messages are the
* initiative form's (`initiative-form.ts`): one honeypot name, one fill-time field, one way to key
* messages by zod path. The same code runs in the browser and in the form handler.
*/
var FORM_ONLY = /* @__PURE__ */ new Set([HONEYPOT_FIELD, STARTED_FIELD]);
var UNSAFE_KEYS = /* @__PURE__ */ new Set([
	"__proto__",
	"constructor",
	"prototype"
]);
/**
* Turns form pairs into a body as `shape` says: `contact.name` nests, list fields repeat, empty
* optional fields are left out, a ticked flag becomes `true`. A repeated text keeps its first value.
* Unknown names are kept, so the schema rejects them as the API does.
*/
function formToBody(pairs, shape) {
	const lists = new Set(shape.lists);
	const texts = new Set(shape.texts);
	const keepEmpty = new Set(shape.keepEmpty ?? []);
	const flags = new Set(shape.flags ?? []);
	const body = Object.create(null);
	const nested = Object.create(null);
	const seen = /* @__PURE__ */ new Set();
	const put = (name, value) => {
		const dot = name.indexOf(".");
		if (dot < 0) body[name] = value;
		else (nested[name.slice(0, dot)] ??= Object.create(null))[name.slice(dot + 1)] = value;
	};
	for (const [name, raw] of pairs) {
		if (FORM_ONLY.has(name) || UNSAFE_KEYS.has(name)) continue;
		if (lists.has(name)) {
			const list = body[name] ?? [];
			list.push(raw);
			body[name] = list;
		} else if (flags.has(name)) body[name] = raw === "true" || raw === "on";
		else if (texts.has(name)) {
			if (seen.has(name)) continue;
			seen.add(name);
			if (raw.trim() !== "" || keepEmpty.has(name)) put(name, raw);
		} else body[name] = raw;
	}
	for (const [group, fields] of Object.entries(nested)) body[group] = { ...fields };
	for (const name of shape.requiredLists ?? []) body[name] ??= [];
	return { ...body };
}
/** The employer form's names, as `employerSchema` (functions/contracts/employer.ts) knows them. */
var employerFormShape = {
	lists: [
		"regions",
		"sectors",
		"offers",
		"skills"
	],
	requiredLists: [
		"regions",
		"sectors",
		"offers"
	],
	texts: [
		"name",
		"kvk",
		"website",
		"description",
		"languageLevel",
		"educationLevel",
		"contact.name",
		"contact.email",
		"contact.phone"
	],
	keepEmpty: ["contact.name", "contact.email"],
	flags: ["consent"]
};
/** Form pairs → the body of `POST /api/employers` (still to be checked with `employerSchema`). */
function formToEmployer(pairs) {
	const body = formToBody(pairs, employerFormShape);
	body.contact ??= {};
	return body;
}
/** Dutch and English; both have every key (the type checks it). */
var employerFormText = {
	nl: {
		"section.company": "Over het bedrijf",
		"section.offer": "Wat u biedt",
		"section.contact": "Contactpersoon",
		contactHint: "Alleen de redactie van Werkpad ziet deze gegevens. Ze komen nooit in het openbare register.",
		name: "Naam van het bedrijf",
		kvk: "KvK-nummer",
		"kvk.hint": "8 cijfers, zoals 12345678. Elk bedrijf staat één keer in het register.",
		"kvk.readOnly": "Het KvK-nummer kunt u niet wijzigen. Is het onjuist? Schrijf u dan uit en meld het bedrijf opnieuw aan.",
		"kvk.taken": "Dit KvK-nummer staat al in het register. Beheert u die inschrijving? Vraag dan op de pagina Inschrijving beheren een nieuwe beheerlink aan.",
		"kvk.busy": "Dit KvK-nummer wordt op dit moment bevestigd. Probeer het over een halve minuut opnieuw.",
		website: "Website",
		"website.hint": "Een adres dat begint met https://",
		description: "Beschrijving",
		"description.hint": "Wat doet uw bedrijf, en wat biedt u statushouders? Dit komt in het openbare register (hooguit 2000 tekens).",
		offers: "Wat biedt u aan?",
		sectors: "Sectoren",
		regions: "Arbeidsmarktregio's",
		"regions.hint": "Waar zijn de plekken? Kies Landelijk als het in heel Nederland kan.",
		languageLevel: "Welk niveau Nederlands vraagt u minimaal?",
		"languageLevel.hint": "A0 betekent: nog geen Nederlands nodig. Hoe lager, hoe meer statushouders kunnen beginnen.",
		educationLevel: "Welke opleiding vraagt u minimaal?",
		"educationLevel.empty": "Geen eis",
		skills: "Vaardigheden die u zoekt",
		"skills.hint": "Helpt om u te koppelen aan statushouders met die vaardigheden.",
		"skills.fold": "Vaardigheden kiezen",
		"contact.name": "Naam",
		"contact.email": "E-mailadres",
		"contact.email.hint": "Hierheen sturen wij de link om de inschrijving te bevestigen.",
		"contact.phone": "Telefoonnummer",
		consent: "Ik geef toestemming om de gegevens van de contactpersoon te bewaren voor het register. Zie de privacyverklaring.",
		submit: "Inschrijving versturen"
	},
	en: {
		"section.company": "About the company",
		"section.offer": "What you offer",
		"section.contact": "Contact person",
		contactHint: "Only the Werkpad editors see these details. They never appear in the public register.",
		name: "Company name",
		kvk: "KvK number (Chamber of Commerce)",
		"kvk.hint": "8 digits, such as 12345678. Each company is in the register once.",
		"kvk.readOnly": "The KvK number cannot be changed. Is it wrong? Then leave the register and register the company again.",
		"kvk.taken": "This KvK number is already in the register. Do you manage that registration? Then request a new manage link on the page Manage your registration.",
		"kvk.busy": "This KvK number is being confirmed right now. Try again in half a minute.",
		website: "Website",
		"website.hint": "An address starting with https://",
		description: "Description",
		"description.hint": "What does your company do, and what do you offer refugees with a residence permit? This goes into the public register (at most 2000 characters).",
		offers: "What do you offer?",
		sectors: "Sectors",
		regions: "Labour market regions",
		"regions.hint": "Where are the places? Choose Nationwide if it can be anywhere in the Netherlands.",
		languageLevel: "What level of Dutch do you ask at least?",
		"languageLevel.hint": "A0 means: no Dutch needed yet. The lower, the more people can start.",
		educationLevel: "What education do you ask at least?",
		"educationLevel.empty": "No requirement",
		skills: "Skills you are looking for",
		"skills.hint": "Helps to match you with candidates who have these skills.",
		"skills.fold": "Choose skills",
		"contact.name": "Name",
		"contact.email": "E-mail address",
		"contact.email.hint": "We send the link to confirm the registration to this address.",
		"contact.phone": "Phone number",
		consent: "I agree that the contact person’s details are kept for the register. See the privacy statement.",
		submit: "Send registration"
	}
};
// ui/employer-form.ts
/**
* The 'Werkgever aanmelden' form. One React component for three uses:
*  - the site build renders it into the page, where it works without JavaScript: it posts to
*    `/forms/werkgever` (`functions/handlers/form-werkgever.ts`);
*  - hydrated as an island (`site/islands/EmployerForm.tsx`) it checks the input with the same
*    zod schema as the API and hands valid data to `onValidSubmit`, which sends it as JSON; the
*    manage page uses it the same way for changes (`mode: 'manage'`: the KvK number fixed, no
*    consent box, no traps);
*  - the form handler renders it again with the values and messages when a post is wrong (422).
* Messages read in the form's language: the schema's Dutch, or its English from `messages.ts`.
*/
/** The employer form, with its error summary. */
function EmployerForm$1({ lang: pageLang, values = [], errors = {}, formError, started = "", mode = "register", onValidSubmit, submitLabel }) {
	const lang = formLangOf(pageLang);
	const text = employerFormText[lang];
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
	const messages = byField(state.errors);
	const kit = formKit({
		lang,
		values: state.values,
		messages
	});
	const registering = mode === "register";
	async function onSubmit(event) {
		const form = event.currentTarget;
		const pairs = [...new FormData(form).entries()].map(([k, v]) => [k, String(v)]);
		const parsed = (registering ? employerSchema : employerDataSchema).safeParse(formToEmployer(pairs), { error: dutchErrorMap });
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
			key: "company"
		}, createElement("legend", { className: "utrecht-heading-2" }, text["section.company"]), kit.textField({
			name: "name",
			label: text.name,
			required: true,
			autoComplete: "organization"
		}), kit.textField({
			name: "kvk",
			label: text.kvk,
			hint: registering ? text["kvk.hint"] : text["kvk.readOnly"],
			required: true,
			inputMode: "numeric",
			autoComplete: "off",
			readOnly: !registering
		}), kit.textField({
			name: "website",
			label: text.website,
			hint: text["website.hint"],
			required: false,
			type: "url",
			autoComplete: "url"
		}), kit.textField({
			name: "description",
			label: text.description,
			hint: text["description.hint"],
			required: false,
			multiline: true
		})),
		createElement("fieldset", {
			className: "form-section",
			key: "offer"
		}, createElement("legend", { className: "utrecht-heading-2" }, text["section.offer"]), kit.choiceField({
			name: "offers",
			label: text.offers,
			required: true,
			options: offers,
			multiple: true
		}), kit.choiceField({
			name: "sectors",
			label: text.sectors,
			required: true,
			options: sectors,
			multiple: true
		}), kit.choiceField({
			name: "regions",
			label: text.regions,
			hint: text["regions.hint"],
			required: true,
			options: regions,
			multiple: true
		}), kit.choiceField({
			name: "languageLevel",
			label: text.languageLevel,
			hint: text["languageLevel.hint"],
			required: true,
			options: languageLevels,
			multiple: false
		}), kit.selectField({
			name: "educationLevel",
			label: text.educationLevel,
			required: false,
			options: educationLevels,
			emptyLabel: text["educationLevel.empty"]
		}), kit.choiceField({
			name: "skills",
			label: text.skills,
			hint: text["skills.hint"],
			required: false,
			options: skills,
			multiple: true,
			folded: text["skills.fold"]
		})),
		createElement("fieldset", {
			className: "form-section",
			key: "contact"
		}, createElement("legend", { className: "utrecht-heading-2" }, text["section.contact"]), createElement("p", { className: "utrecht-form-field-description" }, text.contactHint), kit.textField({
			name: "contact.name",
			label: text["contact.name"],
			required: true,
			autoComplete: "name"
		}), kit.textField({
			name: "contact.email",
			label: text["contact.email"],
			hint: text["contact.email.hint"],
			required: true,
			type: "email",
			autoComplete: "email"
		}), kit.textField({
			name: "contact.phone",
			label: text["contact.phone"],
			required: false,
			type: "tel",
			autoComplete: "tel"
		})),
		kit.privacyNote(),
		registering ? kit.consentField(text.consent, idOf("privacy")) : null,
		...registering ? kit.traps(started) : [],
		createElement("button", {
			type: "submit",
			className: "utrecht-button utrecht-button--primary-action",
			disabled: state.sending,
			key: "submit"
		}, state.sending ? kit.words.sending : submitLabel ?? text.submit)
	];
	return createElement("form", {
		className: "initiative-form employer-form",
		method: "post",
		action: `/forms/werkgever?lang=${lang}`,
		noValidate: true,
		onSubmit
	}, ...children);
}
// site/islands/EmployerForm.tsx
/**
* The 'Werkgever aanmelden' island: the shared form (`ui/employer-form.ts`) with what only the
* browser does — send checked data as JSON to `POST /api/employers` (one Idempotency-Key per
* filled-in form, so a retry after a lost answer is recognised), go to the thanks page, or show the
* API's messages in the page's language. A KvK number that a verified entry holds (409 with
* `fields.kvk`) is a message at the KvK field.
*/
/** The form island on the 'Werkgever aanmelden' page. */
function EmployerForm({ lang }) {
	const idempotencyKey = useRef(null);
	async function send(data) {
		idempotencyKey.current ??= crypto.randomUUID();
		const answer = await callApi("POST", "/api/employers", data, { "idempotency-key": idempotencyKey.current });
		if (answer.ok) {
			location.assign(localizePath(lang, "/werkgever-aanmelden/bedankt/"));
			return new Promise(() => {});
		}
		if (answer.status === 409 && answer.fields.kvk) {
			const text = employerFormText[formLangOf(lang)];
			return { errors: { kvk: answer.fields.kvk === employerFormText.nl["kvk.busy"] ? text["kvk.busy"] : text["kvk.taken"] } };
		}
		const errors = messagesIn(messageLangOf(lang), answer.fields);
		if (Object.keys(errors).length > 0) return { errors };
		const words = formWords[formLangOf(lang)];
		if (answer.status === 0) return { formError: words.failed };
		if (answer.code === "rate_limited") return { formError: words.rateLimited };
		return { formError: lang === "nl" && answer.message ? answer.message : words.failed };
	}
	return /* @__PURE__ */ jsx(EmployerForm$1, {
		lang,
		onValidSubmit: send
	});
}
// site/pages/[...lang]/werkgever-aanmelden/index.astro
var werkgever_aanmelden_exports = /* @__PURE__ */ __exportAll({
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
		"title": tr("employerForm.title"),
		"description": tr("employerForm.description"),
		"lang": lang,
		"path": "/werkgever-aanmelden/",
		"langs": fullSiteLangs
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{
			href: localizePath(lang, "/werkgevers/"),
			label: tr("collection.werkgevers.plural")
		}, { label: tr("employerForm.title") }]
	})} ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${tr("employerForm.title")}</h1> <p class="lead">${tr("employerForm.intro")}</p> <p class="utrecht-paragraph"><a class="utrecht-link"${addAttribute(localizePath(lang, "/werkgevers/beheren/"), "href")}>${tr("employers.manageLink")}</a></p> <div data-form-slot> ${renderComponent($$result, "EmployerForm", EmployerForm, {
		"client:load": true,
		"lang": lang,
		"client:component-hydration": "load",
		"client:component-path": "/work/main/site/islands/EmployerForm.tsx",
		"client:component-export": "default"
	})} </div> ` })}`;
}, "/work/main/site/pages/[...lang]/werkgever-aanmelden/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/werkgever-aanmelden/index.astro";
var $$url = "/[...lang]/werkgever-aanmelden";
// \0virtual:astro:page:site/pages/[...lang]/werkgever-aanmelden/index@_@astro
var page = () => werkgever_aanmelden_exports;
export { page };
