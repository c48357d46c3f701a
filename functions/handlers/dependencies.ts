/**
 * The composition root of the initiative handlers: which adapter implements which port of
 * `functions/domain/ports.ts`. Not a route. Built once per process (see `composition-root.ts`).
 *
 * The runtime adds what only it knows with `configureInitiativeDependencies`: the local server
 * hands in its rebuild scheduler (`onPublishedChanged`), tests a spy or a fake mailer. On Lambda the
 * default `onPublishedChanged` asks CodeBuild for a rebuild (`requestSiteRebuild`).
 */
import { submissionsRepository } from '#adapters/dynamodb/submissions-repository';
import type { InitiativeDependencies } from '#domain/ports';
import { compositionRoot } from './composition-root.ts';
import { registrationDependencies } from './registration-dependencies.ts';

const root = compositionRoot<InitiativeDependencies>((config) => ({ ...registrationDependencies(config), submissions: submissionsRepository }));

/** Replaces some dependencies (e.g. `onPublishedChanged`) for this process; returns a function that undoes it. */
export const configureInitiativeDependencies = root.configure;

/** The dependencies of the initiative use cases, from the current settings plus any overrides. */
export const initiativeDependencies = root.get;
