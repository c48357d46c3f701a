/**
 * The one question every repository asks after a conditional write: did the condition fail (an
 * expected outcome, mapped to a domain answer) or did something else go wrong (rethrown as is)?
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

/** True for DynamoDB's "the condition was false"; dynalite and DynamoDB Local report it the same way. */
export function isConditionFailure(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException || (error instanceof Error && error.name === 'ConditionalCheckFailedException');
}
