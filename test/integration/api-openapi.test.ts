import { describe, expect, it } from 'vitest';
import { apiRouteDefinitions as routeDefinitions } from '../../functions/handlers/routes.ts';
import { useFixtureServer } from '../helpers/local-server.ts';

const server = useFixtureServer();

describe('GET /api/openapi.json', () => {
  it('describes every route of the route table as OpenAPI 3.1, with bodies, responses and the error shape', async () => {
    const res = await fetch(`${server().url}/api/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const route of routeDefinitions) {
      expect(doc.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
    }
    const create = doc.paths['/api/initiatives'].post;
    expect(create.requestBody.content['application/json'].schema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: expect.arrayContaining(['title', 'summary', 'organisation', 'regions', 'sectors', 'contact', 'consent']),
    });
    expect(create.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }));
    expect(create.responses['429'].headers['Retry-After']).toBeDefined();
    expect(create.responses['400'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    expect(doc.components.schemas.Error.properties.error.properties.fields).toBeDefined();
    expect(doc.paths['/api/admin/submissions'].get.security).toEqual([{ moderator: [] }]);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await fetch(`${server().url}/api/openapi.json`);
    const again = await fetch(`${server().url}/api/openapi.json`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
