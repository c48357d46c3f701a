/**
 * What Werkpad remembers of a creating request that carried an `Idempotency-Key` (DESIGN.md, "API
 * contract"): a fingerprint of the body, the id the request claimed, and, once done, its answer.
 */
import { z } from 'zod';

/** The stored answer of a completed request, replayed for the same key and body. */
export const storedResponseSchema = z.strictObject({
  statusCode: z.number().int().min(200).max(299),
  body: z.record(z.string(), z.unknown()),
});
export type StoredResponse = z.infer<typeof storedResponseSchema>;

/** An idempotency record. `started` without `response` means the request is busy, or crashed. */
export const idempotencyRecordSchema = z.strictObject({
  /** SHA-256 fingerprint of the validated body. */
  requestHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The id of what the request creates, chosen before the first write so a retry reuses it. */
  resourceId: z.string().min(1).max(100),
  state: z.enum(['started', 'completed']),
  startedAt: z.iso.datetime(),
  response: storedResponseSchema.optional(),
});
export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>;
