/**
 * `POST /api/employers/link` `{ kvk, email }`: asks for a lost manage link. Always 202 `{ status:
 * "accepted" }` for valid input, whether or not an entry matches (a mail goes only when one does),
 * so the answer reveals nothing. Per-address rate limit, since a request may send a mail.
 */
import { jsonResult } from '#adapters/http/api-gateway';
import { defineHandler } from '#adapters/http/handler';
import { readJsonBody } from '#adapters/http/json-body';
import { clientIp } from '#adapters/http/request-input';
import { employerLinkRequestSchema } from '#contracts/employer';
import { requestManageLink } from '#domain/employer-register';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target. */
export const handler = defineHandler(async (event) => {
  const { kvk, email } = readJsonBody(event, employerLinkRequestSchema);
  await requestManageLink(employerDependencies(), { kvk, email, clientIp: clientIp(event) });
  return jsonResult(202, { status: 'accepted' });
});
