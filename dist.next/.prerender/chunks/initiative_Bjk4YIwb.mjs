import { b as targetGroups, f as regionId, h as sectors, i as approaches, m as sectorId, p as regions, r as approachId, t as actionLineId, y as targetGroupId } from "./taxonomy_fc_Y_2Gn.mjs";
import { i as plainText, n as httpsUrl, r as idList, t as emailAddress } from "./plain-text_Bfm7OxW_.mjs";
import { t as bilingual } from "./messages_DhJMH1nJ.mjs";
import { n as fallbackMessages } from "./dutch-errors_CmuSEa3N.mjs";
import { z } from "zod";
// functions/contracts/initiative.ts
/**
* Initiative submissions (DESIGN.md, "API contract", "Bodies"): what an initiative sends, what is
* stored, and what the submitter and the moderators get back. The site's form island validates
* with the same schemas, so every field carries its Dutch message here (and registers its English
* for the English pages, see `messages.ts`).
*
* Text bounds follow `practiceSchema` (content.ts) where a field ends up on a practice page, so a
* valid submission always maps onto a valid praktijkvoorbeeld.
*/
var notAnObject = bilingual("stuur een object met velden", "send an object with fields");
/** Keys that a strict object does not know are reported per key by the API (`fields["<key>"]`). */
var strict = { error: (issue) => issue.code === "unrecognized_keys" ? fallbackMessages.unknownKey : notAnObject };
/** The contact person of an initiative; never shown on a public page. */
var contactSchema = z.strictObject({
	name: plainText({
		label: {
			nl: "de naam van de contactpersoon",
			en: "the name of the contact person"
		},
		min: 2,
		max: 100
	}),
	email: emailAddress
}, strict);
/** The fields of an initiative, apart from consent: what is stored and what a correction may change. */
var initiativeFields = {
	/** Name of the project as it calls itself. */
	title: plainText({
		label: {
			nl: "de titel",
			en: "the title"
		},
		min: 3,
		max: 160
	}),
	/** Short description at B1 level; the first thing a reader sees. */
	summary: plainText({
		label: {
			nl: "de samenvatting",
			en: "the summary"
		},
		min: 20,
		max: 600,
		multiline: true
	}),
	/** The organisation that runs it. */
	organisation: plainText({
		label: {
			nl: "de naam van de organisatie",
			en: "the name of the organisation"
		},
		min: 2,
		max: 160
	}),
	/** Arbeidsmarktregio's where it runs (`landelijk` for the whole country). */
	regions: idList(regionId, {
		one: {
			nl: "regio",
			en: "region"
		},
		many: {
			nl: "regio's",
			en: "regions"
		},
		min: 1,
		max: regions.length
	}),
	sectors: idList(sectorId, {
		one: {
			nl: "sector",
			en: "sector"
		},
		many: {
			nl: "sectoren",
			en: "sectors"
		},
		min: 1,
		max: sectors.length
	}),
	contact: contactSchema,
	/** Longer description; becomes the body of the practice page. */
	description: plainText({
		label: {
			nl: "de beschrijving",
			en: "the description"
		},
		min: 1,
		max: 5e3,
		multiline: true
	}).optional(),
	website: httpsUrl.optional(),
	/** Action lines of the national plan (1–4). */
	actionLines: idList(actionLineId.meta({
		minimum: 1,
		maximum: 4
	}), {
		one: {
			nl: "actielijn",
			en: "action line"
		},
		many: {
			nl: "actielijnen",
			en: "action lines"
		},
		min: 0,
		max: 4
	}).optional(),
	approaches: idList(approachId, {
		one: {
			nl: "aanpak",
			en: "approach"
		},
		many: {
			nl: "aanpakken",
			en: "approaches"
		},
		min: 0,
		max: approaches.length
	}).optional(),
	targetGroups: idList(targetGroupId, {
		one: {
			nl: "doelgroep",
			en: "target group"
		},
		many: {
			nl: "doelgroepen",
			en: "target groups"
		},
		min: 0,
		max: targetGroups.length
	}).optional(),
	/** Results in the initiative's own words. */
	results: plainText({
		label: {
			nl: "de resultaten",
			en: "the results",
			plural: true
		},
		min: 1,
		max: 2e3,
		multiline: true
	}).optional()
};
/** Consent to store the contact data for moderation and the manage link; must be `true`. */
var consentSchema = z.literal(true, { error: bilingual("geef toestemming om uw gegevens te bewaren, anders kunnen we de aanmelding niet behandelen", "give permission to keep your details, otherwise we cannot handle the submission") });
/** `POST /api/initiatives` body. */
var initiativeSchema = z.strictObject({
	...initiativeFields,
	consent: consentSchema
}, strict);
/** What is stored of an initiative: the fields without the consent flag (its moment is kept apart). */
var initiativeDataSchema = z.strictObject(initiativeFields, strict);
/**
* The initiative as a stored submission holds it: the same fields, but `contact` (the only
* personal data) is gone once a withdrawal has erased it. `submissionSchema` allows that only for
* a withdrawn submission.
*/
var storedInitiativeSchema = z.strictObject({
	...initiativeFields,
	contact: contactSchema.optional()
}, strict);
var changeFields = {
	title: initiativeFields.title.optional(),
	summary: initiativeFields.summary.optional(),
	organisation: initiativeFields.organisation.optional(),
	regions: initiativeFields.regions.optional(),
	sectors: initiativeFields.sectors.optional(),
	contact: contactSchema.optional(),
	description: initiativeFields.description.unwrap().nullable().optional(),
	website: initiativeFields.website.unwrap().nullable().optional(),
	actionLines: initiativeFields.actionLines.unwrap().nullable().optional(),
	approaches: initiativeFields.approaches.unwrap().nullable().optional(),
	targetGroups: initiativeFields.targetGroups.unwrap().nullable().optional(),
	results: initiativeFields.results.unwrap().nullable().optional()
};
var incompleteLink = bilingual("de beheerlink is onvolledig; open de link uit de e-mail opnieuw", "the manage link is incomplete; open the link from the e-mail again");
/** A manage token as mailed: 43 base64url characters (32 random bytes). Anything else is simply unknown. */
var manageTokenSchema = z.string({ error: incompleteLink }).min(1, incompleteLink).max(200, incompleteLink);
/** The version the client last saw; a stale one answers 409. */
var versionSchema = z.number({ error: bilingual("stuur het versienummer mee dat u bij het openen kreeg", "send the version number you got when you opened it") }).int(bilingual("het versienummer is een geheel getal", "the version number is a whole number")).min(1, bilingual("het versienummer is 1 of hoger", "the version number is 1 or higher")).max(1e6, bilingual("het versienummer is te groot", "the version number is too large"));
z.strictObject({ token: manageTokenSchema }, strict);
z.strictObject({
	token: manageTokenSchema,
	version: versionSchema,
	...changeFields,
	consent: consentSchema.optional()
}, strict).refine((body) => Object.keys(changeFields).some((k) => k in body), bilingual("verander minstens één veld", "change at least one field"));
/** A status as the API takes and gives it. */
var submissionStatusSchema = z.enum([
	"pending",
	"published",
	"rejected",
	"withdrawn"
], { error: "kies pending, published, rejected of withdrawn" });
/** A submission id: 16 characters from a lower-case alphabet without look-alikes. */
var submissionIdSchema = z.string().regex(/^[a-km-z2-9]{16}$/, "onbekende aanmelding");
z.strictObject({ reason: plainText({
	label: {
		nl: "de reden",
		en: "the reason"
	},
	min: 5,
	max: 1e3,
	multiline: true
}) }, strict);
z.strictObject({
	status: submissionStatusSchema.default("pending"),
	limit: z.coerce.number({ error: "limit is een getal van 1 tot en met 100" }).int("limit is een getal van 1 tot en met 100").min(1, "limit is een getal van 1 tot en met 100").max(100, "limit is een getal van 1 tot en met 100").default(20),
	cursor: z.string().min(1).max(1e3, "deze cursor is ongeldig; begin opnieuw zonder cursor").optional()
}, { error: (issue) => issue.code === "unrecognized_keys" ? "deze parameter kennen we niet" : void 0 });
var isoInstant = z.iso.datetime();
/** Who made a change: a moderator's name, or `indiener` for the submitter. */
var actorSchema = z.string().min(1).max(60);
/** One state change of a submission, as the audit trail keeps it. `version` is the version it produced. */
var auditEntrySchema = z.strictObject({
	version: z.number().int().min(1),
	at: isoInstant,
	who: actorSchema,
	/** Status before; `null` for the submission itself. */
	from: submissionStatusSchema.nullable(),
	to: submissionStatusSchema,
	reason: z.string().max(1e3).optional()
});
var submissionFields = z.strictObject({
	id: submissionIdSchema,
	status: submissionStatusSchema,
	/** Starts at 1; every change adds one. Writes are conditional on it. */
	version: z.number().int().min(1),
	createdAt: isoInstant,
	updatedAt: isoInstant,
	/** When the submission entered its current status; orders the moderation queues. */
	statusChangedAt: isoInstant,
	/** When consent was given (at creation). */
	consentAt: isoInstant,
	/** The latest approval; the practice page's `lastVerified`. */
	publishedAt: isoInstant.optional(),
	/** What the initiative sent; without `contact` once a withdrawal erased it. */
	initiative: storedInitiativeSchema,
	/** The latest moderator decision. */
	decision: z.strictObject({
		by: actorSchema,
		at: isoInstant,
		reason: z.string().max(1e3).optional()
	}).optional(),
	lastTransition: auditEntrySchema.extend({ requestHash: z.string().regex(/^[0-9a-f]{64}$/) })
});
submissionFields.refine((s) => s.status === "withdrawn" || s.initiative.contact !== void 0, {
	path: ["initiative", "contact"],
	message: "alleen een ingetrokken aanmelding mag zonder contactpersoon zijn"
});
z.strictObject({
	id: submissionIdSchema,
	status: z.literal("pending"),
	/** Present (`true`) when the submission is stored but its manage mail could not go yet; the upkeep sends it. */
	mailDelayed: z.literal(true).optional()
});
z.strictObject({
	id: submissionIdSchema,
	status: submissionStatusSchema.exclude(["withdrawn"]),
	version: z.number().int().min(1),
	createdAt: isoInstant,
	updatedAt: isoInstant,
	initiative: initiativeDataSchema,
	/** The moderator's reason, only while the submission is rejected. */
	rejectionReason: z.string().optional()
});
/** A submission as moderators see it, contact data included (absent once a withdrawal erased it). */
var adminSubmissionSchema = submissionFields.omit({ lastTransition: true });
adminSubmissionSchema.extend({ history: z.array(auditEntrySchema) });
z.strictObject({
	items: z.array(adminSubmissionSchema),
	nextCursor: z.string().nullable()
});
z.strictObject({
	id: submissionIdSchema,
	status: z.enum(["published", "rejected"])
});
z.strictObject({
	id: submissionIdSchema,
	status: z.literal("withdrawn")
});
export { versionSchema as i, initiativeSchema as n, manageTokenSchema as r, consentSchema as t };
