import "./server_UE8OVB-D.mjs";
import { c as lessons, l as linkTo, t as bottlenecks, v as practices, y as schemes } from "./content_DNH6Nqmv.mjs";
import "./metadata_vnIfwz4Y.mjs";
import "./hash_SqUfOIQy.mjs";
import { l as schemeStatus } from "./funding-finder_-zDxvNKF.mjs";
import { h as sectors, p as regions } from "./taxonomy_fc_Y_2Gn.mjs";
import { i as plainText } from "./plain-text_Bfm7OxW_.mjs";
import * as z$1 from "zod/v4";
import "picomatch";
import "piccolore";
import { z } from "zod";
import { readFileSync } from "node:fs";
import path from "node:path";
import "js-yaml";
import "smol-toml";
import "github-slugger";
import "xxhash-wasm";
import "common-ancestor-path";
typeof process !== "undefined" && process.platform;
typeof process !== "undefined" && process.platform;
// node_modules/astro/dist/content/utils.js
var entryTypeSchema = z$1.object({ id: z$1.string({ error: "Content entry `id` must be a string" }) }).passthrough();
z$1.union([z$1.array(entryTypeSchema), z$1.record(z$1.string(), z$1.object({ id: z$1.string({ error: "Content entry `id` must be a string" }).optional() }).passthrough())]);
// site/lib/content-errors.ts
/** Thrown when a content file does not match its schema; the message is meant for authors. */
var ContentValidationError = class extends Error {
	name = "ContentValidationError";
	file;
	issues;
	constructor(file, issues) {
		super(`${file} klopt niet:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
		this.file = file;
		this.issues = issues;
	}
};
function describeExpected(issue) {
	switch (issue.code) {
		case "invalid_type": {
			const input = issue.input;
			const expected = issue.expected === "array" ? "een lijst" : issue.expected === "string" ? "tekst" : issue.expected;
			return input === void 0 ? `ontbreekt (verwacht ${expected})` : `verwacht ${expected}, maar kreeg ${typeof input}`;
		}
		case "invalid_value": return `verwacht een van: ${issue.values.map(String).join(", ")}`;
		case "too_small": return issue.origin === "array" ? `verwacht minstens ${issue.minimum} item(s)` : issue.origin === "string" ? `verwacht minstens ${issue.minimum} tekens` : `verwacht minstens ${issue.minimum}`;
		case "too_big": return issue.origin === "array" ? `verwacht hoogstens ${issue.maximum} item(s)` : issue.origin === "string" ? `verwacht hoogstens ${issue.maximum} tekens` : `verwacht hoogstens ${issue.maximum}`;
		case "unrecognized_keys": return `onbekend veld ${issue.keys.join(", ")}`;
		default: return issue.message;
	}
}
/**
* Turns zod issues into lines an author can act on: the field (as a dotted path) and what was
* expected. Custom messages written in the schema win over the generic description.
*/
function describeIssues(issues) {
	return issues.map((issue) => {
		const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "(frontmatter)";
		const generic = issue.message.startsWith("Invalid") || issue.message.startsWith("Too") || issue.message.startsWith("Unrecognized");
		return `veld "${field}": ${issue.code === "custom" || !generic ? `${issue.message}${issue.code === "invalid_type" && issue.input === void 0 ? " (ontbreekt)" : ""}` : describeExpected(issue)}`;
	});
}
// site/lib/markdown-collection.ts
/**
* Where the markdown lives. `WERKPAD_CONTENT_DIR` points the build at another folder (the test
* of malformed content uses it); the reference data always comes from `content/reference/`.
*/
var contentDir = process.env.WERKPAD_CONTENT_DIR ?? "content";
// functions/contracts/quickscan.ts
/**
* The gemeente quickscan as data: the questions (`content/quickscan/questions.json`), the rules
* that turn answers into recommendations (`content/quickscan/rules.json`) and the JSON file in
* which a reader saves a scan and loads it again.
*
* Editors change the questions and rules; these schemas check the shape at build (together with
* the cross-checks in `site/lib/quickscan-check.ts`: every id a rule names must exist). The
* saved-file schema is built from the questions, so a file can only hold answers that exist.
*
* Browser-safe: no reference data is imported here (the region and sector options are resolved at
* build and handed over as plain data), so the island can parse a loaded file with it.
*/
/** An id as DESIGN.md defines it: lower case, no diacritics, words joined by `-`. */
var id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "een id bestaat uit kleine letters, cijfers en streepjes");
var text = (max) => z.string().trim().min(2).max(max);
/** One answer a question offers. */
var quickscanOptionSchema = z.strictObject({
	id,
	label: text(200),
	/**
	* How far this answer says the gemeente is: 0 (not started), 1 (under way), 2 (in place).
	* Answers without a score ("weet ik niet", a list of knelpunten) do not count for the standing.
	*/
	score: z.number().int().min(0).max(2).optional(),
	/** Chosen alone only: ticking it clears the other answers of a `many` question ("Geen van deze"). */
	exclusive: z.boolean().optional()
});
/** One question. `one`: pick one answer; `many`: tick any number. */
var quickscanQuestionSchema = z.strictObject({
	id,
	text: text(300),
	/** A line under the question that explains it. */
	help: text(600).optional(),
	kind: z.enum(["one", "many"]),
	/** Written-out answers; or `optionsFrom` for a reference list. */
	options: z.array(quickscanOptionSchema).min(2).max(60).optional(),
	optionsFrom: z.enum(["regions", "sectors"]).optional(),
	/** The scan cannot go on to the report without it. */
	required: z.boolean().default(false),
	/** At most this many answers of a `many` question. */
	max: z.number().int().min(1).max(60).optional()
}).superRefine((q, ctx) => {
	if (q.options === void 0 === (q.optionsFrom === void 0)) ctx.addIssue({
		code: "custom",
		path: ["options"],
		message: "geef óf \"options\" óf \"optionsFrom\""
	});
});
/** Where a part of the scan says the gemeente stands, for scores up to `upTo` (0–1). */
var quickscanStandingSchema = z.strictObject({
	id,
	label: text(60),
	upTo: z.number().min(0).max(1),
	/** Where the gemeente stands, in one or two sentences. */
	summary: text(600),
	/** The next step for a gemeente at this standing. */
	next: text(600)
});
/** A part of the scan: one step on screen and, unless it only sets the context, a report section. */
var quickscanPartSchema = z.strictObject({
	id,
	title: text(100),
	intro: text(600),
	/** False for the part that only asks region and sectors: it has no standing of its own. */
	inReport: z.boolean().default(true),
	questions: z.array(quickscanQuestionSchema).min(1).max(10),
	/** In ascending `upTo`, the last at 1. Required for a part in the report. */
	standings: z.array(quickscanStandingSchema).max(5).default([])
}).superRefine((part, ctx) => {
	if (!part.inReport) return;
	if (part.standings.length === 0) ctx.addIssue({
		code: "custom",
		path: ["standings"],
		message: "een onderdeel in het rapport heeft standen nodig"
	});
	part.standings.forEach((s, i) => {
		if (i > 0 && s.upTo <= part.standings[i - 1].upTo) ctx.addIssue({
			code: "custom",
			path: [
				"standings",
				i,
				"upTo"
			],
			message: "zet de standen op oplopende \"upTo\""
		});
	});
	if (part.standings.length > 0 && part.standings.at(-1).upTo !== 1) ctx.addIssue({
		code: "custom",
		path: [
			"standings",
			part.standings.length - 1,
			"upTo"
		],
		message: "de laatste stand loopt tot 1"
	});
});
/** `content/quickscan/questions.json`. */
var quickscanQuestionsSchema = z.strictObject({ 
/** The parts in the order of the steps. */
parts: z.array(quickscanPartSchema).min(2).max(8) });
/**
* A condition on one question. `anyOf`: at least one of these answers was chosen; `noneOf`: the
* question was answered and none of these was chosen. An unanswered question meets neither.
*/
var quickscanConditionSchema = z.strictObject({
	question: id,
	anyOf: z.array(id).min(1).optional(),
	noneOf: z.array(id).min(1).optional()
}).superRefine((c, ctx) => {
	if (c.anyOf === void 0 === (c.noneOf === void 0)) ctx.addIssue({
		code: "custom",
		path: ["anyOf"],
		message: "geef óf \"anyOf\" óf \"noneOf\""
	});
});
/** The content collections a recommendation can link. */
var quickscanCollections = [
	"praktijkvoorbeelden",
	"regelingen",
	"knelpunten",
	"lessen"
];
var refs = z.array(id).max(12).default([]);
/** A rule: when every condition holds, its entries are recommended in `part`, with `reason`. */
var quickscanRuleSchema = z.strictObject({
	id,
	/** The report section the recommendation lands in. */
	part: id,
	when: z.array(quickscanConditionSchema).min(1).max(4),
	/** Why these entries fit, as the report shows it beside each of them. */
	reason: text(400),
	/** A concrete next step for the gemeente, shown under "Wat u nu kunt doen". */
	step: text(400).optional(),
	recommend: z.strictObject({
		praktijkvoorbeelden: refs,
		regelingen: refs,
		knelpunten: refs,
		lessen: refs
	}).default({
		praktijkvoorbeelden: [],
		regelingen: [],
		knelpunten: [],
		lessen: []
	})
});
/**
* A rule that matches entries by their own regions or sectors against an answer: "practices in
* your region". `{labels}` in the reason becomes the matching answers' labels. `landelijk` never
* counts as a match: it would fit every gemeente and say nothing.
*/
var quickscanMatchRuleSchema = z.strictObject({
	id,
	part: id,
	question: id,
	collection: z.enum([
		"praktijkvoorbeelden",
		"regelingen",
		"lessen"
	]),
	field: z.enum(["regions", "sectors"]),
	reason: text(400),
	/**
	* How much a match counts when ranking, against 2 for every rule the answers set off: a
	* practice in the gemeente's own region can weigh as much as an answer, a shared sector less.
	*/
	weight: z.number().int().min(1).max(3).default(1)
});
/** `content/quickscan/rules.json`. */
var quickscanRulesSchema = z.strictObject({
	/** The most entries of one collection a report section lists (the best-founded first). */
	maxPerCollection: z.number().int().min(1).max(20).default(6),
	rules: z.array(quickscanRuleSchema).min(1).max(200),
	matchRules: z.array(quickscanMatchRuleSchema).max(20).default([])
});
/** The value of `format` in a saved file. */
var quickscanFileFormat = "werkpad-quickscan";
/** The name of the gemeente, as the reader typed it (optional, only for the report's heading). */
var gemeenteNameSchema = plainText({
	label: {
		nl: "de naam van de gemeente",
		en: "the name of the municipality"
	},
	min: 1,
	max: 100
});
/** The answers of one scan: question id → the chosen option id (`one`) or ids (`many`). */
var quickscanAnswersSchema = z.record(id, z.union([id, z.array(id).max(60)]), { error: "de antwoorden ontbreken of zijn geen lijst van vragen" });
/** The shape of a saved scan, before its answers are checked against the questions. */
var quickscanFileShapeSchema = z.strictObject({
	format: z.literal(quickscanFileFormat, { error: "dit is geen opgeslagen quickscan van Werkpad" }),
	version: z.literal(1, { error: "deze versie van het bestand kent Werkpad niet" }),
	savedAt: z.iso.date({ error: "verwacht een datum als 2026-12-02" }).optional(),
	gemeente: gemeenteNameSchema.optional(),
	answers: quickscanAnswersSchema,
	/** A readable copy of the report when it was saved; never read back. */
	report: z.unknown().optional()
}, { error: "dit is geen opgeslagen quickscan van Werkpad" });
/**
* The schema of a saved scan against these questions: only existing questions and answers pass,
* a `one` question holds one answer and a `many` question a list without repeats. Messages are
* Dutch and carry the path `answers.<question>`, so the page can name the question.
*/
function quickscanFileSchema(parts) {
	const questions = new Map(parts.flatMap((p) => p.questions).map((q) => [q.id, q]));
	return quickscanFileShapeSchema.superRefine((file, ctx) => {
		for (const [qid, answer] of Object.entries(file.answers)) {
			const path = ["answers", qid];
			const q = questions.get(qid);
			if (!q) {
				ctx.addIssue({
					code: "custom",
					path,
					message: "deze vraag bestaat niet (meer) in de quickscan"
				});
				continue;
			}
			const list = typeof answer === "string" ? [answer] : answer;
			if (q.kind === "one" && typeof answer !== "string") ctx.addIssue({
				code: "custom",
				path,
				message: "bij deze vraag hoort één antwoord"
			});
			if (q.kind === "many" && typeof answer === "string") ctx.addIssue({
				code: "custom",
				path,
				message: "bij deze vraag hoort een lijst met antwoorden"
			});
			const known = new Set(q.options.map((o) => o.id));
			const unknown = list.filter((a) => !known.has(a));
			if (unknown.length > 0) ctx.addIssue({
				code: "custom",
				path,
				message: `dit antwoord bestaat niet bij deze vraag: ${unknown.join(", ")}`
			});
			if (new Set(list).size !== list.length) ctx.addIssue({
				code: "custom",
				path,
				message: "een antwoord staat er twee keer in"
			});
			if (q.max !== void 0 && list.length > q.max) ctx.addIssue({
				code: "custom",
				path,
				message: `kies hooguit ${q.max} antwoorden`
			});
		}
	});
}
// site/lib/quickscan-check.ts
/**
* Reads the quickscan's data files and checks what a schema cannot: that every question, answer,
* part and entry a rule names exists. The build runs this (`quickscan-content.ts`) and stops with
* every problem listed; the unit tests run it on the real files and on broken copies.
*
* Pure: reference lists and the known entry ids come in as arguments.
*/
/** Where the files live, as an author sees them in messages. */
var questionsFile = "content/quickscan/questions.json";
var rulesFile = "content/quickscan/rules.json";
function parseQuickscanFile(file, text) {
	let json;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new ContentValidationError(file, [`geen geldige JSON: ${error instanceof Error ? error.message : String(error)}`]);
	}
	const result = (file === "content/quickscan/questions.json" ? quickscanQuestionsSchema : quickscanRulesSchema).safeParse(json);
	if (!result.success) throw new ContentValidationError(file, describeIssues(result.error.issues));
	return result.data;
}
/**
* The parts with every question's options written out: `optionsFrom: "regions"` becomes the
* arbeidsmarktregio's (without `landelijk`: a gemeente lies in one region), `"sectors"` the sectors.
*/
function resolveParts(questions, lists) {
	return questions.parts.map((part) => ({
		...part,
		questions: part.questions.map((q) => {
			if (q.options) return {
				...q,
				options: q.options
			};
			const list = q.optionsFrom === "regions" ? lists.regions.filter((r) => r.id !== "landelijk") : lists.sectors;
			return {
				...q,
				options: list.map((t) => ({
					id: t.id,
					label: t.label.nl
				}))
			};
		})
	}));
}
var fieldSource = {
	regions: "regions",
	sectors: "sectors"
};
function duplicates(ids) {
	return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}
/**
* Every problem in the questions and rules, as lines naming the file and the rule or question:
* duplicate ids, rules in unknown parts, conditions on unknown questions or answers, links to
* entries that do not exist, and match rules on the wrong kind of question.
*/
function quickscanProblems(parts, rules, known) {
	const problems = [];
	const questions = parts.flatMap((p) => p.questions);
	const byId = new Map(questions.map((q) => [q.id, q]));
	const reportParts = new Set(parts.filter((p) => p.inReport).map((p) => p.id));
	for (const id of duplicates(parts.map((p) => p.id))) problems.push(`${questionsFile}: onderdeel "${id}" komt dubbel voor`);
	for (const id of duplicates(questions.map((q) => q.id))) problems.push(`${questionsFile}: vraag "${id}" komt dubbel voor`);
	for (const q of questions) {
		for (const id of duplicates(q.options.map((o) => o.id))) problems.push(`${questionsFile}: vraag "${q.id}" heeft antwoord "${id}" dubbel`);
		if (q.kind === "one" && q.options.some((o) => o.exclusive)) problems.push(`${questionsFile}: vraag "${q.id}" kiest al één antwoord; "exclusive" hoort bij een vraag met "kind": "many"`);
	}
	for (const id of duplicates([...rules.rules.map((r) => r.id), ...rules.matchRules.map((r) => r.id)])) problems.push(`${rulesFile}: regel "${id}" komt dubbel voor`);
	const checkPart = (rule, part) => {
		if (!reportParts.has(part)) problems.push(`${rulesFile}: regel "${rule}" hoort bij onderdeel "${part}", maar dat onderdeel staat niet in het rapport (kies uit ${[...reportParts].join(", ")})`);
	};
	for (const rule of rules.rules) {
		checkPart(rule.id, rule.part);
		for (const condition of rule.when) {
			const q = byId.get(condition.question);
			if (!q) {
				problems.push(`${rulesFile}: regel "${rule.id}" vraagt naar "${condition.question}", maar die vraag bestaat niet in ${questionsFile}`);
				continue;
			}
			for (const answer of condition.anyOf ?? condition.noneOf ?? []) if (!q.options.some((o) => o.id === answer)) problems.push(`${rulesFile}: regel "${rule.id}" noemt antwoord "${answer}", maar vraag "${q.id}" heeft dat antwoord niet`);
		}
		for (const collection of quickscanCollections) for (const ref of rule.recommend[collection]) if (!known[collection].has(ref)) problems.push(`${rulesFile}: regel "${rule.id}" verwijst naar "${ref}", maar content/${collection}/${ref}.md bestaat niet`);
		if (quickscanCollections.every((c) => rule.recommend[c].length === 0) && !rule.step) problems.push(`${rulesFile}: regel "${rule.id}" raadt niets aan en geeft geen stap`);
	}
	for (const match of rules.matchRules) {
		checkPart(match.id, match.part);
		const q = byId.get(match.question);
		if (!q) problems.push(`${rulesFile}: regel "${match.id}" vraagt naar "${match.question}", maar die vraag bestaat niet in ${questionsFile}`);
		else if (q.optionsFrom !== fieldSource[match.field]) problems.push(`${rulesFile}: regel "${match.id}" vergelijkt "${match.field}" met vraag "${q.id}", maar die vraag neemt haar antwoorden niet uit "${fieldSource[match.field]}"`);
	}
	return problems;
}
/**
* The quickscan's data from the two files' texts, resolved and checked; throws a
* `ContentValidationError` listing every problem, so the build stops with a message an editor can
* act on.
*/
function loadQuickscanData(texts, lists, known) {
	const questions = parseQuickscanFile(questionsFile, texts.questions);
	const rules = parseQuickscanFile(rulesFile, texts.rules);
	const parts = resolveParts(questions, lists);
	const problems = quickscanProblems(parts, rules, known);
	if (problems.length > 0) throw new ContentValidationError("content/quickscan", problems);
	return {
		parts,
		rules: rules.rules,
		matchRules: rules.matchRules,
		maxPerCollection: rules.maxPerCollection
	};
}
// site/lib/quickscan-content.ts
/**
* The quickscan at build: its questions and rules read from `content/quickscan/` (or the folder
* `WERKPAD_CONTENT_DIR` names), validated and checked against the entries that exist — a broken
* link stops the build with the rule and the missing file — plus the catalog of entries the
* island needs to write the report in the browser. Server-only.
*/
var read = (file) => readFileSync(path.join(contentDir, "quickscan", path.basename(file)), "utf8");
var known = {
	praktijkvoorbeelden: new Set(practices.map((e) => e.id)),
	regelingen: new Set(schemes.map((e) => e.id)),
	knelpunten: new Set(bottlenecks.map((e) => e.id)),
	lessen: new Set(lessons.map((e) => e.id))
};
/** The questions and rules, resolved and checked. */
var quickscan = loadQuickscanData({
	questions: read(questionsFile),
	rules: read(rulesFile)
}, {
	regions,
	sectors
}, known);
var day = (date) => date ? date.toISOString().slice(0, 10) : null;
/** Every entry the report can link, as plain JSON for the island (Dutch: the scan is Dutch). */
function quickscanCatalog() {
	const entry = (collection, e, extra) => {
		const link = linkTo(collection, "nl")(e);
		const d = e.data;
		return {
			id: e.id,
			title: link.label,
			href: link.href,
			regions: d.regions ?? [],
			sectors: d.sectors ?? [],
			...extra
		};
	};
	return {
		praktijkvoorbeelden: practices.map((e) => entry("praktijkvoorbeelden", e, {})),
		regelingen: schemes.map((e) => entry("regelingen", e, {
			windows: e.data.windows.map((w) => ({
				opens: day(w.opens),
				closes: day(w.closes)
			})),
			ongoing: e.data.ongoing
		})),
		knelpunten: bottlenecks.map((e) => entry("knelpunten", e, { solutions: e.data.solutions.map((s) => s.title) })),
		lessen: lessons.map((e) => entry("lessen", e, {}))
	};
}
// site/lib/quickscan.ts
/** The order in which a report section lists the collections. */
var reportCollections = [
	"praktijkvoorbeelden",
	"regelingen",
	"knelpunten",
	"lessen"
];
/** The answers chosen for a question, as a list (empty when unanswered). */
function chosen(answers, question) {
	const answer = answers[question];
	return answer === void 0 ? [] : typeof answer === "string" ? [answer] : answer;
}
/** A condition holds only for an answered question: `anyOf` when one of them was chosen, `noneOf` when none was. */
function conditionHolds(condition, answers) {
	const picked = chosen(answers, condition.question);
	if (picked.length === 0) return false;
	if (condition.anyOf) return picked.some((a) => condition.anyOf.includes(a));
	return !picked.some((a) => condition.noneOf.includes(a));
}
/** A rule fires when every condition holds. */
function ruleFires(rule, answers) {
	return rule.when.every((c) => conditionHolds(c, answers));
}
/**
* How many of the part's questions were answered, and the average score (0–1) of the answers that
* carry one (null when none does): 0 for "not started", ½ for "under way", 1 for "in place".
*/
function partScore(part, answers) {
	let points = 0;
	let scored = 0;
	let answered = 0;
	for (const q of part.questions) {
		const picked = chosen(answers, q.id);
		if (picked.length > 0) answered += 1;
		const scores = picked.map((a) => q.options.find((o) => o.id === a)?.score).filter((s) => s !== void 0);
		if (scores.length === 0) continue;
		scored += 1;
		points += Math.max(...scores) / 2;
	}
	return {
		answered,
		questions: part.questions.length,
		score: scored === 0 ? null : points / scored
	};
}
/** The standing a score falls in: the first whose `upTo` it does not exceed. */
function standingOf(standings, score) {
	if (score === null) return null;
	return standings.find((s) => score <= s.upTo + 1e-9) ?? standings.at(-1) ?? null;
}
/** A scheme can be used in a region when it is national, names no region, or names this one. */
function availableIn(entry, region) {
	return entry.regions.length === 0 || entry.regions.includes("landelijk") || region !== void 0 && entry.regions.includes(region);
}
function joinNl(items) {
	return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}
var statusRank = {
	open: 0,
	doorlopend: 0,
	verwacht: 1,
	onbekend: 2,
	gesloten: 3
};
/** The question that holds the gemeente's region: the one that takes its options from the regions. */
function regionOf(data, answers) {
	const question = data.parts.flatMap((p) => p.questions).find((q) => q.optionsFrom === "regions");
	return question ? chosen(answers, question.id)[0] : void 0;
}
var toDate = (day) => day ? /* @__PURE__ */ new Date(`${day}T00:00:00Z`) : void 0;
/** The status of a scheme in the catalog on `today`. */
function catalogStatus(entry, today) {
	return schemeStatus((entry.windows ?? []).map((w) => ({
		opens: toDate(w.opens),
		closes: toDate(w.closes)
	})), entry.ongoing ?? false, today);
}
/**
* The report for a set of answers: for every part in the report its standing, its next steps and
* its recommendations, ranked by the weight of their reasons (2 for each rule the answers set off,
* a match rule's own weight for a shared region or sector), then by how many reasons, then, for
* schemes, usable now first, then by title; at most `maxPerCollection` per collection. A scheme that only exists in
* other regions is left out. Ids that name no catalog entry are skipped (the build rejects them).
*/
function quickscanReport(data, answers, catalog, today) {
	const region = regionOf(data, answers);
	const questions = new Map(data.parts.flatMap((p) => p.questions).map((q) => [q.id, q]));
	const byId = Object.fromEntries(reportCollections.map((c) => [c, new Map(catalog[c].map((e) => [e.id, e]))]));
	const found = /* @__PURE__ */ new Map();
	const steps = /* @__PURE__ */ new Map();
	const fired = [];
	const matchWeights = new Map(data.matchRules.map((m) => [m.id, m.weight]));
	const misses = /* @__PURE__ */ new Map();
	const add = (part, collection, id, reason) => {
		const entry = byId[collection].get(id);
		if (!entry) return;
		if (collection === "regelingen" && !availableIn(entry, region)) return;
		const inPart = found.get(part) ?? /* @__PURE__ */ new Map();
		found.set(part, inPart);
		const inCollection = inPart.get(collection) ?? /* @__PURE__ */ new Map();
		inPart.set(collection, inCollection);
		const reasons = inCollection.get(id) ?? [];
		if (!reasons.some((r) => r.rule === reason.rule)) reasons.push(reason);
		inCollection.set(id, reasons);
	};
	for (const rule of data.rules) {
		if (!ruleFires(rule, answers)) continue;
		fired.push(rule.id);
		const reason = {
			rule: rule.id,
			text: rule.reason
		};
		if (rule.step) steps.set(rule.part, [...steps.get(rule.part) ?? [], {
			rule: rule.id,
			text: rule.step
		}]);
		for (const collection of reportCollections) for (const id of rule.recommend[collection]) add(rule.part, collection, id, reason);
	}
	for (const match of data.matchRules) {
		const question = questions.get(match.question);
		const picked = chosen(answers, match.question).filter((a) => a !== "landelijk");
		if (!question || picked.length === 0) continue;
		let hit = false;
		for (const entry of catalog[match.collection]) {
			const shared = picked.filter((a) => entry[match.field].includes(a));
			if (shared.length === 0) continue;
			hit = true;
			const labels = joinNl(shared.map((a) => question.options.find((o) => o.id === a)?.label ?? a));
			add(match.part, match.collection, entry.id, {
				rule: match.id,
				text: match.reason.replaceAll("{labels}", labels)
			});
		}
		if (hit) fired.push(match.id);
		else {
			const labels = joinNl(picked.map((a) => question.options.find((o) => o.id === a)?.label ?? a));
			misses.set(match.part, [...misses.get(match.part) ?? [], {
				rule: match.id,
				collection: match.collection,
				field: match.field,
				labels
			}]);
		}
	}
	const parts = data.parts.filter((p) => p.inReport).map((part) => {
		const { answered, questions: count, score } = partScore(part, answers);
		const standing = standingOf(part.standings, score);
		const recommendations = Object.fromEntries(reportCollections.map((collection) => {
			const items = [...(found.get(part.id)?.get(collection) ?? /* @__PURE__ */ new Map()).entries()].map(([id, reasons]) => ({
				collection,
				id,
				reasons,
				status: collection === "regelingen" ? catalogStatus(byId.regelingen.get(id), today) : void 0
			}));
			const weight = (r) => r.reasons.reduce((sum, reason) => sum + (matchWeights.get(reason.rule) ?? 2), 0);
			items.sort((a, b) => weight(b) - weight(a) || b.reasons.length - a.reasons.length || (a.status && b.status ? statusRank[a.status] - statusRank[b.status] : 0) || byId[collection].get(a.id).title.localeCompare(byId[collection].get(b.id).title, "nl"));
			return [collection, items.slice(0, data.maxPerCollection)];
		}));
		return {
			part: part.id,
			title: part.title,
			answered,
			questions: count,
			score,
			standing,
			steps: [...standing ? [{
				rule: `stand:${standing.id}`,
				text: standing.next
			}] : [], ...steps.get(part.id) ?? []],
			recommendations,
			misses: misses.get(part.id) ?? []
		};
	});
	return {
		today: today.toISOString().slice(0, 10),
		parts,
		fired
	};
}
/** The rules a question leads (its first condition), for a reader without JavaScript. */
function rulesOfQuestion(data, question) {
	const led = data.rules.filter((r) => r.when[0]?.question === question.id);
	return {
		byAnswer: question.options.map((o) => ({
			answer: o.id,
			rules: led.filter((r) => r.when[0].anyOf?.includes(o.id))
		})),
		whenNotChosen: led.filter((r) => r.when[0].noneOf !== void 0),
		matches: data.matchRules.filter((m) => m.question === question.id)
	};
}
/**
* A condition in words, e.g. "bij ‘Hoe betaalt u het leerwerkaanbod nu?’ ‘Met tijdelijke
* projecten of subsidies’ of ‘Er is (nog) geen geld voor’ kiest".
*/
function describeCondition(data, condition) {
	const question = data.parts.flatMap((p) => p.questions).find((q) => q.id === condition.question);
	const labels = (condition.anyOf ?? condition.noneOf ?? []).map((id) => `‘${question?.options.find((o) => o.id === id)?.label ?? id}’`);
	const list = labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} of ${labels.at(-1)}`;
	return `u bij ‘${question?.text ?? condition.question}’ ${list} ${condition.anyOf ? "kiest" : "niet kiest"}`;
}
// site/lib/quickscan-text.ts
var quickscanText = {
	title: "Quickscan voor gemeenten",
	stepOf: (n, total) => `Stap ${n} van ${total}`,
	progressLabel: "Voortgang van de quickscan",
	done: "(ingevuld)",
	current: "(nu)",
	report: "Rapport",
	previous: "Vorige stap",
	next: "Volgende stap",
	toReport: "Naar het rapport",
	optionalMark: "(niet verplicht)",
	requiredMark: "(verplicht)",
	skip: "Weet u een antwoord niet, laat de vraag dan open: het rapport gebruikt wat u wel invult.",
	gemeenteLabel: "Naam van uw gemeente",
	gemeenteHint: "Alleen voor de kop van uw rapport. Werkpad bewaart en verstuurt niets.",
	chooseRegion: "Kies een regio",
	errorTitle: "Er ontbreekt nog iets",
	required: (question) => `Beantwoord de vraag ‘${question}’.`,
	tooMany: (question, max) => `Kies bij ‘${question}’ hooguit ${max} antwoorden.`,
	privacy: "Uw antwoorden blijven in deze browser, in dit tabblad. Werkpad stuurt ze nergens heen en bewaart ze niet.",
	load: {
		title: "Eerder opgeslagen quickscan openen",
		label: "Kies het bestand (.json)",
		hint: "Het bestand dat u eerder met ‘Opslaan als bestand’ heeft bewaard. Het blijft op uw computer.",
		failed: "Dit bestand kan Werkpad niet openen",
		loaded: "Het bestand is geopend. Hieronder staat het rapport bij uw antwoorden, met de status van de regelingen van vandaag."
	},
	reportTitle: (gemeente) => gemeente ? `Rapport quickscan: ${gemeente}` : "Rapport quickscan",
	reportIntro: "Per onderdeel van de Doorbraakgarage-aanpak ziet u waar uw gemeente staat, wat u nu kunt doen en wat op Werkpad bij uw antwoorden past. Bij elke aanbeveling staat waarom die gekozen is.",
	date: "Ingevuld op",
	region: "Arbeidsmarktregio",
	sectors: "Sectoren",
	notGiven: "niet ingevuld",
	overview: "Overzicht",
	overviewCaption: "Waar uw gemeente staat, per onderdeel",
	part: "Onderdeel",
	standing: "Waar u staat",
	answered: "Beantwoord",
	answeredOf: (n, total) => `${n} van ${total} vragen beantwoord`,
	firstStep: "Eerste stap",
	notAnswered: "U heeft de vragen van dit onderdeel niet beantwoord. Vul ze in om te zien waar u staat.",
	noStanding: "Uw antwoorden zeggen nog niet waar u staat: beantwoord ook de andere vragen van dit onderdeel.",
	miss: (what, field, labels) => field === "regions" ? `Werkpad kent nog geen ${what} uit uw regio (${labels}).` : `Werkpad kent nog geen ${what} over ${labels}.`,
	missInvite: "Kent u er een? Meld het aan, zodat andere gemeenten ervan leren.",
	submitHref: "/initiatief-aanmelden/",
	nextSteps: "Wat u nu kunt doen",
	why: "Waarom:",
	solutions: "Oplossingen die werken:",
	nothing: "Bij uw antwoorden op dit onderdeel heeft Werkpad geen aanbevelingen.",
	statusOn: (date) => `De status van de regelingen is berekend op ${date}, uit de aanvraagperioden in de bronnen. Controleer de voorwaarden altijd bij de financier.`,
	actions: "Wat wilt u met het rapport doen?",
	print: "Afdrukken",
	save: "Opslaan als bestand",
	edit: "Antwoorden aanpassen",
	restart: "Opnieuw beginnen",
	restarted: "Uw antwoorden zijn gewist. U kunt opnieuw beginnen.",
	collections: {
		praktijkvoorbeelden: "Praktijkvoorbeelden",
		regelingen: "Regelingen",
		knelpunten: "Knelpunten en hun oplossingen",
		lessen: "Lessen uit netwerken"
	},
	status: {
		open: "Open",
		gesloten: "Gesloten",
		doorlopend: "Doorlopend",
		verwacht: "Verwacht",
		onbekend: "Onbekend"
	},
	statusPrefix: "Status",
	statusHint: {
		open: "Er loopt nu een aanvraagperiode.",
		doorlopend: "U kunt het op elk moment inzetten of aanvragen.",
		verwacht: "Er is nu geen aanvraagperiode open; er komt er een aan.",
		onbekend: "Wanneer u kunt aanvragen, staat niet in de bronnen: vraag het na bij de financier.",
		gesloten: "Alle bekende aanvraagperioden zijn voorbij: kijk of er een nieuwe komt."
	},
	/** Which misses the report names: practices and lessons, where a reader can help fill the gap. */
	missWhat: {
		praktijkvoorbeelden: "praktijkvoorbeelden",
		lessen: "lessen"
	}
};
export { reportCollections as a, quickscanCatalog as c, quickscanFileSchema as d, quickscanReport as i, gemeenteNameSchema as l, chosen as n, rulesOfQuestion as o, describeCondition as r, quickscan as s, quickscanText as t, quickscanFileFormat as u };
