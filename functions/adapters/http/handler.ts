/**
 * Wraps a route handler so that whatever it throws becomes the contract's error response. On AWS
 * this is the Lambda entry (`export const handler = defineHandler(…)`); locally the router calls it.
 */
import type { HttpHandler } from './api-gateway.ts';
import { errorToResult } from './errors.ts';

/** A handler that never rejects: errors are mapped by `errorToResult`. */
export function defineHandler(fn: HttpHandler): HttpHandler {
  return async (event) => {
    try {
      return await fn(event);
    } catch (error) {
      return errorToResult(error);
    }
  };
}
