/**
 * The composition root of the employer register's handlers: which adapter implements which port
 * (`functions/domain/ports.ts`, `EmployerDependencies`). Built once per process, like
 * `dependencies.ts` for initiatives (see `composition-root.ts`); a runtime adds what only it knows
 * with `configureEmployerDependencies` (the local server its rebuild scheduler as
 * `onPublishedChanged`). On Lambda a register change asks CodeBuild for a rebuild.
 */
import { employersRepository } from '#adapters/dynamodb/employers-repository';
import type { EmployerDependencies } from '#domain/ports';
import { compositionRoot } from './composition-root.ts';
import { registrationDependencies } from './registration-dependencies.ts';

const root = compositionRoot<EmployerDependencies>((config) => ({ ...registrationDependencies(config), employers: employersRepository }));

/** Replaces some dependencies (e.g. `onPublishedChanged`) for this process; returns a function that undoes it. */
export const configureEmployerDependencies = root.configure;

/** The dependencies of the employer register's use cases, from the current settings plus any overrides. */
export const employerDependencies = root.get;
