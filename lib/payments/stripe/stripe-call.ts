import Stripe from 'stripe';
import { ProviderUnavailableError } from '../types';

/**
 * Runs one Stripe API call in our error vocabulary.
 * - A connection failure or timeout, HTTP 5xx (after the client's own retries), rate limiting or
 *   an unreadable answer: ProviderUnavailableError, so the caller retries later with the same
 *   idempotency key.
 * - Any other API error: an Error carrying Stripe's message and code.
 * Card declines are not errors for us; chargeMandate catches them before they get here.
 */
export async function callStripe<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw translateStripeError(what, error);
  }
}

export function isStripeNotFound(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeError && error.statusCode === 404;
}

/** A Stripe client error in our vocabulary (see callStripe); anything else is returned as it is. */
export function translateStripeError(what: string, error: unknown): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  const status = error.statusCode;
  if (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeRateLimitError ||
    status === undefined ||
    status >= 500
  ) {
    return new ProviderUnavailableError(
      `Stripe unavailable for ${what}${status ? ` (HTTP ${status})` : ''}: ${error.message}`,
    );
  }
  const code = error.code ? ` (${error.code})` : '';
  return new Error(`Stripe refused ${what} with HTTP ${status}${code}: ${error.message}`, { cause: error });
}
