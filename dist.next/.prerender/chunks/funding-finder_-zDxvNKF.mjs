// functions/domain/scheme-status.ts
/**
* The status of a funding scheme on a given day, derived from its application windows — never
* typed by hand, so it cannot go stale. Computed at build and again in the browser.
*/
var schemeStatuses = [
	"open",
	"gesloten",
	"doorlopend",
	"verwacht",
	"onbekend"
];
function day(date) {
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
/**
* - `doorlopend`: the scheme can be used at any time (`ongoing`), or a window has opened and
*   has no closing date;
* - `open`: today lies inside a window with a closing date;
* - `verwacht`: no window is open, but one opens later;
* - `gesloten`: every window has closed;
* - `onbekend`: the sources give no windows.
*/
function schemeStatus(windows, ongoing, today) {
	if (ongoing) return "doorlopend";
	if (windows.length === 0) return "onbekend";
	const now = day(today);
	let upcoming = false;
	let unknownBounds = false;
	for (const w of windows) {
		const opens = w.opens ? day(w.opens) : void 0;
		const closes = w.closes ? day(w.closes) : void 0;
		if (opens !== void 0 && opens > now) {
			upcoming = true;
			continue;
		}
		if (closes === void 0) {
			if (opens !== void 0) return "doorlopend";
			unknownBounds = true;
			continue;
		}
		if (closes >= now) return "open";
	}
	if (upcoming) return "verwacht";
	return unknownBounds ? "onbekend" : "gesloten";
}
/** Dutch labels for the statuses, for pages and badges. */
var schemeStatusLabels = {
	open: "Open",
	gesloten: "Gesloten",
	doorlopend: "Doorlopend",
	verwacht: "Verwacht",
	onbekend: "Onbekend"
};
// functions/domain/funding-finder.ts
/**
* The organisations the finder asks about. `statushouder` (an applicant kind of the content
* schema) is left out on purpose: statushouders are served by the match page, not by funding.
* A unit test keeps this list in step with `applicantKinds`.
*/
var finderApplicants = [
	"gemeente",
	"werkgever",
	"onderwijsinstelling",
	"initiatief"
];
/** What can be funded, in the order the step page shows it (equal to `fundingPurposes`). */
var finderPurposes = [
	"loonkosten",
	"begeleiding",
	"scholing",
	"taal",
	"leerwerktraject"
];
/** Dutch labels of every applicant kind, as a step page names them ("Ik ben een …"). */
var applicantLabels = {
	gemeente: {
		label: "Gemeente",
		plural: "gemeenten"
	},
	werkgever: {
		label: "Werkgever",
		plural: "werkgevers"
	},
	onderwijsinstelling: {
		label: "Onderwijsinstelling",
		plural: "onderwijsinstellingen"
	},
	initiatief: {
		label: "Initiatief",
		plural: "initiatieven"
	},
	statushouder: {
		label: "Statushouder",
		plural: "statushouders"
	}
};
var purposePhrases = {
	loonkosten: "loonkosten",
	begeleiding: "begeleiding",
	scholing: "scholing",
	taal: "taal",
	leerwerktraject: "leerwerktrajecten"
};
var fitRank = {
	exact: 0,
	"doelgroep-niet-genoemd": 1,
	"andere-aanvrager": 2
};
var statusRank = {
	open: 0,
	doorlopend: 0,
	verwacht: 1,
	onbekend: 2,
	gesloten: 3
};
function joinNl(items) {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}
/**
* Which schemes combine, made symmetric: when A lists B in `combinesWith`, A and B combine,
* whether or not B lists A. Ids that name no scheme in `schemes` are ignored.
*/
function combinationIndex(schemes) {
	const known = new Set(schemes.map((s) => s.id));
	const index = new Map(schemes.map((s) => [s.id, /* @__PURE__ */ new Set()]));
	for (const s of schemes) for (const other of s.combinesWith) {
		if (!known.has(other) || other === s.id) continue;
		index.get(s.id).add(other);
		index.get(other).add(s.id);
	}
	return index;
}
/** The ids a scheme combines with (symmetric), sorted; for pages and exports. */
function combinesWithOf(schemes, id) {
	return [...combinationIndex(schemes).get(id) ?? []].sort();
}
function fitOf(scheme, query) {
	if (!scheme.paysFor.includes(query.purpose)) return void 0;
	if (!scheme.applicants.includes(query.applicant)) return "andere-aanvrager";
	if (query.targetGroup && !scheme.targetGroups.includes(query.targetGroup)) return "doelgroep-niet-genoemd";
	return "exact";
}
var statusReason = {
	open: {
		type: "match",
		text: "U kunt nu aanvragen: er loopt een aanvraagperiode."
	},
	doorlopend: {
		type: "match",
		text: "U kunt het op elk moment inzetten of aanvragen."
	},
	verwacht: {
		type: "gap",
		text: "Er is nu geen aanvraagperiode open; er komt er een aan."
	},
	onbekend: {
		type: "gap",
		text: "Wanneer u kunt aanvragen, staat niet in de bronnen: vraag het na bij de financier."
	},
	gesloten: {
		type: "gap",
		text: "Alle bekende aanvraagperioden zijn voorbij."
	}
};
function reasonsOf(scheme, query, fit, status, label) {
	const who = applicantLabels[query.applicant].plural;
	const what = purposePhrases[query.purpose];
	const reasons = [];
	if (fit === "andere-aanvrager") {
		const via = scheme.applicants.map((a) => applicantLabels[a].plural);
		reasons.push({
			type: "match",
			text: `Betaalt voor ${what}.`
		});
		reasons.push({
			type: "gap",
			text: via.length > 0 ? `${capitalise(who)} vragen dit niet zelf aan; dat doen ${joinNl(via)}.` : "De bronnen noemen niet wie kan aanvragen."
		});
	} else reasons.push({
		type: "match",
		text: `${capitalise(who)} kunnen dit aanvragen en het betaalt voor ${what}.`
	});
	if (query.targetGroup) reasons.push(scheme.targetGroups.includes(query.targetGroup) ? {
		type: "match",
		text: `Bedoeld voor ${label(query.targetGroup).toLowerCase()}.`
	} : {
		type: "gap",
		text: `De bronnen noemen ${label(query.targetGroup).toLowerCase()} niet als doelgroep: controleer de voorwaarden.`
	});
	reasons.push(statusReason[status]);
	return reasons;
}
function capitalise(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
/**
* The schemes that fit a query, ranked: fit first (exact before partial), then what can be used
* now, then name. Each carries its status on `options.today` and the results it combines with.
*/
function findSchemes(schemes, query, options) {
	const label = options.targetGroupLabel ?? ((id) => id);
	const index = combinationIndex(schemes);
	const fitting = schemes.flatMap((scheme) => {
		const fit = fitOf(scheme, query);
		if (!fit) return [];
		return [{
			scheme,
			fit,
			status: schemeStatus(scheme.windows, scheme.ongoing, options.today)
		}];
	});
	fitting.sort((a, b) => fitRank[a.fit] - fitRank[b.fit] || statusRank[a.status] - statusRank[b.status] || a.scheme.name.localeCompare(b.scheme.name, "nl"));
	const order = fitting.map((f) => f.scheme.id);
	const results = fitting.map(({ scheme, fit, status }) => ({
		id: scheme.id,
		name: scheme.name,
		fit,
		status,
		reasons: reasonsOf(scheme, query, fit, status, label),
		combinesWith: order.filter((id) => index.get(scheme.id)?.has(id))
	}));
	const combinations = [];
	for (const [i, a] of order.entries()) for (const b of order.slice(i + 1)) if (index.get(a)?.has(b)) combinations.push([a, b]);
	return {
		query,
		today: options.today,
		results,
		combinations
	};
}
/** Every applicant × purpose combination, for the static result pages (20 in all). */
var finderSteps = finderApplicants.flatMap((applicant) => finderPurposes.map((purpose) => ({
	applicant,
	purpose,
	slug: `${applicant}/${purpose}`
})));
/** The base path of the finder. */
var finderBasePath = "/financieringswijzer/";
/**
* The path of a step: the start (who are you?), one applicant (what do you want to fund?) or the
* result page of an applicant and a purpose. Unprefixed: the page adds a language prefix.
*/
function finderPath(applicant, purpose) {
	if (!applicant) return finderBasePath;
	return purpose ? `${finderBasePath}${applicant}/${purpose}/` : `${finderBasePath}${applicant}/`;
}
/** Narrows a string (a route param or a form value) to an applicant, or undefined. */
function parseFinderApplicant(value) {
	return finderApplicants.includes(value ?? "") ? value : void 0;
}
/** Narrows a string (a route param or a form value) to a purpose, or undefined. */
function parseFinderPurpose(value) {
	return finderPurposes.includes(value ?? "") ? value : void 0;
}
export { finderPurposes as a, parseFinderPurpose as c, schemeStatuses as d, finderPath as i, schemeStatus as l, findSchemes as n, finderSteps as o, finderApplicants as r, parseFinderApplicant as s, combinesWithOf as t, schemeStatusLabels as u };
