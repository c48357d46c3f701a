/**
 * The two CloudFront Functions of the site stack, run here as JavaScript: the directory index on
 * viewer requests, and the CSP of the published build on viewer responses (its key-value store
 * stood in for by a map, since `cloudfront` is CloudFront's own module).
 */
import { describe, expect, it } from 'vitest';
import { cspFunctionCode, INDEX_FUNCTION_CODE } from '../../infra/lib/site-stack.ts';

type Request = { uri: string; querystring: Record<string, { value: string }> };
const indexHandler = new Function(`${INDEX_FUNCTION_CODE}\nreturn handler;`)() as (event: { request: Request }) => any;

function cspHandler(store: Map<string, string>) {
  const code = cspFunctionCode('kvs-id').replace("import cf from 'cloudfront';", '');
  const cf = {
    kvs: (id: string) => {
      expect(id).toBe('kvs-id');
      return {
        get: async (key: string) => {
          const value = store.get(key);
          if (value === undefined) throw new Error('KeyNotFound');
          return value;
        },
      };
    },
  };
  return new Function('cf', `${code}\nreturn handler;`)(cf) as (event: { response: { headers: Record<string, { value: string }> } }) => Promise<any>;
}

describe('the directory index (viewer request)', () => {
  it('serves /path/ from /path/index.html, and the root from /index.html', () => {
    expect(indexHandler({ request: { uri: '/praktijkvoorbeelden/', querystring: {} } }).uri).toBe('/praktijkvoorbeelden/index.html');
    expect(indexHandler({ request: { uri: '/', querystring: {} } }).uri).toBe('/index.html');
  });

  it('leaves files alone', () => {
    expect(indexHandler({ request: { uri: '/_astro/app.Ab12.js', querystring: {} } }).uri).toBe('/_astro/app.Ab12.js');
    expect(indexHandler({ request: { uri: '/pagefind/pagefind.js', querystring: {} } }).uri).toBe('/pagefind/pagefind.js');
  });

  it('redirects /path to /path/ with its query, so a form page always reaches its route', () => {
    const answer = indexHandler({ request: { uri: '/initiatief-aanmelden', querystring: { lang: { value: 'en' } } } });
    expect(answer).toMatchObject({ statusCode: 301, headers: { location: { value: '/initiatief-aanmelden/?lang=en' } } });
  });
});

describe('the CSP of the published build (viewer response)', () => {
  it('replaces the policy’s CSP by the one the publication stored', async () => {
    const handler = cspHandler(new Map([['csp', "default-src 'self'; script-src 'self' 'sha256-abc='"]]));
    const response = await handler({ response: { headers: { 'content-security-policy': { value: "default-src 'self'" } } } });
    expect(response.headers['content-security-policy'].value).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
  });

  it('keeps the policy’s strict CSP while nothing is published', async () => {
    const handler = cspHandler(new Map());
    const response = await handler({ response: { headers: { 'content-security-policy': { value: "default-src 'self'" } } } });
    expect(response.headers['content-security-policy'].value).toBe("default-src 'self'");
  });
});
