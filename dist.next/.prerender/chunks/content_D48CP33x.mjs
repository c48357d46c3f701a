import { f as regionId, m as sectorId, r as approachId, t as actionLineId, v as slugIdSchema, y as targetGroupId } from "./taxonomy_fc_Y_2Gn.mjs";
import { z } from "zod";
// functions/contracts/content.ts
/**
* Frontmatter schemas of the five content collections in `content/`.
*
* Astro validates every markdown file against these at build; a malformed file fails the build
* with the file, the field and what was expected (see `site/lib/content-errors.ts`). Fields the
* seeds cannot fill are optional; a page shows `onbekend` for them.
*/
/** A source's id: short kebab case, unique within its entry (`kis-monitor-2024`). */
var sourceIdSchema = z.string().max(60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "een bron-id bestaat uit kleine letters, cijfers en streepjes, zoals kis-monitor-2024");
/** A source an entry is written from: a seed document, a publication or a web page. */
var sourceSchema = z.strictObject({
	/** Short id that the entry's `facts` and `alsoMentioned` point to. */
	id: sourceIdSchema.optional(),
	/** Title of the document or page as it calls itself. */
	title: z.string().min(3).max(300),
	/** Who published it (ministry, organisation, news site). */
	publisher: z.string().max(200).optional(),
	/** Publication date when the source gives one (YYYY-MM-DD). */
	date: z.coerce.date().optional(),
	/** Address of the original, https only. */
	url: z.url({
		protocol: /^https$/,
		error: "een bron-URL begint met https://"
	}).optional(),
	/** File name in `shared/seeds/` the facts were taken from. */
	seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, "een seed is een bestandsnaam als 004_e6fd3a2a5221d3ae.txt").optional()
});
/**
* A source of a curated entry: with an id, a publisher and an address (a URL or a seed file), so
* a reader and an editor can find the very text a fact comes from.
*/
var entrySourceSchema = sourceSchema.extend({
	id: sourceIdSchema,
	publisher: z.string().min(2, "noem de uitgever van de bron (publisher)").max(200)
}).refine((s) => s.url !== void 0 || s.seed !== void 0, {
	message: "geef het adres van de bron: url (https://…) of seed (bestandsnaam in shared/seeds/)",
	when: (payload) => typeof payload.value === "object" && payload.value !== null
});
/**
* A figure in the entry's text and where it comes from: every number, amount, date and result in
* the title, summary, body and other text fields is declared as (part of) a fact's `value`.
*/
var factSchema = z.strictObject({
	/** The figure exactly as the text writes it ("ruim 200", "10.000 euro", "2017"). */
	value: z.string().trim().min(1).max(120),
	/** What the figure measures, in a few words. */
	measures: z.string().min(3).max(300),
	/** Id of one of the entry's `sources`. */
	source: sourceIdSchema,
	/** Section, paragraph or page of the source that states it. */
	where: z.string().min(2).max(200)
});
/**
* An initiative that a source only names ('Ook genoemd'): too little for a page of its own, so it
* is listed on the page of the lesson or bottleneck whose source names it.
*/
var mentionSchema = z.strictObject({
	name: z.string().min(2).max(160),
	/** One line: what the source says about it. */
	note: z.string().min(10).max(300).regex(/^[^\n]*$/, "een notitie is één regel"),
	/** Id of one of the entry's `sources`. */
	source: sourceIdSchema
});
/**
* The rule that ties an entry together: source ids are unique, and every fact and every
* 'Ook genoemd' item names one of the entry's own sources. Messages name the field, the id and
* the ids to choose from, like the other content errors (`site/lib/content-errors.ts`).
*/
function checkSourceReferences(entry, ctx) {
	const ids = entry.sources.map((s) => s.id).filter((id) => id !== void 0);
	const seen = /* @__PURE__ */ new Set();
	entry.sources.forEach((s, i) => {
		if (s.id === void 0) return;
		if (seen.has(s.id)) ctx.addIssue({
			code: "custom",
			path: [
				"sources",
				i,
				"id"
			],
			message: `bron-id "${s.id}" komt twee keer voor; geef elke bron een eigen id`
		});
		seen.add(s.id);
	});
	const choose = ids.length > 0 ? `kies uit: ${ids.join(", ")}` : "deze entry heeft nog geen bronnen met een id";
	for (const field of ["facts", "alsoMentioned"]) (entry[field] ?? []).forEach((item, i) => {
		if (!seen.has(item.source)) ctx.addIssue({
			code: "custom",
			path: [
				field,
				i,
				"source"
			],
			message: `verwijst naar bron "${item.source}", maar die staat niet onder sources (${choose})`
		});
	});
}
var slugList = z.array(slugIdSchema).max(50).default([]);
var date = z.coerce.date({ error: "verwacht een datum als 2024-07-11" });
/** Fields every curated entry carries. */
var baseSchema = z.strictObject({
	/** Short summary at B1 language level: the first thing a reader sees. */
	summary: z.string().min(20).max(600),
	/** Where the facts come from; at least one. */
	sources: z.array(entrySourceSchema).min(1, "noem minstens één bron"),
	/** Every number, amount, date and result in the text, with its source (see `factSchema`). */
	facts: z.array(factSchema).max(200).default([]),
	/** When the entry was last checked against its sources. */
	lastVerified: date
});
/** 'Ook genoemd': initiatives the entry's sources only name. */
var mentions = z.array(mentionSchema).max(50).default([]);
var practiceStatuses = [
	"pilot",
	"lopend",
	"afgerond"
];
var evidenceLevels = [
	"beschreven",
	"geevalueerd",
	"effectief-onderzocht"
];
baseSchema.extend({
	title: z.string().min(3).max(160),
	organisations: z.array(z.string().min(2).max(160)).min(1, "noem minstens één organisatie"),
	partners: z.array(z.string().min(2).max(160)).default([]),
	/** Where it runs; empty when the sources do not say (the page shows `onbekend`). */
	regions: z.array(regionId).default([]),
	sectors: z.array(sectorId).default([]),
	actionLines: z.array(actionLineId).default([]),
	targetGroups: z.array(targetGroupId).default([]),
	approaches: z.array(approachId).default([]),
	/** Ids of regelingen this practice used. */
	schemes: slugList,
	/** Ids of lessen this practice informed. */
	lessons: slugList,
	/** Ids of knelpunten this practice answers. */
	bottlenecks: slugList,
	/** Results as the source states them, never rounded up or interpreted. */
	results: z.string().max(2e3).optional(),
	status: z.enum(practiceStatuses).optional(),
	/** Period as the source gives it, e.g. "2022–2025". */
	period: z.string().max(60).optional(),
	evidence: z.enum(evidenceLevels).default("beschreven"),
	website: z.url({ protocol: /^https$/ }).optional(),
	/** `aanmelding`: a published submission, which carries no sources (DESIGN.md). */
	origin: z.enum(["redactie", "aanmelding"]).default("redactie")
}).extend({ sources: z.array(entrySourceSchema).default([]) }).superRefine((practice, ctx) => {
	if (practice.origin === "redactie" && practice.sources.length === 0) ctx.addIssue({
		code: "custom",
		path: ["sources"],
		message: "noem minstens één bron"
	});
	checkSourceReferences(practice, ctx);
});
var schemeKinds = [
	"subsidie",
	"instrument",
	"dienstverlening"
];
var applicantKinds = [
	"gemeente",
	"werkgever",
	"onderwijsinstelling",
	"initiatief",
	"statushouder"
];
var fundingPurposes = [
	"loonkosten",
	"begeleiding",
	"scholing",
	"taal",
	"leerwerktraject"
];
/** An application window; a window without `closes` stays open (doorlopend). */
var windowSchema = z.strictObject({
	opens: date.optional(),
	closes: date.optional(),
	note: z.string().max(200).optional()
});
baseSchema.extend({
	name: z.string().min(2).max(160),
	/** Who pays; absent when the sources do not say. */
	financer: z.string().min(2).max(200).optional(),
	kind: z.enum(schemeKinds),
	/** Who may apply. */
	applicants: z.array(z.enum(applicantKinds)).default([]),
	/** What it pays for. */
	paysFor: z.array(z.enum(fundingPurposes)).default([]),
	targetGroups: z.array(targetGroupId).default([]),
	regions: z.array(regionId).default(["landelijk"]),
	/** Amount or budget exactly as the source states it. */
	amount: z.string().max(300).optional(),
	/** Application windows; empty means the status is unknown unless `ongoing`. */
	windows: z.array(windowSchema).default([]),
	/** True for an instrument that can be used at any time (status doorlopend). */
	ongoing: z.boolean().default(false),
	conditions: z.array(z.string().max(400)).default([]),
	legalBasis: z.string().max(300).optional(),
	/** Ids of regelingen this one can be combined with for one placement. */
	combinesWith: slugList,
	website: z.url({ protocol: /^https$/ }).optional()
}).superRefine(checkSourceReferences);
baseSchema.extend({
	title: z.string().min(3).max(160),
	network: z.string().min(2).max(200),
	date: date.optional(),
	themes: z.array(z.string().min(2).max(80)).default([]),
	sectors: z.array(sectorId).default([]),
	actionLines: z.array(actionLineId).default([]),
	werkzameElementen: z.array(z.string().min(3).max(400)).default([]),
	knelpunten: z.array(z.strictObject({
		knelpunt: z.string().min(3).max(400),
		oplossing: z.string().max(600).optional()
	})).default([]),
	practices: slugList,
	schemes: slugList,
	alsoMentioned: mentions
}).superRefine(checkSourceReferences);
var audiences = [
	"werkgever",
	"gemeente",
	"statushouder",
	"opleider"
];
baseSchema.extend({
	title: z.string().min(3).max(160),
	/** Who feels it. */
	feltBy: z.array(z.enum(audiences)).min(1),
	solutions: z.array(z.strictObject({
		title: z.string().min(3).max(160),
		description: z.string().min(10).max(800)
	})).min(1, "noem minstens één oplossing"),
	actionLines: z.array(actionLineId).default([]),
	practices: slugList,
	schemes: slugList,
	lessons: slugList,
	alsoMentioned: mentions
}).superRefine(checkSourceReferences);
z.strictObject({
	term: z.string().min(2).max(80),
	/** Other spellings that should link to this term. */
	synonyms: z.array(z.string().min(2).max(80)).default([]),
	definition: z.string().min(10).max(400),
	related: slugList,
	/** Ids of regelingen this term describes: their page holds the details. */
	schemes: slugList,
	/** Ids of praktijkvoorbeelden this term describes. */
	practices: slugList,
	sources: z.array(entrySourceSchema).min(1, "noem minstens één bron"),
	facts: z.array(factSchema).max(200).default([]),
	lastVerified: date
}).superRefine(checkSourceReferences);
z.strictObject({
	title: z.string().min(2).max(160),
	/** Short summary at B1 level, shown at the top. */
	summary: z.string().min(20).max(600),
	/** False until a native speaker has checked the translation (Dutch originals: true). */
	reviewed: z.boolean().default(false),
	sources: z.array(sourceSchema).default([]),
	lastVerified: date.optional()
});
z.strictObject({
	title: z.string().min(2).max(160),
	summary: z.string().min(20).max(600),
	reviewed: z.boolean().default(false)
});
export { schemeKinds as a, fundingPurposes as i, audiences as n, evidenceLevels as r, applicantKinds as t };
