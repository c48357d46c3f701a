/**
 * The employer registration form without JavaScript (DESIGN.md, "Forms"): `GET /werkgever-aanmelden/`
 * (and `/en/…`) and `POST /forms/werkgever?lang=nl|en`, checked with the same schema as
 * `POST /api/employers`. What the route does is `submissionFormHandler`'s; a KvK number that a
 * verified entry holds (or that is being verified right now) answers 409 with the message at the
 * KvK field. The form is `ui/employer-form.ts`, which the page's island renders too.
 */
import { submissionFormHandler } from '#adapters/http/submission-form';
import { employerSchema } from '#contracts/employer';
import { formToEmployer } from '#contracts/employer-form';
import { ConflictingChangeError } from '#domain/errors';
import { KVK_TAKEN_MESSAGE, registerEmployer } from '#domain/employer-register';
import EmployerForm from '../../ui/employer-form.ts';
import { employerFormText } from '../../ui/employer-form-text.ts';
import { employerDependencies } from './employer-dependencies.ts';

/** Lambda entry and local route target for the form page and the form post. */
export const handler = submissionFormHandler({
  formPage: '/werkgever-aanmelden/',
  thanksPage: '/werkgever-aanmelden/bedankt/',
  view: EmployerForm,
  schema: employerSchema,
  toBody: formToEmployer,
  submit: (input, clientIp) => registerEmployer(employerDependencies(), { input, clientIp, idempotencyKey: undefined }),
  conflictAt: (error, lang) =>
    error instanceof ConflictingChangeError && error.field === 'kvk'
      ? { kvk: employerFormText[lang][error.message === KVK_TAKEN_MESSAGE ? 'kvk.taken' : 'kvk.busy'] }
      : undefined,
});
