import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { a as finderPurposes, c as parseFinderPurpose, n as findSchemes, s as parseFinderApplicant } from "./funding-finder_-zDxvNKF.mjs";
import { a as islandSchemes, f as reasonsIn, i as finderText, l as countSentence, r as finderTargetGroups, s as purposeLabel, t as applicantChoices, u as fill } from "./finder-page_CqP9n0Pp.mjs";
import { t as readerToday } from "./scheme-status_gM47ZMHZ.mjs";
import { t as FinderResults } from "./finder-results_B0CYkOyD.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { jsx, jsxs } from "react/jsx-runtime";
// site/islands/funding-finder.tsx
/**
* The funding finder on one screen: who you are, what you want to fund and (optionally) the
* target group, with the fitting schemes updating as you choose. The status of each scheme is
* computed here from its windows for today. The choice lives in the URL query
* (`?wie=gemeente&wat=loonkosten&doelgroep=statushouders`) so it can be shared and survives a
* reload.
*
* Server output (and the first render in the browser) is step 1 of the static finder: links to
* the step pages. That is what a reader without JavaScript uses; once hydrated, the form takes
* its place.
*/
function readChoice(search, targetGroups) {
	const params = new URLSearchParams(search);
	const doelgroep = params.get("doelgroep") ?? void 0;
	return {
		wie: parseFinderApplicant(params.get("wie")),
		wat: parseFinderPurpose(params.get("wat")),
		doelgroep: targetGroups.some((g) => g.id === doelgroep) ? doelgroep : void 0
	};
}
function queryOf(choice) {
	const params = new URLSearchParams();
	if (choice.wie) params.set("wie", choice.wie);
	if (choice.wat) params.set("wat", choice.wat);
	if (choice.doelgroep) params.set("doelgroep", choice.doelgroep);
	const query = params.toString();
	return query ? `?${query}` : "";
}
/** The funding finder island. */
function FundingFinder({ lang, text, schemes, applicants, purposes, targetGroups, stepLabel }) {
	const [mounted, setMounted] = useState(false);
	const [choice, setChoice] = useState({});
	const root = useRef(null);
	const focusFirst = useRef(false);
	const id = useId();
	useEffect(() => {
		focusFirst.current = root.current?.contains(document.activeElement) ?? false;
		setChoice(readChoice(window.location.search, targetGroups));
		setMounted(true);
	}, [targetGroups]);
	useEffect(() => {
		if (!mounted) return;
		if (focusFirst.current) {
			focusFirst.current = false;
			root.current?.querySelector("input[type=\"radio\"]")?.focus();
		}
		const url = `${window.location.pathname}${queryOf(choice)}${window.location.hash}`;
		if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, "", url);
	}, [mounted, choice]);
	const finderSchemes = useMemo(() => schemes.map((s) => ({
		...s,
		windows: s.windows.map((w) => ({
			opens: w.opens ? new Date(w.opens) : void 0,
			closes: w.closes ? new Date(w.closes) : void 0
		}))
	})), [schemes]);
	const today = useMemo(() => readerToday(), []);
	if (!mounted) return /* @__PURE__ */ jsx("div", {
		ref: root,
		className: "finder",
		children: /* @__PURE__ */ jsxs("section", {
			"aria-labelledby": `${id}-stap1`,
			children: [
				/* @__PURE__ */ jsx("p", {
					className: "finder-step",
					children: stepLabel
				}),
				/* @__PURE__ */ jsx("h2", {
					id: `${id}-stap1`,
					className: "utrecht-heading-2",
					children: text["finder.step1.legend"]
				}),
				/* @__PURE__ */ jsx("ul", {
					className: "finder-choices",
					children: applicants.map((a) => /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx("a", {
						className: "finder-choice",
						href: a.href,
						children: a.label
					}) }, a.id))
				})
			]
		})
	});
	const { wie, wat, doelgroep } = choice;
	const answer = wie && wat ? findSchemes(finderSchemes, {
		applicant: wie,
		purpose: wat,
		targetGroup: doelgroep
	}, { today }) : void 0;
	const groupLabel = (gid) => targetGroups.find((g) => g.id === gid)?.label ?? gid;
	const views = answer?.results.map((r) => {
		const scheme = schemes.find((s) => s.id === r.id);
		return {
			id: r.id,
			name: scheme.name,
			href: scheme.href,
			nameLang: scheme.nameLang,
			status: r.status,
			fit: r.fit,
			reasons: reasonsIn(text, r, scheme, answer.query, {
				lang,
				targetGroupLabel: groupLabel
			}),
			combinesWith: r.combinesWith
		};
	}) ?? [];
	const date = new Intl.DateTimeFormat(lang, {
		day: "numeric",
		month: "long",
		year: "numeric",
		timeZone: "UTC"
	}).format(today);
	const update = (change) => setChoice((current) => ({
		...current,
		...change
	}));
	return /* @__PURE__ */ jsxs("div", {
		ref: root,
		className: "finder",
		children: [/* @__PURE__ */ jsxs("form", {
			className: "finder-form",
			onSubmit: (e) => e.preventDefault(),
			children: [
				/* @__PURE__ */ jsxs("fieldset", {
					className: "finder-fieldset",
					children: [/* @__PURE__ */ jsx("legend", {
						className: "finder-legend",
						children: text["finder.step1.legend"]
					}), applicants.map((a) => /* @__PURE__ */ jsxs("div", {
						className: "filter-option",
						children: [/* @__PURE__ */ jsx("input", {
							type: "radio",
							id: `${id}-wie-${a.id}`,
							name: "wie",
							value: a.id,
							checked: wie === a.id,
							onChange: () => update({ wie: a.id })
						}), /* @__PURE__ */ jsx("label", {
							htmlFor: `${id}-wie-${a.id}`,
							children: a.label
						})]
					}, a.id))]
				}),
				/* @__PURE__ */ jsxs("fieldset", {
					className: "finder-fieldset",
					children: [/* @__PURE__ */ jsx("legend", {
						className: "finder-legend",
						children: text["finder.step2.legend"]
					}), purposes.map((p) => /* @__PURE__ */ jsxs("div", {
						className: "filter-option",
						children: [/* @__PURE__ */ jsx("input", {
							type: "radio",
							id: `${id}-wat-${p.id}`,
							name: "wat",
							value: p.id,
							checked: wat === p.id,
							onChange: () => update({ wat: p.id })
						}), /* @__PURE__ */ jsx("label", {
							htmlFor: `${id}-wat-${p.id}`,
							children: p.label
						})]
					}, p.id))]
				}),
				/* @__PURE__ */ jsxs("div", {
					className: "utrecht-form-field finder-target",
					children: [/* @__PURE__ */ jsx("label", {
						className: "utrecht-form-label",
						htmlFor: `${id}-doelgroep`,
						children: text["finder.targetGroup.label"]
					}), /* @__PURE__ */ jsxs("select", {
						className: "utrecht-select utrecht-select--html-select",
						id: `${id}-doelgroep`,
						name: "doelgroep",
						value: doelgroep ?? "",
						onChange: (e) => update({ doelgroep: e.target.value || void 0 }),
						children: [/* @__PURE__ */ jsx("option", {
							value: "",
							children: text["finder.targetGroup.any"]
						}), targetGroups.map((g) => /* @__PURE__ */ jsx("option", {
							value: g.id,
							children: g.label
						}, g.id))]
					})]
				})
			]
		}), /* @__PURE__ */ jsxs("section", {
			className: "finder-answer",
			"aria-labelledby": `${id}-resultaat`,
			children: [
				/* @__PURE__ */ jsx("h2", {
					id: `${id}-resultaat`,
					className: "utrecht-heading-2",
					children: text["finder.results.title"]
				}),
				/* @__PURE__ */ jsx("p", {
					className: "finder-count",
					role: "status",
					children: answer ? countSentence(text, answer.results.length) : text["finder.prompt"]
				}),
				answer && /* @__PURE__ */ jsx("p", {
					className: "meta-line",
					children: fill(text["finder.statusOn"], { date })
				}),
				answer && /* @__PURE__ */ jsx(FinderResults, {
					results: views,
					combinations: answer.combinations,
					text,
					combinationsHeading: 3,
					idPrefix: "regeling-"
				})
			]
		})]
	});
}
// site/pages/[...lang]/financieringswijzer/index.astro
var financieringswijzer_exports = /* @__PURE__ */ __exportAll({
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
	const purposes = finderPurposes.map((id) => ({
		id,
		label: purposeLabel(lang, id)
	}));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": tr("finder.title"),
		"description": tr("finder.description"),
		"lang": lang,
		"path": "/financieringswijzer/",
		"langs": fullSiteLangs
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{ label: tr("finder.title") }]
	})} ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${tr("finder.title")}</h1> <p class="lead">${tr("finder.lead")}</p> <p class="utrecht-paragraph finder-quickscan"><a class="utrecht-link" href="/quickscan/"${addAttribute(lang === "nl" ? void 0 : "nl", "hreflang")}>${tr("finder.quickscan")}</a></p> ${renderComponent($$result, "FundingFinder", FundingFinder, {
		"client:load": true,
		"lang": lang,
		"text": finderText(lang),
		"schemes": islandSchemes(lang),
		"applicants": applicantChoices(lang),
		"purposes": purposes,
		"targetGroups": finderTargetGroups(lang),
		"stepLabel": tr("finder.stepOf", { n: 1 }),
		"client:component-hydration": "load",
		"client:component-path": "/work/main/site/islands/funding-finder.tsx",
		"client:component-export": "default"
	})} ` })}`;
}, "/work/main/site/pages/[...lang]/financieringswijzer/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/financieringswijzer/index.astro";
var $$url = "/[...lang]/financieringswijzer";
// \0virtual:astro:page:site/pages/[...lang]/financieringswijzer/index@_@astro
var page = () => financieringswijzer_exports;
export { page };
