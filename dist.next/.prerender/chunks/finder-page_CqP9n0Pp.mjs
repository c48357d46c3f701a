import { a as finderPurposes, i as finderPath, n as findSchemes, r as finderApplicants } from "./funding-finder_-zDxvNKF.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { c as localizePath } from "./collections_BBCTYGuN.mjs";
import { l as linkTo, n as buildDate, o as finderSchemes, y as schemes } from "./content_DNH6Nqmv.mjs";
import { o as targetGroupLabels } from "./labels_CM5_YWZc.mjs";
import { n as statusBadgeLabels, t as statusBadgeData } from "./status-badge_BTlYGiwT.mjs";
// site/lib/finder-text.ts
/** Every dictionary key the finder's results and form use. */
var finderTextKeys = [
	"finder.reason.paysFor",
	"finder.reason.otherApplicant",
	"finder.reason.noApplicants",
	"finder.reason.canApply",
	"finder.reason.targetGroup",
	"finder.reason.targetGroupMissing",
	"finder.reason.status.open",
	"finder.reason.status.doorlopend",
	"finder.reason.status.verwacht",
	"finder.reason.status.onbekend",
	"finder.reason.status.gesloten",
	"finder.reason.match",
	"finder.reason.gap",
	"finder.applicantPlural.gemeente",
	"finder.applicantPlural.werkgever",
	"finder.applicantPlural.onderwijsinstelling",
	"finder.applicantPlural.initiatief",
	"finder.applicantPlural.statushouder",
	"finder.purposePhrase.loonkosten",
	"finder.purposePhrase.begeleiding",
	"finder.purposePhrase.scholing",
	"finder.purposePhrase.taal",
	"finder.purposePhrase.leerwerktraject",
	"finder.fit.exact",
	"finder.fit.doelgroep-niet-genoemd",
	"finder.fit.andere-aanvrager",
	"finder.combinesWith",
	"finder.combinations.title",
	"finder.combinations.none",
	"finder.count.none",
	"finder.count.one",
	"finder.count.other",
	"finder.prompt",
	"finder.step1.legend",
	"finder.step2.legend",
	"finder.targetGroup.label",
	"finder.targetGroup.any",
	"finder.results.title",
	"finder.statusOn",
	"scheme.status",
	"schemeStatus.open",
	"schemeStatus.gesloten",
	"schemeStatus.doorlopend",
	"schemeStatus.verwacht",
	"schemeStatus.onbekend"
];
/** Fills `{name}` placeholders. */
function fill(template, vars = {}) {
	return template.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? `{${name}}`));
}
var capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
var statusKey = {
	open: "finder.reason.status.open",
	doorlopend: "finder.reason.status.doorlopend",
	verwacht: "finder.reason.status.verwacht",
	onbekend: "finder.reason.status.onbekend",
	gesloten: "finder.reason.status.gesloten"
};
/**
* Why a result fits and what to check, in the dictionary's language: the same sentences, in the
* same order, as the finder's Dutch `reasons`.
*/
function reasonsIn(text, result, scheme, query, ctx) {
	const plural = (who) => text[`finder.applicantPlural.${who}`];
	const who = plural(query.applicant);
	const what = text[`finder.purposePhrase.${query.purpose}`];
	const say = (key, vars) => capitalise(fill(text[key], vars));
	const reasons = [];
	if (result.fit === "andere-aanvrager") {
		reasons.push({
			type: "match",
			text: say("finder.reason.paysFor", { what })
		});
		const via = scheme.applicants.map(plural);
		reasons.push({
			type: "gap",
			text: via.length > 0 ? say("finder.reason.otherApplicant", {
				who,
				via: new Intl.ListFormat(ctx.lang, { type: "conjunction" }).format(via)
			}) : say("finder.reason.noApplicants")
		});
	} else reasons.push({
		type: "match",
		text: say("finder.reason.canApply", {
			who,
			what
		})
	});
	if (query.targetGroup) {
		const group = ctx.targetGroupLabel(query.targetGroup).toLowerCase();
		reasons.push(scheme.targetGroups.includes(query.targetGroup) ? {
			type: "match",
			text: say("finder.reason.targetGroup", { group })
		} : {
			type: "gap",
			text: say("finder.reason.targetGroupMissing", { group })
		});
	}
	reasons.push({
		type: result.status === "open" || result.status === "doorlopend" ? "match" : "gap",
		text: say(statusKey[result.status])
	});
	return reasons;
}
/** The label of a fit, e.g. "Past bij uw keuze". */
function fitLabel(text, fit) {
	return text[`finder.fit.${fit}`];
}
/** The label of a status, e.g. "Doorlopend". */
function statusLabel(text, status) {
	return text[`schemeStatus.${status}`];
}
/** "3 regelingen passen." in the dictionary's language. */
function countSentence(text, n) {
	return fill(text[n === 0 ? "finder.count.none" : n === 1 ? "finder.count.one" : "finder.count.other"], { n });
}
// site/lib/finder-page.ts
/**
* What the funding finder's pages need at build: the strings in the page's language, the
* results of one step as the page shows them, and the island's props. Server-only (it reads the
* dictionaries and the content); the island gets plain data from here.
*/
/** The finder's strings in `lang`. */
function finderText(lang) {
	return Object.fromEntries(finderTextKeys.map((key) => [key, t(lang, key)]));
}
/** The label of an answer to step 1, e.g. "Gemeente". */
var applicantLabel = (lang, id) => t(lang, `applicant.${id}`);
/** The label of an answer to step 2, e.g. "Loonkosten". */
var purposeLabel = (lang, id) => t(lang, `purpose.${id}`);
/** The answers to step 1 with their step pages. */
function applicantChoices(lang) {
	return finderApplicants.map((id) => ({
		id,
		label: applicantLabel(lang, id),
		href: localizePath(lang, finderPath(id))
	}));
}
/** The answers to step 2 for an applicant, with their result pages and how many schemes fit. */
function purposeChoices(lang, applicant) {
	return finderPurposes.map((id) => ({
		id,
		label: purposeLabel(lang, id),
		href: localizePath(lang, finderPath(applicant, id)),
		count: findSchemes(finderSchemes, {
			applicant,
			purpose: id
		}, { today: buildDate }).results.length
	}));
}
/** Target groups that at least one scheme names, by label: the island's optional third question. */
function finderTargetGroups(lang) {
	return [...new Set(schemes.flatMap((s) => s.data.targetGroups))].map((id) => ({
		id,
		label: targetGroupLabels([id], lang)[0] ?? id
	})).sort((a, b) => a.label.localeCompare(b.label, lang));
}
/** One result page: the finder's answer for the build day, as the page shows it. */
function resultPage(lang, applicant, purpose) {
	const text = finderText(lang);
	const answer = findSchemes(finderSchemes, {
		applicant,
		purpose
	}, { today: buildDate });
	const labels = statusBadgeLabels(lang);
	const groupLabel = (id) => targetGroupLabels([id], lang)[0] ?? id;
	return {
		text,
		answer,
		results: answer.results.map((r) => {
			const entry = schemes.find((s) => s.id === r.id);
			const link = linkTo("regelingen", lang)(entry);
			return {
				id: r.id,
				name: link.label,
				href: link.href,
				nameLang: link.lang,
				status: r.status,
				fit: r.fit,
				reasons: reasonsIn(text, r, entry.data, answer.query, {
					lang,
					targetGroupLabel: groupLabel
				}),
				combinesWith: r.combinesWith,
				badgeData: statusBadgeData(entry.data, r.status, labels)
			};
		})
	};
}
var day = (date) => date ? date.toISOString().slice(0, 10) : null;
/** The island's schemes: plain JSON with localized links. */
function islandSchemes(lang) {
	return finderSchemes.map((s) => {
		const link = linkTo("regelingen", lang)(schemes.find((e) => e.id === s.id));
		return {
			...s,
			name: link.label,
			href: link.href,
			nameLang: link.lang,
			windows: s.windows.map((w) => ({
				opens: day(w.opens),
				closes: day(w.closes)
			}))
		};
	});
}
export { islandSchemes as a, resultPage as c, fitLabel as d, reasonsIn as f, finderText as i, countSentence as l, applicantLabel as n, purposeChoices as o, statusLabel as p, finderTargetGroups as r, purposeLabel as s, applicantChoices as t, fill as u };
