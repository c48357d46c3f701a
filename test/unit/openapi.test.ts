import { describe, expect, it } from 'vitest';
import { errorStatuses } from '../../functions/contracts/api-error.ts';
import { apiOperations } from '../../functions/contracts/api-operations.ts';
import { buildOpenApiDocument, MissingOperationError } from '../../functions/contracts/openapi.ts';
import { apiRouteDefinitions as routeDefinitions } from '../../functions/handlers/routes.ts';

describe('the OpenAPI document', () => {
  it('has an operation for every route and no operation without a route', () => {
    const routeKeys = routeDefinitions.map((r) => `${r.method} ${r.path}`).sort();
    expect(Object.keys(apiOperations).sort()).toEqual(routeKeys);
  });

  it('fails loudly when a route has no description', () => {
    expect(() => buildOpenApiDocument([{ method: 'GET', path: '/api/nieuw' }], apiOperations)).toThrow(MissingOperationError);
  });

  it('gives operation ids once and an error response for every listed status', () => {
    const doc = buildOpenApiDocument(routeDefinitions, apiOperations) as { paths: Record<string, Record<string, any>> };
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    const ids = ops.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const statuses = new Set<number>(Object.values(errorStatuses));
    for (const op of ops) {
      for (const status of Object.keys(op.responses).map(Number).filter((s) => s >= 400)) expect(statuses.has(status)).toBe(true);
    }
  });

  it('describes the PATCH body with nullable optional fields and the required token and version', () => {
    const doc = buildOpenApiDocument(routeDefinitions, apiOperations) as any;
    const schema = doc.paths['/api/initiatives/manage'].patch.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(['token', 'version']);
    expect(schema.properties.website.anyOf).toContainEqual({ type: 'null' });
  });

  it('describes the withdrawal: DELETE with the token alone, answering withdrawn or 410 once the link is spent', () => {
    const doc = buildOpenApiDocument(routeDefinitions, apiOperations) as any;
    const op = doc.paths['/api/initiatives/manage'].delete;
    expect(op.operationId).toBe('withdrawInitiative');
    expect(op.requestBody.content['application/json'].schema).toMatchObject({ required: ['token'], additionalProperties: false });
    expect(op.responses['200'].content['application/json'].schema.properties.status).toEqual({ type: 'string', const: 'withdrawn' });
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['400', '404', '409', '410']));
    expect(doc.paths['/api/initiatives/manage'].post.responses['410']).toBeDefined();
  });
});
