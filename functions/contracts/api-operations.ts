/**
 * What each API route takes and answers, as zod schemas: the source of `GET /api/openapi.json`.
 * Keyed by `"<METHOD> <path>"` exactly as in the route table (`functions/handlers/routes.ts`); a
 * unit test keeps the two in step.
 */
import { z } from 'zod';
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

/** A success response: its description, body schema and headers worth naming. */
export type SuccessResponse = { description: string; schema?: z.ZodType; headers?: Record<string, string> };

/** One operation of the API. */
export type ApiOperation = {
  operationId: string;
  summary: string;
  tag: 'systeem' | 'initiatieven' | 'moderatie';
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
};
