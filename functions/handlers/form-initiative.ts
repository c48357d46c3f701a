/**
 * The submission form without JavaScript (DESIGN.md, "Forms"): `GET /initiatief-aanmelden/` (and
 * `/en/…`) and `POST /forms/initiatief?lang=nl|en`, checked with the same schema as
 * `POST /api/initiatives`. What the route does is `submissionFormHandler`'s; the form is
 * `ui/initiative-form.ts`, which the page's island renders too.
 */
import { submissionFormHandler } from '#adapters/http/submission-form';
import { initiativeSchema } from '#contracts/initiative';
import { formToInitiative } from '#contracts/initiative-form';
import { submitInitiative } from '#domain/initiative-submissions';
import InitiativeForm from '../../ui/initiative-form.ts';
import { initiativeDependencies } from './dependencies.ts';

/** Lambda entry and local route target for the form page and the form post. */
export const handler = submissionFormHandler({
  formPage: '/initiatief-aanmelden/',
  thanksPage: '/initiatief-aanmelden/bedankt/',
  view: InitiativeForm,
  schema: initiativeSchema,
  toBody: formToInitiative,
  submit: (input, clientIp) => submitInitiative(initiativeDependencies(), { input, clientIp, idempotencyKey: undefined }),
});
