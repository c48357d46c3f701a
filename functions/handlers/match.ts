/**
 * `POST /api/match`: a candidate profile → the best employers, practices and schemes, at most 20
 * of each, every one with a score and the reasons in the language of `Accept-Language` (nl, en,
 * ar, uk, ti; Dutch by default). The profile is read from the body only, never stored or logged.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { profileSchema } from '#contracts/match';
import { matchLangOf } from '#domain/match-reasons';
import { matchProfile } from '#domain/match-service';
import { matchDependencies } from './match-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const profile = readJsonBody(event, profileSchema);
  const lang = matchLangOf(event.headers['accept-language']);
  const answer = await matchProfile(matchDependencies(), profile, lang);
  return jsonResult(200, answer, { 'content-language': lang, vary: 'Accept-Language' });
});
