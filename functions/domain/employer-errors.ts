/**
 * Errors of the employer register's use cases, free of HTTP; each is a `DomainError` of the
 * contract's kinds, so `errorToResult` maps them without knowing the register.
 */
import { DomainError } from './errors.ts';

/** No entry behind this id or manage token. The message never says which of the two was wrong. */
export class EmployerNotFoundError extends DomainError {
  constructor(message = 'Deze werkgever staat niet in het register, of de link is niet (meer) geldig.') {
    super('not_found', message);
    this.name = 'EmployerNotFoundError';
  }
}

/** The employer left the register: its contact data is erased and its links do nothing any more. */
export class EmployerWithdrawnError extends DomainError {
  constructor(message = 'Deze werkgever heeft zich afgemeld. De contactgegevens zijn verwijderd; deze link werkt niet meer.') {
    super('gone', message);
    this.name = 'EmployerWithdrawnError';
  }
}

/**
 * A verify or confirm link that no longer works: used, expired (after 7 days; the registration is
 * gone with it) or never issued. One message for all: the holder of a link cannot tell them apart
 * anyway, and nothing changes.
 */
export class EmployerLinkGoneError extends DomainError {
  constructor(
    message = 'Deze bevestigingslink werkt niet (meer): hij is al gebruikt, of hij is verlopen (een link werkt 7 dagen). Meld uw bedrijf zo nodig opnieuw aan.',
  ) {
    super('gone', message);
    this.name = 'EmployerLinkGoneError';
  }
}
