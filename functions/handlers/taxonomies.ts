/**
 * `GET /api/taxonomies`: the reference lists as `{ id, label: { nl, en } }` (regions also
 * `province`). The lists change only with a deploy, so the body and its ETag are built once.
 */
import { createHash } from 'node:crypto';
import {
  actionLines,
  approaches,
  educationLevels,
  languageLevels,
  offers,
  provinces,
  regions,
  sectors,
  skills,
  targetGroups,
} from '#contracts/taxonomy';
import type { HttpResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';

type Term = { id: string | number; label: { nl: string; en: string } };
const terms = (list: readonly Term[]) => list.map(({ id, label }) => ({ id, label }));

const body = JSON.stringify({
  sectors: terms(sectors),
  regions: regions.map(({ id, label, province }) => ({ id, label, province })),
  provinces: terms(provinces),
  approaches: terms(approaches),
  offers: terms(offers),
  languageLevels: terms(languageLevels),
  educationLevels: terms(educationLevels),
  actionLines: terms(actionLines),
  targetGroups: terms(targetGroups),
  skills: terms(skills),
});
const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
const headers = {
  'content-type': 'application/json; charset=utf-8',
  // Short: a deploy may add terms, and the ETag makes revalidation cheap.
  'cache-control': 'public, max-age=300',
  etag,
};

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event): Promise<HttpResult> => {
  const ifNoneMatch = event.headers['if-none-match'];
  if (ifNoneMatch?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    return { statusCode: 304, headers };
  }
  return { statusCode: 200, headers, body };
});
