/**
 * Builds the OpenAPI 3.1 document of the API from the route table and the zod schemas of
 * `api-operations.ts` (zod 4's `z.toJSONSchema`, JSON Schema 2020-12, which OpenAPI 3.1 uses).
 * Pure: the handler builds it once per process.
 * @see https://spec.openapis.org/oas/v3.1.0
 */
import { z } from 'zod';
import { errorResponseSchema } from './api-error.ts';
import type { ApiOperation } from './api-operations.ts';

type JsonObject = Record<string, unknown>;

/** A route as the table lists it. */
export type RouteKey = { method: string; path: string };

/** Thrown when a route has no operation description (a test catches it before a deploy does). */
export class MissingOperationError extends Error {
  constructor(key: string) {
    super(`Route ${key} heeft geen beschrijving in functions/contracts/api-operations.ts.`);
    this.name = 'MissingOperationError';
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'De invoer klopt niet (`validation_failed`); `fields` noemt per veld wat er mis is.',
  401: 'Geen of een ongeldig moderatortoken (`unauthorized`).',
  403: 'Geldig token zonder moderatorrechten (`forbidden`).',
  404: 'Niet gevonden (`not_found`).',
  409: 'Botst met de huidige stand (`conflict`): verouderde versie, al beoordeeld, of nog in behandeling.',
  410: 'De link werkt niet meer (`gone`): de aanmelding of inschrijving is ingetrokken, of de link is al gebruikt of verlopen.',
  413: 'Het verzoek is groter dan 32 kB (`payload_too_large`).',
  415: 'De body is geen application/json (`unsupported_media_type`).',
  422: 'Deze Idempotency-Key hoorde bij een ander verzoek (`idempotency_key_reused`).',
  429: 'Te veel verzoeken vanaf dit adres (`rate_limited`); zie Retry-After.',
  500: 'Fout aan onze kant (`internal`).',
  503: 'De opslag antwoordt niet (`unavailable`); zie Retry-After.',
};

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
  return json;
}

function parameters(op: ApiOperation): JsonObject[] {
  const list: JsonObject[] = [];
  for (const [name, schema] of Object.entries(op.pathParameters ?? {})) {
    list.push({ name, in: 'path', required: true, schema: schemaOf(schema, 'input') });
  }
  if (op.query) {
    const json = schemaOf(op.query, 'input');
    const properties = (json.properties ?? {}) as Record<string, JsonObject>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, schema] of Object.entries(properties)) list.push({ name, in: 'query', required: required.has(name), schema });
  }
  if (op.idempotent) {
    list.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Zelfde sleutel en body: het eerste antwoord opnieuw. Zelfde sleutel, andere body: 422.',
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' },
    });
  }
  return list;
}

function operationObject(op: ApiOperation): JsonObject {
  const responses: JsonObject = {};
  for (const [status, response] of Object.entries(op.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.headers
        ? { headers: Object.fromEntries(Object.entries(response.headers).map(([h, d]) => [h, { description: d, schema: { type: 'string' } }])) }
        : {}),
      ...(response.schema ? { content: { 'application/json': { schema: schemaOf(response.schema, 'output') } } } : {}),
    };
  }
  for (const status of [...op.errors, 500]) {
    const retry = status === 429 || status === 503;
    responses[String(status)] = {
      description: STATUS_TEXT[status] ?? 'Fout.',
      ...(retry ? { headers: { 'Retry-After': { description: 'Seconden tot een nieuwe poging zin heeft.', schema: { type: 'integer' } } } } : {}),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  const params = parameters(op);
  return {
    operationId: op.operationId,
    summary: op.summary,
    tags: [op.tag],
    ...(op.moderator ? { security: [{ moderator: [] }] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(op.body, 'input') } } } } : {}),
    responses,
  };
}

/** The OpenAPI document for `routes`; every route must have an entry in `operations`. */
export function buildOpenApiDocument(routes: readonly RouteKey[], operations: Record<string, ApiOperation>, version = '0.1.0'): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    const op = operations[key];
    if (!op) throw new MissingOperationError(key);
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operationObject(op) };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Werkpad API',
      version,
      description:
        'JSON in en uit. Fouten: `{ error: { code, message, fields? } }`. Lijsten nemen `limit` (≤ 100) en `cursor` en geven `{ items, nextCursor }`.',
    },
    tags: [
      { name: 'systeem', description: 'Gezondheid, referentielijsten en deze beschrijving' },
      { name: 'initiatieven', description: 'Aanmelden en beheren van initiatieven' },
      { name: 'moderatie', description: 'Beoordelen van aanmeldingen (alleen moderatoren)' },
      { name: 'werkgevers', description: 'Het werkgeversregister: aanmelden, bevestigen, beheren en het openbare register' },
      { name: 'matching', description: 'Een kandidaatprofiel koppelen aan werkgevers, praktijkvoorbeelden en regelingen' },
    ],
    paths,
    components: {
      schemas: { Error: schemaOf(errorResponseSchema, 'output') },
      securitySchemes: {
        moderator: {
          type: 'http',
          scheme: 'bearer',
          description: 'Lokaal: een token uit MODERATORS/ADMIN_TOKEN. Op AWS: een Cognito-JWT.',
        },
      },
    },
  };
}
