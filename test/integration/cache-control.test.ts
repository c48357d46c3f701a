/**
 * No cache may keep an answer that carries personal data (a contact in the moderation queue, a
 * manage page, a form with its values): those answer `Cache-Control: no-store`. The test walks the
 * route table, so a new route must be placed in one of the two lists below before it can pass.
 */
import { describe, expect, it } from 'vitest';
import { routeDefinitions } from '../../functions/handlers/routes.ts';
import { apiClient, validInitiative } from '../helpers/api-client.ts';
import { linkTokenIn, validEmployer } from '../helpers/employer-fixtures.ts';
import { useBuiltSiteServer } from '../helpers/local-server.ts';
import { manageTokenIn, readOutbox } from '../helpers/outbox.ts';

/** Routes whose answers hold only public data and may be cached (a short while). */
const PUBLIC_ROUTES = new Set(['GET /api/taxonomies', 'GET /api/openapi.json']);

describe('Cache-Control on every route', () => {
  const server = useBuiltSiteServer({ FORM_MIN_FILL_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '0' });
  const t = {
    get server() {
      return server();
    },
    get api() {
      return apiClient(server().url);
    },
  };

  it('sends no-store on every answer of every route but the public reference data', async () => {
    // Prepare: an initiative and a verified employer, so the personal-data routes answer with data.
    const created = await t.api.post('/api/initiatives', { json: validInitiative({ contact: { name: 'Cas Che', email: 'cas@example.org' } }) });
    const initiativeToken = manageTokenIn(readOutbox(t.server.dataDir).find((m) => m.headers.to?.includes('cas@example.org'))!)!;
    const employer = await t.api.post('/api/employers', { json: validEmployer({ kvk: '33334444', contact: { name: 'Em Ployer', email: 'em@example.org' } }) });
    const toEm = () => readOutbox(t.server.dataDir).filter((m) => m.headers.to?.includes('em@example.org'));
    await t.api.post('/api/employers/verify', { json: { token: linkTokenIn(toEm()[0]!.text, '/werkgevers/bevestigen/', 'token') } });
    const employerToken = toEm().map((m) => linkTokenIn(m.text, '/werkgevers/beheren/', 'token')).find(Boolean)!;
    const ids: Record<string, string> = { submissions: created.body.id, employers: employer.body.id };
    const bodies: Record<string, unknown> = {
      '/api/initiatives': validInitiative(),
      '/api/initiatives/manage': { token: initiativeToken },
      '/api/employers': validEmployer({ kvk: '55556666' }),
      '/api/employers/manage': { token: employerToken },
      '/api/employers/link': { kvk: '33334444', email: 'em@example.org' },
      '/api/match': { region: 'twente', languageLevel: 'B1' },
    };

    // Act: one request per route, with data where the route carries it.
    const answers: { route: string; status: number; cacheControl: string | null }[] = [];
    for (const r of routeDefinitions) {
      const path = r.path.replace('{id}', ids[r.path.split('/')[3] ?? ''] ?? 'onbekend');
      const isForm = r.path.startsWith('/forms/');
      const body = r.method === 'GET' ? undefined : isForm ? 'naam=x' : JSON.stringify(r.method === 'PATCH' ? { token: 'x'.repeat(43), version: 1 } : (bodies[r.path] ?? {}));
      const res = await fetch(`${t.server.url}${path}`, {
        method: r.method,
        headers: {
          authorization: 'Bearer test-moderator-token',
          ...(body === undefined ? {} : { 'content-type': isForm ? 'application/x-www-form-urlencoded' : 'application/json' }),
        },
        body,
        redirect: 'manual',
      });
      answers.push({ route: `${r.method} ${r.path}`, status: res.status, cacheControl: res.headers.get('cache-control') });
    }

    // Assess
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    const wrong = answers.filter((a) => !PUBLIC_ROUTES.has(a.route) && a.cacheControl !== 'no-store');
    expect(wrong).toEqual([]);
    for (const a of answers.filter((a) => PUBLIC_ROUTES.has(a.route))) expect(a.cacheControl, a.route).toMatch(/^public, max-age=\d+$/);
    // The routes that carry personal data really answered with it here.
    const ok = (route: string) => answers.find((a) => a.route === route)?.status;
    expect(ok('GET /api/admin/submissions')).toBe(200);
    expect(ok('GET /api/admin/submissions/{id}')).toBe(200);
    expect(ok('POST /api/initiatives/manage')).toBe(200);
    expect(ok('POST /api/employers/manage')).toBe(200);
    expect(ok('GET /api/admin/employers/{id}')).toBe(200);
  });
});
