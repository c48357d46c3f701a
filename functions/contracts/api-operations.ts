/**
 * What each API route takes and answers, as zod schemas: the source of `GET /api/openapi.json`.
 * Keyed by `"<METHOD> <path>"` exactly as in the route table (`functions/handlers/routes.ts`); a
 * unit test keeps the two in step.
 */
import { z } from 'zod';
import { matchResponseSchema, profileSchema } from './match.ts';
import {
  adminSubmissionDetailSchema,
  decisionResultSchema,
  initiativeCreatedSchema,
  initiativePatchSchema,
  initiativeSchema,
  managedInitiativeSchema,
  manageRequestSchema,
  rejectRequestSchema,
  submissionIdSchema,
  submissionListQuerySchema,
  submissionListSchema,
  withdrawalRequestSchema,
  withdrawalResultSchema,
} from './initiative.ts';
import {
  adminEmployerDetailSchema,
  adminEmployerListQuerySchema,
  adminEmployerListSchema,
  employerConfirmedSchema,
  employerCreatedSchema,
  employerHideRequestSchema,
  employerIdSchema,
  employerLinkRequestSchema,
  employerListQuerySchema,
  employerManageRequestSchema,
  employerModerationResultSchema,
  employerPatchSchema,
  employerRestoreRequestSchema,
  employerSchema,
  employerTokenRequestSchema,
  employerVerifiedSchema,
  employerWithdrawnSchema,
  managedEmployerSchema,
  publicEmployerListSchema,
} from './employer.ts';

/** A success response: its description, body schema and headers worth naming. */
export type SuccessResponse = { description: string; schema?: z.ZodType; headers?: Record<string, string> };

/** One operation of the API. */
export type ApiOperation = {
  operationId: string;
  summary: string;
  tag: 'systeem' | 'initiatieven' | 'moderatie' | 'werkgevers' | 'matching';
  /** Needs a moderator's bearer token. */
  moderator?: boolean;
  /** Takes an optional `Idempotency-Key` header. */
  idempotent?: boolean;
  query?: z.ZodObject;
  pathParameters?: Record<string, z.ZodType>;
  body?: z.ZodType;
  responses: Record<number, SuccessResponse>;
  /** HTTP statuses of the error responses this operation can give, besides 500. */
  errors: number[];
};

const label = z.strictObject({ nl: z.string(), en: z.string() });
const term = z.strictObject({ id: z.string(), label });

/** `GET /api/taxonomies`. */
export const taxonomiesResponseSchema = z.strictObject({
  sectors: z.array(term),
  regions: z.array(term.extend({ province: z.string().nullable() })),
  provinces: z.array(term),
  approaches: z.array(term),
  offers: z.array(term),
  languageLevels: z.array(term),
  educationLevels: z.array(term),
  actionLines: z.array(term.extend({ id: z.number().int() })),
  targetGroups: z.array(term),
  skills: z.array(term),
});

const idParameter = { id: submissionIdSchema };
const JSON_ERRORS = [400, 413, 415];

/** Every operation, by route key. */
export const apiOperations: Record<string, ApiOperation> = {
  'GET /api/health': {
    operationId: 'getHealth',
    summary: 'Of de API en de opslag antwoorden',
    tag: 'systeem',
    responses: { 200: { description: 'De opslag antwoordt.', schema: z.strictObject({ status: z.literal('ok') }) } },
    errors: [503],
  },
  'GET /api/taxonomies': {
    operationId: 'getTaxonomies',
    summary: 'De referentielijsten (sectoren, regio’s, aanpakken…)',
    tag: 'systeem',
    responses: { 200: { description: 'Alle lijsten, elk item met id en label in het Nederlands en Engels.', schema: taxonomiesResponseSchema } },
    errors: [],
  },
  'GET /api/openapi.json': {
    operationId: 'getOpenApi',
    summary: 'Deze beschrijving van de API (OpenAPI 3.1)',
    tag: 'systeem',
    responses: { 200: { description: 'Het OpenAPI-document.', schema: z.record(z.string(), z.unknown()) } },
    errors: [],
  },
  'POST /api/initiatives': {
    operationId: 'createInitiative',
    summary: 'Een initiatief aanmelden; de contactpersoon krijgt een beheerlink per e-mail',
    tag: 'initiatieven',
    idempotent: true,
    body: initiativeSchema,
    responses: {
      201: {
        description: 'Aangemeld; wacht op beoordeling. Bij een herhaald verzoek met dezelfde Idempotency-Key en body: het eerste antwoord.',
        schema: initiativeCreatedSchema,
        headers: { 'Idempotent-Replayed': '`true` wanneer dit het bewaarde antwoord op een eerder verzoek is.' },
      },
    },
    errors: [...JSON_ERRORS, 409, 422, 429],
  },
  'POST /api/initiatives/manage': {
    operationId: 'readManagedInitiative',
    summary: 'De eigen aanmelding ophalen met het token uit de beheerlink',
    tag: 'initiatieven',
    body: manageRequestSchema,
    responses: { 200: { description: 'De aanmelding met status, versie en (bij afwijzing) de reden.', schema: managedInitiativeSchema } },
    errors: [...JSON_ERRORS, 404, 410],
  },
  'PATCH /api/initiatives/manage': {
    operationId: 'correctInitiative',
    summary: 'De eigen aanmelding verbeteren; daarna wacht zij opnieuw op beoordeling',
    tag: 'initiatieven',
    body: initiativePatchSchema,
    responses: { 200: { description: 'De verbeterde aanmelding, status pending, volgende versie.', schema: managedInitiativeSchema } },
    errors: [...JSON_ERRORS, 404, 409, 410],
  },
  'DELETE /api/initiatives/manage': {
    operationId: 'withdrawInitiative',
    summary: 'De eigen aanmelding intrekken; naam en e-mailadres worden verwijderd en de beheerlink vervalt',
    tag: 'initiatieven',
    body: withdrawalRequestSchema,
    responses: {
      200: {
        description:
          'Ingetrokken. De contactpersoon krijgt een bevestiging, daarna zijn naam en e-mailadres verwijderd. Een gepubliceerde pagina verdwijnt bij de volgende build.',
        schema: withdrawalResultSchema,
      },
    },
    errors: [...JSON_ERRORS, 404, 409, 410],
  },
  'GET /api/admin/submissions': {
    operationId: 'listSubmissions',
    summary: 'Aanmeldingen per status, laatst gewijzigd eerst, met contactgegevens',
    tag: 'moderatie',
    moderator: true,
    query: submissionListQuerySchema,
    responses: { 200: { description: 'Een pagina; `nextCursor` haalt de volgende.', schema: submissionListSchema } },
    errors: [400, 401, 403],
  },
  'GET /api/admin/submissions/{id}': {
    operationId: 'getSubmission',
    summary: 'Eén aanmelding met haar volledige audittrail',
    tag: 'moderatie',
    moderator: true,
    pathParameters: idParameter,
    responses: { 200: { description: 'De aanmelding en haar geschiedenis, oudste eerst.', schema: adminSubmissionDetailSchema } },
    errors: [401, 403, 404],
  },
  'POST /api/admin/submissions/{id}/approve': {
    operationId: 'approveSubmission',
    summary: 'Een wachtende aanmelding goedkeuren en publiceren',
    tag: 'moderatie',
    moderator: true,
    pathParameters: idParameter,
    responses: { 200: { description: 'Gepubliceerd.', schema: decisionResultSchema } },
    errors: [401, 403, 404, 409],
  },
  'POST /api/admin/submissions/{id}/reject': {
    operationId: 'rejectSubmission',
    summary: 'Een wachtende aanmelding afwijzen; de indiener krijgt de reden per e-mail',
    tag: 'moderatie',
    moderator: true,
    pathParameters: idParameter,
    body: rejectRequestSchema,
    responses: { 200: { description: 'Afgewezen.', schema: decisionResultSchema } },
    errors: [...JSON_ERRORS, 401, 403, 404, 409],
  },
  'POST /api/employers': {
    operationId: 'registerEmployer',
    summary: 'Een werkgever aanmelden voor het register; de contactpersoon krijgt een bevestigingslink per e-mail (7 dagen geldig)',
    tag: 'werkgevers',
    idempotent: true,
    body: employerSchema,
    responses: {
      201: {
        description:
          'Aangemeld, nog niet bevestigd. Een onbevestigde aanmelding met hetzelfde KvK-nummer blokkeert niet: wie het eerst bevestigt, staat in het register. Bij een herhaald verzoek met dezelfde Idempotency-Key en body: het eerste antwoord.',
        schema: employerCreatedSchema,
        headers: { 'Idempotent-Replayed': '`true` wanneer dit het bewaarde antwoord op een eerder verzoek is.' },
      },
    },
    errors: [...JSON_ERRORS, 409, 422, 429],
  },
  'GET /api/employers': {
    operationId: 'listEmployers',
    summary: 'Het openbare werkgeversregister: bevestigde werkgevers, alleen bedrijfsgegevens',
    tag: 'werkgevers',
    query: employerListQuerySchema,
    responses: {
      200: {
        description:
          'Een pagina; `nextCursor` haalt de volgende. `region` vindt ook landelijke werkgevers; `languageLevel` geeft werkgevers die hooguit dat niveau vragen.',
        schema: publicEmployerListSchema,
      },
    },
    errors: [400],
  },
  'POST /api/employers/verify': {
    operationId: 'verifyEmployer',
    summary: 'De aanmelding bevestigen met het token uit de bevestigingslink',
    tag: 'werkgevers',
    body: employerTokenRequestSchema,
    responses: { 200: { description: 'Bevestigd: de werkgever staat in het register en krijgt een beheerlink per e-mail.', schema: employerVerifiedSchema } },
    errors: [...JSON_ERRORS, 409, 410],
  },
  'POST /api/employers/manage': {
    operationId: 'readManagedEmployer',
    summary: 'De eigen inschrijving ophalen met het token uit de beheerlink',
    tag: 'werkgevers',
    body: employerManageRequestSchema,
    responses: { 200: { description: 'De inschrijving met status en versie.', schema: managedEmployerSchema } },
    errors: [...JSON_ERRORS, 404, 410],
  },
  'PATCH /api/employers/manage': {
    operationId: 'updateEmployer',
    summary: 'De eigen inschrijving wijzigen (met de versie die u kreeg bij het ophalen)',
    tag: 'werkgevers',
    body: employerPatchSchema,
    responses: { 200: { description: 'De gewijzigde inschrijving, volgende versie.', schema: managedEmployerSchema } },
    errors: [...JSON_ERRORS, 404, 409, 410],
  },
  'DELETE /api/employers/manage': {
    operationId: 'withdrawEmployer',
    summary: 'Uit het register stappen; naam, e-mailadres en telefoonnummer worden direct verwijderd',
    tag: 'werkgevers',
    body: employerManageRequestSchema,
    responses: {
      200: {
        description: 'Afgemeld: direct weg uit de API, de pagina verdwijnt bij de volgende build. Een audit-regel zonder persoonsgegevens blijft.',
        schema: employerWithdrawnSchema,
      },
    },
    errors: [...JSON_ERRORS, 404, 409, 410],
  },
  'POST /api/employers/link': {
    operationId: 'requestEmployerManageLink',
    summary: 'Een nieuwe beheerlink aanvragen met KvK-nummer en e-mailadres',
    tag: 'werkgevers',
    body: employerLinkRequestSchema,
    responses: {
      202: {
        description: 'Altijd hetzelfde antwoord; alleen als KvK-nummer en e-mailadres bij een inschrijving horen, gaat er een nieuwe beheerlink per e-mail.',
        schema: z.strictObject({ status: z.literal('accepted') }),
      },
    },
    errors: [...JSON_ERRORS, 429],
  },
  'POST /api/employers/confirm': {
    operationId: 'confirmEmployer',
    summary: "Bevestigen dat de werkgever nog openstaat voor statushouders (de jaarlijkse link, of de beheerlink)",
    tag: 'werkgevers',
    body: employerTokenRequestSchema,
    responses: {
      200: {
        description: '`confirmedAt` vernieuwd; een wegens veroudering verborgen werkgever staat weer in het register.',
        schema: employerConfirmedSchema,
      },
    },
    errors: [...JSON_ERRORS, 404, 409, 410],
  },
  'GET /api/admin/employers': {
    operationId: 'listEmployersForModeration',
    summary: 'Werkgevers per status, met contactgegevens',
    tag: 'moderatie',
    moderator: true,
    query: adminEmployerListQuerySchema,
    responses: { 200: { description: 'Een pagina; `nextCursor` haalt de volgende.', schema: adminEmployerListSchema } },
    errors: [400, 401, 403],
  },
  'GET /api/admin/employers/{id}': {
    operationId: 'getEmployer',
    summary: 'Eén werkgever met de volledige audittrail',
    tag: 'moderatie',
    moderator: true,
    pathParameters: { id: employerIdSchema },
    responses: { 200: { description: 'De inschrijving en haar geschiedenis, oudste eerst.', schema: adminEmployerDetailSchema } },
    errors: [401, 403, 404],
  },
  'POST /api/admin/employers/{id}/hide': {
    operationId: 'hideEmployer',
    summary: 'Een werkgever uit het register verbergen; de werkgever krijgt de reden per e-mail',
    tag: 'moderatie',
    moderator: true,
    pathParameters: { id: employerIdSchema },
    body: employerHideRequestSchema,
    responses: { 200: { description: 'Verborgen.', schema: employerModerationResultSchema } },
    errors: [...JSON_ERRORS, 401, 403, 404, 409],
  },
  'POST /api/admin/employers/{id}/restore': {
    operationId: 'restoreEmployer',
    summary: 'Een verborgen werkgever terugzetten in het register (body optioneel)',
    tag: 'moderatie',
    moderator: true,
    pathParameters: { id: employerIdSchema },
    body: employerRestoreRequestSchema,
    responses: { 200: { description: 'Terug in het register.', schema: employerModerationResultSchema } },
    errors: [...JSON_ERRORS, 401, 403, 404, 409],
  },
  'POST /api/match': {
    operationId: 'matchProfile',
    summary: 'Een kandidaatprofiel koppelen aan werkgevers, praktijkvoorbeelden en regelingen, met redenen',
    tag: 'matching',
    body: profileSchema,
    responses: {
      200: {
        description:
          'Hooguit 20 per soort, best passend eerst, elk met score (0–100) en redenen (`match` of `gap`) in de taal van Accept-Language (nl, en, ar, uk, ti; standaard Nederlands). Het profiel wordt niet bewaard of gelogd.',
        schema: matchResponseSchema,
        headers: { 'Content-Language': 'De taal van de redenen.' },
      },
    },
    errors: JSON_ERRORS,
  },
};
