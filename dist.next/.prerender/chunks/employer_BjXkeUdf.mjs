import { _ as skills, a as educationLevelId, c as languageLevelId, d as offers, f as regionId, g as skillId, h as sectors, m as sectorId, p as regions, u as offerId } from "./taxonomy_fc_Y_2Gn.mjs";
import { i as plainText, n as httpsUrl, r as idList, t as emailAddress } from "./plain-text_Bfm7OxW_.mjs";
import { t as bilingual } from "./messages_DhJMH1nJ.mjs";
import { n as fallbackMessages } from "./dutch-errors_CmuSEa3N.mjs";
import { i as versionSchema, r as manageTokenSchema, t as consentSchema } from "./initiative_Bjk4YIwb.mjs";
import { z } from "zod";
// functions/contracts/employer.ts
/**
* The employer register (DESIGN.md, "API contract", "Bodies", "Employer register and matching at
* scale"; PLAN.md "Employer record"): what an employer sends, what is stored, what the public,
* the employer and the moderators get back. The site's form island validates with the same
* schemas, so every field carries its Dutch message here (and registers its English, see
* `messages.ts`).
*
* Only company data is public (`publicEmployerSchema`); the contact person's name, e-mail address
* and phone number never leave the API except to the employer through the manage link and to the
* moderators.
*/
var notAnObject = bilingual("stuur een object met velden", "send an object with fields");
/** Keys that a strict object does not know are reported per key by the API (`fields["<key>"]`). */
var strict = { error: (issue) => issue.code === "unrecognized_keys" ? fallbackMessages.unknownKey : notAnObject };
var kvkMessage = bilingual("het KvK-nummer bestaat uit precies 8 cijfers, zonder letters of spaties, zoals 12345678", "the KvK number consists of exactly 8 digits, without letters or spaces, such as 12345678");
/** A Chamber of Commerce (KvK) number: exactly 8 digits, as the register prints it (leading zeros kept). */
var kvkSchema = z.string({ error: (issue) => issue.input === void 0 ? bilingual("vul het KvK-nummer in", "enter the KvK number") : kvkMessage }).trim().regex(/^[0-9]{8}$/, kvkMessage).meta({
	pattern: "^[0-9]{8}$",
	examples: ["12345678"]
});
var phoneMessage = bilingual("vul een telefoonnummer in met 10 tot 15 cijfers, zoals 06 12345678 of +31 20 1234567", "enter a phone number with 10 to 15 digits, such as 06 12345678 or +31 20 1234567");
/** A phone number: digits with optional `+` at the start and spaces, dashes, dots or brackets between; 10–15 digits. */
var phoneSchema = z.string({ error: bilingual("vul het telefoonnummer in als tekst", "enter the phone number as text") }).trim().max(30, bilingual("het telefoonnummer is te lang: gebruik hooguit 30 tekens", "the phone number is too long: use at most 30 characters")).regex(/^\+?[0-9][0-9 ().-]*[0-9]$/, phoneMessage).refine((v) => {
	const digits = v.replace(/[^0-9]/g, "").length;
	return digits >= 10 && digits <= 15;
}, phoneMessage);
/** The contact person of an employer; never public, erased when the employer leaves the register. */
var employerContactSchema = z.strictObject({
	name: plainText({
		label: {
			nl: "de naam van de contactpersoon",
			en: "the name of the contact person"
		},
		min: 2,
		max: 100
	}),
	email: emailAddress,
	phone: phoneSchema.optional()
}, strict);
/** At most this many skills per employer (the vocabulary may grow beyond it). */
var MAX_EMPLOYER_SKILLS = Math.min(50, skills.length);
/** The fields of an employer, apart from consent: what is stored and what a change may touch. */
var employerFields = {
	/** The company's name as it trades. */
	name: plainText({
		label: {
			nl: "de naam van het bedrijf",
			en: "the name of the company"
		},
		min: 2,
		max: 160
	}),
	/** KvK number, exactly 8 digits; one verified entry per number. */
	kvk: kvkSchema,
	/** Arbeidsmarktregio's where the employer offers places (`landelijk` for the whole country). */
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
	/** What the employer offers: leerwerkplek, startbaan, stage, … */
	offers: idList(offerId, {
		one: {
			nl: "soort aanbod",
			en: "kind of offer"
		},
		many: {
			nl: "soorten aanbod",
			en: "kinds of offer"
		},
		min: 1,
		max: offers.length
	}),
	/** The minimum Dutch language level asked (CEFR; `A0` means none). */
	languageLevel: languageLevelId,
	contact: employerContactSchema,
	website: httpsUrl.optional(),
	/** What the company does and what it offers statushouders, in its own words. */
	description: plainText({
		label: {
			nl: "de beschrijving",
			en: "the description"
		},
		min: 1,
		max: 2e3,
		multiline: true
	}).optional(),
	/** The minimum education level asked. */
	educationLevel: educationLevelId.optional(),
	/** Skills the employer looks for: ids from `content/reference/skills.json`. */
	skills: idList(skillId, {
		one: {
			nl: "vaardigheid",
			en: "skill"
		},
		many: {
			nl: "vaardigheden",
			en: "skills"
		},
		min: 0,
		max: MAX_EMPLOYER_SKILLS
	}).optional()
};
/** `POST /api/employers` body. */
var employerSchema = z.strictObject({
	...employerFields,
	consent: consentSchema
}, strict);
/** What is stored of an employer while it has a contact: the fields without the consent flag. */
var employerDataSchema = z.strictObject(employerFields, strict);
/** The employer as stored: `contact` is gone once the employer left the register (withdrawn). */
var storedEmployerDataSchema = z.strictObject({
	...employerFields,
	contact: employerContactSchema.optional()
}, strict);
/**
* What a change through the manage link may touch. The KvK number is not among them: it is the
* claim on the register, so another company means another registration.
*/
var employerChangeFields = {
	name: employerFields.name.optional(),
	regions: employerFields.regions.optional(),
	sectors: employerFields.sectors.optional(),
	offers: employerFields.offers.optional(),
	languageLevel: employerFields.languageLevel.optional(),
	contact: employerContactSchema.optional(),
	website: employerFields.website.unwrap().nullable().optional(),
	description: employerFields.description.unwrap().nullable().optional(),
	educationLevel: employerFields.educationLevel.unwrap().nullable().optional(),
	skills: employerFields.skills.unwrap().nullable().optional()
};
/** The names of the fields a change may touch. */
var employerChangeFieldNames = Object.keys(employerChangeFields);
z.strictObject({
	token: manageTokenSchema,
	version: versionSchema,
	...employerChangeFields,
	kvk: kvkSchema.optional(),
	consent: consentSchema.optional()
}, strict).refine((body) => employerChangeFieldNames.some((k) => k in body), bilingual("verander minstens één veld", "change at least one field"));
/** A status as the API takes and gives it. */
var employerStatusSchema = z.enum([
	"unverified",
	"verified",
	"hidden",
	"withdrawn"
], { error: bilingual("kies unverified, verified, hidden of withdrawn", "choose unverified, verified, hidden or withdrawn") });
/** An employer id: 16 characters from a lower-case alphabet without look-alikes (as submission ids). */
var employerIdSchema = z.string().regex(/^[a-km-z2-9]{16}$/, bilingual("onbekende werkgever", "unknown employer"));
var isoInstant = z.iso.datetime();
/** Who made a change: a moderator's name, `werkgever` for the employer, `systeem` for the upkeep. */
var employerActorSchema = z.string().min(1).max(60);
var employerActionSchema = z.enum([
	"register",
	"verify",
	"update",
	"remind",
	"confirm",
	"hide",
	"stale",
	"restore",
	"withdraw"
]);
/** One change of an entry, as the audit trail keeps it (no personal data). `version` is the version it produced. */
var employerAuditEntrySchema = z.strictObject({
	version: z.number().int().min(1),
	at: isoInstant,
	who: employerActorSchema,
	action: employerActionSchema,
	/** Status before; `null` for the registration itself. */
	from: employerStatusSchema.nullable(),
	to: employerStatusSchema,
	/** A moderator's reason for hiding or restoring. */
	reason: z.string().max(1e3).optional()
});
/** Why an entry is hidden: by a moderator (with the reason the employer was mailed) or as stale. */
var employerHiddenSchema = z.strictObject({
	kind: z.enum(["moderator", "stale"]),
	by: employerActorSchema,
	at: isoInstant,
	reason: z.string().max(1e3).optional()
});
var storedEmployerFields = z.strictObject({
	id: employerIdSchema,
	status: employerStatusSchema,
	/** Starts at 1; every change adds one. Writes are conditional on it. */
	version: z.number().int().min(1),
	createdAt: isoInstant,
	updatedAt: isoInstant,
	/** When the entry entered its current status; orders the moderators' lists. */
	statusChangedAt: isoInstant,
	/** When consent was given (at registration). */
	consentAt: isoInstant,
	/** When the e-mail address was first confirmed. */
	verifiedAt: isoInstant.optional(),
	/** When the employer last said it is (still) open to statushouders: at verification and each yearly confirmation. */
	confirmedAt: isoInstant.optional(),
	/** When the yearly 'still open' mail went out; cleared by a confirmation. */
	remindedAt: isoInstant.optional(),
	/** Why it is hidden, while `status` is `hidden`. */
	hidden: employerHiddenSchema.optional(),
	employer: storedEmployerDataSchema,
	/**
	* What the version before this change put into the match projection (its regions, sectors and
	* language level), absent when it was not in the register. Lets a retry of this change delete
	* the projection items that no longer apply (`employer-match-projection.ts`).
	*/
	projectedBefore: z.strictObject({
		regions: z.array(z.string()).max(100),
		sectors: z.array(z.string()).max(100),
		languageLevel: languageLevelId
	}).optional(),
	/** The audit entry of the change that produced this version, plus the requesting fingerprint (see `employer-register.ts`). */
	lastTransition: employerAuditEntrySchema.extend({ requestHash: z.string().regex(/^[0-9a-f]{64}$/) })
});
/** A stored employer entry. Only a withdrawn entry may lack its contact. */
var storedEmployerSchema = storedEmployerFields.refine((e) => e.status === "withdrawn" || e.employer.contact !== void 0, {
	path: ["employer", "contact"],
	message: "alleen een vertrokken werkgever mag zonder contactpersoon zijn"
});
/** A verified employer as the public sees it (API, pages, open data): company data only, never the contact. */
var publicEmployerSchema = z.strictObject({
	id: employerIdSchema,
	name: z.string(),
	kvk: z.string(),
	website: z.string().optional(),
	description: z.string().optional(),
	regions: z.array(z.string()),
	sectors: z.array(z.string()),
	offers: z.array(z.string()),
	languageLevel: languageLevelId,
	educationLevel: z.string().optional(),
	skills: z.array(z.string()),
	verifiedAt: isoInstant,
	/** 'bevestigd op <date>' on the register. */
	confirmedAt: isoInstant
});
z.strictObject({
	id: employerIdSchema,
	status: z.literal("unverified")
});
z.strictObject({ token: manageTokenSchema }, strict);
z.strictObject({
	id: employerIdSchema,
	status: z.literal("verified"),
	confirmedAt: isoInstant
});
z.strictObject({
	id: employerIdSchema,
	status: z.enum(["verified", "hidden"]),
	confirmedAt: isoInstant
});
z.strictObject({
	kvk: kvkSchema,
	email: emailAddress
}, strict);
z.strictObject({
	id: employerIdSchema,
	status: employerStatusSchema.exclude(["withdrawn"]),
	version: z.number().int().min(1),
	createdAt: isoInstant,
	updatedAt: isoInstant,
	verifiedAt: isoInstant.optional(),
	confirmedAt: isoInstant.optional(),
	employer: employerDataSchema,
	/** Why the entry is hidden: a moderator's reason, or that it was not confirmed in time. */
	hidden: z.strictObject({
		kind: z.enum(["moderator", "stale"]),
		reason: z.string().optional()
	}).optional()
});
z.strictObject({
	id: employerIdSchema,
	status: z.literal("withdrawn")
});
/** An entry as moderators see it, contact data included (absent once withdrawn). */
var adminEmployerSchema = storedEmployerFields.omit({
	lastTransition: true,
	projectedBefore: true
});
adminEmployerSchema.extend({ history: z.array(employerAuditEntrySchema) });
z.strictObject({
	items: z.array(adminEmployerSchema),
	nextCursor: z.string().nullable()
});
z.strictObject({ reason: plainText({
	label: {
		nl: "de reden",
		en: "the reason"
	},
	min: 5,
	max: 1e3,
	multiline: true
}) }, strict);
z.strictObject({ reason: plainText({
	label: {
		nl: "de reden",
		en: "the reason"
	},
	min: 5,
	max: 1e3,
	multiline: true
}).optional() }, strict);
z.strictObject({
	id: employerIdSchema,
	status: z.enum(["verified", "hidden"])
});
var limitMessage = bilingual("limit is een getal van 1 tot en met 100", "limit is a number from 1 to 100");
var limitSchema = z.coerce.number({ error: limitMessage }).int(limitMessage).min(1, limitMessage).max(100, limitMessage).default(20);
var cursorSchema = z.string().min(1).max(1e3, bilingual("deze cursor is ongeldig; begin opnieuw zonder cursor", "this cursor is not valid; start again without a cursor")).optional();
var queryStrict = { error: (issue) => issue.code === "unrecognized_keys" ? bilingual("deze parameter kennen we niet", "we do not know this parameter") : void 0 };
z.strictObject({
	region: regionId.optional(),
	sector: sectorId.optional(),
	offer: offerId.optional(),
	/** Employers that ask at most this language level. */
	languageLevel: languageLevelId.optional(),
	limit: limitSchema,
	cursor: cursorSchema
}, queryStrict);
z.strictObject({
	items: z.array(publicEmployerSchema),
	nextCursor: z.string().nullable()
});
z.strictObject({
	status: employerStatusSchema.default("verified"),
	limit: limitSchema,
	cursor: cursorSchema
}, queryStrict);
export { storedEmployerSchema as a, publicEmployerSchema as i, employerDataSchema as n, employerSchema as r, employerAuditEntrySchema as t };
