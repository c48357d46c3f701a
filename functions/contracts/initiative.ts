/**
 * Initiative submissions (DESIGN.md, "API contract", "Bodies"): what an initiative sends, what is
 * stored, and what the submitter and the moderators get back. The site's form island validates
 * with the same schemas, so every field carries its Dutch message here (and registers its English
 * for the English pages, see `messages.ts`).
 *
 * Text bounds follow `practiceSchema` (content.ts) where a field ends up on a practice page, so a
 * valid submission always maps onto a valid praktijkvoorbeeld.
 */
import { z } from 'zod';
import { actionLineId, approachId, regionId, regions, sectorId, sectors, targetGroupId, targetGroups, approaches } from './taxonomy.ts';
import { emailAddress, httpsUrl, idList, plainText } from './plain-text.ts';
import { bilingual } from './messages.ts';
import { fallbackMessages } from './dutch-errors.ts';

const notAnObject = bilingual('stuur een object met velden', 'send an object with fields');
/** Keys that a strict object does not know are reported per key by the API (`fields["<key>"]`). */
const strict = { error: (issue: { code?: string }) => (issue.code === 'unrecognized_keys' ? fallbackMessages.unknownKey : notAnObject) };

/** The contact person of an initiative; never shown on a public page. */
export const contactSchema = z.strictObject(
  {
    name: plainText({ label: { nl: 'de naam van de contactpersoon', en: 'the name of the contact person' }, min: 2, max: 100 }),
    email: emailAddress,
  },
  strict,
);
export type Contact = z.infer<typeof contactSchema>;

/** The fields of an initiative, apart from consent: what is stored and what a correction may change. */
export const initiativeFields = {
  /** Name of the project as it calls itself. */
  title: plainText({ label: { nl: 'de titel', en: 'the title' }, min: 3, max: 160 }),
  /** Short description at B1 level; the first thing a reader sees. */
  summary: plainText({ label: { nl: 'de samenvatting', en: 'the summary' }, min: 20, max: 600, multiline: true }),
  /** The organisation that runs it. */
  organisation: plainText({ label: { nl: 'de naam van de organisatie', en: 'the name of the organisation' }, min: 2, max: 160 }),
  /** Arbeidsmarktregio's where it runs (`landelijk` for the whole country). */
  regions: idList(regionId, { one: { nl: 'regio', en: 'region' }, many: { nl: "regio's", en: 'regions' }, min: 1, max: regions.length }),
  sectors: idList(sectorId, { one: { nl: 'sector', en: 'sector' }, many: { nl: 'sectoren', en: 'sectors' }, min: 1, max: sectors.length }),
  contact: contactSchema,
  /** Longer description; becomes the body of the practice page. */
  description: plainText({ label: { nl: 'de beschrijving', en: 'the description' }, min: 1, max: 5000, multiline: true }).optional(),
  website: httpsUrl.optional(),
  /** Action lines of the national plan (1–4). */
  actionLines: idList(actionLineId.meta({ minimum: 1, maximum: 4 }), { one: { nl: 'actielijn', en: 'action line' }, many: { nl: 'actielijnen', en: 'action lines' }, min: 0, max: 4 }).optional(),
  approaches: idList(approachId, { one: { nl: 'aanpak', en: 'approach' }, many: { nl: 'aanpakken', en: 'approaches' }, min: 0, max: approaches.length }).optional(),
  targetGroups: idList(targetGroupId, { one: { nl: 'doelgroep', en: 'target group' }, many: { nl: 'doelgroepen', en: 'target groups' }, min: 0, max: targetGroups.length }).optional(),
  /** Results in the initiative's own words. */
  results: plainText({ label: { nl: 'de resultaten', en: 'the results', plural: true }, min: 1, max: 2000, multiline: true }).optional(),
};

/** Consent to store the contact data for moderation and the manage link; must be `true`. */
export const consentSchema = z.literal(true, {
  error: bilingual(
    'geef toestemming om uw gegevens te bewaren, anders kunnen we de aanmelding niet behandelen',
    'give permission to keep your details, otherwise we cannot handle the submission',
  ),
});

/** `POST /api/initiatives` body. */
export const initiativeSchema = z.strictObject({ ...initiativeFields, consent: consentSchema }, strict);
export type InitiativeInput = z.infer<typeof initiativeSchema>;

/** What is stored of an initiative: the fields without the consent flag (its moment is kept apart). */
export const initiativeDataSchema = z.strictObject(initiativeFields, strict);
export type InitiativeData = z.infer<typeof initiativeDataSchema>;

/**
 * The initiative as a stored submission holds it: the same fields, but `contact` (the only
 * personal data) is gone once a withdrawal has erased it. `submissionSchema` allows that only for
 * a withdrawn submission.
 */
export const storedInitiativeSchema = z.strictObject({ ...initiativeFields, contact: contactSchema.optional() }, strict);
export type StoredInitiative = z.infer<typeof storedInitiativeSchema>;

/** Optional fields a correction may clear by sending `null`. */
export const clearableFields = ['description', 'website', 'actionLines', 'approaches', 'targetGroups', 'results'] as const;
type Clearable = (typeof clearableFields)[number];

const changeFields = {
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
  results: initiativeFields.results.unwrap().nullable().optional(),
} satisfies Record<keyof typeof initiativeFields, z.ZodType> & Record<Clearable, z.ZodType>;

const incompleteLink = bilingual('de beheerlink is onvolledig; open de link uit de e-mail opnieuw', 'the manage link is incomplete; open the link from the e-mail again');
/** A manage token as mailed: 43 base64url characters (32 random bytes). Anything else is simply unknown. */
export const manageTokenSchema = z.string({ error: incompleteLink }).min(1, incompleteLink).max(200, incompleteLink);

/** The version the client last saw; a stale one answers 409. */
export const versionSchema = z
  .number({ error: bilingual('stuur het versienummer mee dat u bij het openen kreeg', 'send the version number you got when you opened it') })
  .int(bilingual('het versienummer is een geheel getal', 'the version number is a whole number'))
  .min(1, bilingual('het versienummer is 1 of hoger', 'the version number is 1 or higher'))
  .max(1_000_000, bilingual('het versienummer is te groot', 'the version number is too large'));

/** `POST /api/initiatives/manage` body. */
export const manageRequestSchema = z.strictObject({ token: manageTokenSchema }, strict);

/** `DELETE /api/initiatives/manage` body: the token alone, as for reading (the employer DELETE has the same shape). */
export const withdrawalRequestSchema = manageRequestSchema;

/**
 * `PATCH /api/initiatives/manage` body: the token, the version and the fields to change (at least
 * one). `null` clears an optional field; `consent: true` may come along when a form resends it.
 */
export const initiativePatchSchema = z
  .strictObject({ token: manageTokenSchema, version: versionSchema, ...changeFields, consent: consentSchema.optional() }, strict)
  .refine((body) => Object.keys(changeFields).some((k) => k in body), bilingual('verander minstens één veld', 'change at least one field'));
export type InitiativePatch = z.infer<typeof initiativePatchSchema>;
/** The changes of a patch, without token, version and consent. */
export type InitiativeChanges = Omit<InitiativePatch, 'token' | 'version' | 'consent'>;

/**
 * Status of a submission: the review statuses, and `withdrawn` once the submitter withdrew it
 * through the manage link (final; the contact data is erased, the manage link answers 410).
 */
export const submissionStatuses = ['pending', 'published', 'rejected', 'withdrawn'] as const;
/** A status as the API takes and gives it. */
export const submissionStatusSchema = z.enum(submissionStatuses, { error: 'kies pending, published, rejected of withdrawn' });
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

/** A submission id: 16 characters from a lower-case alphabet without look-alikes. */
export const submissionIdSchema = z.string().regex(/^[a-km-z2-9]{16}$/, 'onbekende aanmelding');

/** `POST /api/admin/submissions/{id}/reject` body. */
export const rejectRequestSchema = z.strictObject(
  { reason: plainText({ label: { nl: 'de reden', en: 'the reason' }, min: 5, max: 1000, multiline: true }) },
  strict,
);

/** Query of `GET /api/admin/submissions`. */
export const submissionListQuerySchema = z.strictObject(
  {
    status: submissionStatusSchema.default('pending'),
    limit: z.coerce
      .number({ error: 'limit is een getal van 1 tot en met 100' })
      .int('limit is een getal van 1 tot en met 100')
      .min(1, 'limit is een getal van 1 tot en met 100')
      .max(100, 'limit is een getal van 1 tot en met 100')
      .default(20),
    cursor: z.string().min(1).max(1000, 'deze cursor is ongeldig; begin opnieuw zonder cursor').optional(),
  },
  { error: (issue: { code?: string }) => (issue.code === 'unrecognized_keys' ? 'deze parameter kennen we niet' : undefined) },
);

const isoInstant = z.iso.datetime();

/** Who made a change: a moderator's name, or `indiener` for the submitter. */
export const actorSchema = z.string().min(1).max(60);
/** The actor name of the submitter in the audit trail. */
export const SUBMITTER = 'indiener';

/** One state change of a submission, as the audit trail keeps it. `version` is the version it produced. */
export const auditEntrySchema = z.strictObject({
  version: z.number().int().min(1),
  at: isoInstant,
  who: actorSchema,
  /** Status before; `null` for the submission itself. */
  from: submissionStatusSchema.nullable(),
  to: submissionStatusSchema,
  reason: z.string().max(1000).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

// The fields of a stored submission, before the rule that ties an erased contact to `withdrawn`
// (zod cannot `.omit` from a refined object, and the moderators' view omits `lastTransition`).
const submissionFields = z.strictObject({
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
  decision: z.strictObject({ by: actorSchema, at: isoInstant, reason: z.string().max(1000).optional() }).optional(),
  lastTransition: auditEntrySchema.extend({ requestHash: z.string().regex(/^[0-9a-f]{64}$/) }),
});

/**
 * A stored submission. `lastTransition` repeats the audit entry of the change that produced this
 * version, plus a fingerprint of the request that asked for it: the entry travels in the same
 * write as the state, so a crash can never lose it (see `submissions-repository.ts`). Only a
 * withdrawn submission may lack its contact.
 */
export const submissionSchema = submissionFields.refine((s) => s.status === 'withdrawn' || s.initiative.contact !== undefined, {
  path: ['initiative', 'contact'],
  message: 'alleen een ingetrokken aanmelding mag zonder contactpersoon zijn',
});
export type Submission = z.infer<typeof submissionSchema>;

/** `201` of `POST /api/initiatives`. */
export const initiativeCreatedSchema = z.strictObject({
  id: submissionIdSchema,
  status: z.literal('pending'),
  /** Present (`true`) when the submission is stored but its manage mail could not go yet; the upkeep sends it. */
  mailDelayed: z.literal(true).optional(),
});

/** What the submitter sees through the manage link: their own data, status, version, and why it was rejected. A withdrawn submission is never shown (410). */
export const managedInitiativeSchema = z.strictObject({
  id: submissionIdSchema,
  status: submissionStatusSchema.exclude(['withdrawn']),
  version: z.number().int().min(1),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  initiative: initiativeDataSchema,
  /** The moderator's reason, only while the submission is rejected. */
  rejectionReason: z.string().optional(),
});
export type ManagedInitiative = z.infer<typeof managedInitiativeSchema>;

/** A submission as moderators see it, contact data included (absent once a withdrawal erased it). */
export const adminSubmissionSchema = submissionFields.omit({ lastTransition: true });
export type AdminSubmission = z.infer<typeof adminSubmissionSchema>;

/** `GET /api/admin/submissions/{id}`: the submission with its audit trail, oldest first. */
export const adminSubmissionDetailSchema = adminSubmissionSchema.extend({ history: z.array(auditEntrySchema) });

/** `GET /api/admin/submissions`. */
export const submissionListSchema = z.strictObject({ items: z.array(adminSubmissionSchema), nextCursor: z.string().nullable() });

/** `200` of approve and reject. */
export const decisionResultSchema = z.strictObject({ id: submissionIdSchema, status: z.enum(['published', 'rejected']) });

/** `200` of `DELETE /api/initiatives/manage`: withdrawn, contact data erased. */
export const withdrawalResultSchema = z.strictObject({ id: submissionIdSchema, status: z.literal('withdrawn') });
