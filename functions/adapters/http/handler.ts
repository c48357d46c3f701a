/**
 * Wraps a route handler so that whatever it throws becomes the contract's error response. On AWS
 * this is the Lambda entry (`export const handler = defineHandler(…)`); locally the router calls it.
 *
 * Before answering it waits for background work the request started (`background-work.ts`), and
 * hands the outcome to the runtime's request observer (on Lambda: structured logs and metrics).
 */
import { settleBackgroundWork } from '../background-work.ts';
import type { HttpEvent, HttpHandler, HttpResult } from './api-gateway.ts';
import { errorToResult, type ErrorLogger } from './errors.ts';

/** Told about every answered request; never sees bodies. */
export type RequestObserver = {
  /** Where unexpected errors are reported instead of `console.error`. */
  logError?: ErrorLogger;
  /** Called once per request with its answer and duration. */
  answered?: (event: HttpEvent, result: HttpResult, durationMs: number) => void;
};

let observer: RequestObserver = {};

/** Sets the observer of every handler in this process (the Lambda runtime does, once per cold start). */
export function observeRequests(next: RequestObserver): void {
  observer = next;
}

/** A handler that never rejects: errors are mapped by `errorToResult`. */
export function defineHandler(fn: HttpHandler): HttpHandler {
  return async (event) => {
    const started = performance.now();
    let result: HttpResult;
    try {
      result = await fn(event);
    } catch (error) {
      result = errorToResult(error, observer.logError);
    }
    await settleBackgroundWork();
    observer.answered?.(event, result, performance.now() - started);
    return result;
  };
}
