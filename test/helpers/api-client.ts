/**
 * A small JSON client for the API tests: sends a request to a test server and returns status,
 * headers and the parsed body, so each test reads as "Prepare, Act, Assess".
 */
import { TEST_ADMIN_TOKEN } from './local-server.ts';

/** A response as the tests look at it. */
export type ApiResponse<T = any> = { status: number; headers: Headers; body: T };

/** Options of one request: a JSON body (or raw text), extra headers, a moderator token. */
export type RequestOptions = { json?: unknown; raw?: string; headers?: Record<string, string>; token?: string };

/** A client bound to `baseUrl`; `admin` sends the test moderator's token. */
export function apiClient(baseUrl: string) {
  async function request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.json !== undefined) headers['content-type'] ??= 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json)),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
  }
  return {
    request,
    get: <T = any>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
    post: <T = any>(path: string, options?: RequestOptions) => request<T>('POST', path, options),
    patch: <T = any>(path: string, options?: RequestOptions) => request<T>('PATCH', path, options),
    delete: <T = any>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
    /** The same, as the test moderator. */
    admin: {
      get: <T = any>(path: string, options: RequestOptions = {}) => request<T>('GET', path, { token: TEST_ADMIN_TOKEN, ...options }),
      post: <T = any>(path: string, options: RequestOptions = {}) => request<T>('POST', path, { token: TEST_ADMIN_TOKEN, ...options }),
    },
  };
}

/** The type of `apiClient(…)`. */
export type ApiClient = ReturnType<typeof apiClient>;

/** A valid initiative body; `overrides` replace top-level fields. */
export function validInitiative(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Taalmaatjes in de bouw',
    summary: 'Statushouders leren het vak op de bouwplaats, met een taalmaatje van het eigen bedrijf ernaast.',
    organisation: 'Bouwbedrijf Voorbeeld',
    regions: ['twente'],
    sectors: ['bouw'],
    contact: { name: 'Anna de Vries', email: 'anna@example.org' },
    consent: true,
    ...overrides,
  };
}
