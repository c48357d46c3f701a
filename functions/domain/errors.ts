/**
 * Errors of the use cases, free of HTTP. The HTTP adapter maps each to the contract's status and
 * code in one place (`errorToResult` in `adapters/http/errors.ts`), so the domain never imports it.
 */

/** Base of every rule a request can break; `kind` says which contract error it is. */
export class DomainError extends Error {
  readonly kind: 'invalid_input' | 'not_found' | 'conflict' | 'gone' | 'idempotency_key_reused' | 'rate_limited';
  constructor(kind: DomainError['kind'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DomainError';
    this.kind = kind;
  }
}

/** No submission behind this id or token. The message never says which of the two was wrong. */
export class SubmissionNotFoundError extends DomainError {
  constructor(message = 'Deze aanmelding bestaat niet, of de link is niet (meer) geldig.') {
    super('not_found', message);
    this.name = 'SubmissionNotFoundError';
  }
}

/**
 * The submission behind this manage token was withdrawn: its contact data is erased and the link
 * does nothing any more. Unlike `SubmissionNotFoundError` it may say so, since only the holder of
 * the (secret) token can ask.
 */
export class SubmissionWithdrawnError extends DomainError {
  constructor(message = 'Deze aanmelding is ingetrokken. De contactgegevens zijn verwijderd; deze link werkt niet meer.') {
    super('gone', message);
    this.name = 'SubmissionWithdrawnError';
  }
}

/** The change clashes with the current state: a stale version, or a decision that was already taken. */
export class ConflictingChangeError extends DomainError {
  /** The input field the clash is about (`kvk`), when it is one field. */
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super('conflict', message);
    this.field = field;
    this.name = 'ConflictingChangeError';
  }
}

/** An Idempotency-Key came back with another body. */
export class IdempotencyKeyMismatchError extends DomainError {
  constructor() {
    super('idempotency_key_reused', 'Deze Idempotency-Key is al gebruikt voor een ander verzoek.');
    this.name = 'IdempotencyKeyMismatchError';
  }
}

/** Too many creating requests from one address in the current window. */
export class RateLimitExceededError extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('rate_limited', 'Te veel aanmeldingen vanaf dit adres. Probeer het zo opnieuw.');
    this.name = 'RateLimitExceededError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Input that only the store can judge (a list cursor); `fields` maps the parameter to a Dutch message. */
export class InvalidInputError extends DomainError {
  readonly fields: Record<string, string>;
  constructor(fields: Record<string, string>) {
    super('invalid_input', 'Niet alle velden zijn goed ingevuld.');
    this.name = 'InvalidInputError';
    this.fields = fields;
  }
}

/**
 * The mail transport refused or failed a message. Not a `DomainError`: the request was right and
 * the state is stored; the use case decides whether to answer anyway (and let the upkeep resend).
 */
export class MailDeliveryError extends Error {
  constructor(cause: unknown) {
    super('De mail kon niet worden verstuurd.', { cause });
    this.name = 'MailDeliveryError';
  }
}
