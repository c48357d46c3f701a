/**
 * The error body of every API response that is not a success (DESIGN.md, "API contract").
 */
import { z } from 'zod';

/** Every error code the API answers with, and its HTTP status. */
export const errorStatuses = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

/** An error code. */
export const errorCodeSchema = z.enum(Object.keys(errorStatuses) as [keyof typeof errorStatuses, ...(keyof typeof errorStatuses)[]]);

/** `{ error: { code, message, fields? } }`; `fields` maps a zod path joined by dots to a Dutch message. */
export const errorResponseSchema = z.strictObject({
  error: z.strictObject({
    code: errorCodeSchema,
    /** A Dutch sentence for people. */
    message: z.string(),
    /** Per field (`contact.email`, `regions.0`): what is wrong there, in Dutch. */
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
