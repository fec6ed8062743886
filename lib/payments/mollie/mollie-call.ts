import { MollieApiError } from '@mollie/api-client';
import { ProviderUnavailableError } from '../types';

/**
 * Runs one Mollie API call with a deadline and our error vocabulary.
 * - No answer in time, a network failure, HTTP 5xx (after the client's own retries) or 429:
 *   ProviderUnavailableError, so the caller retries later with the same idempotency key.
 * - Any other HTTP error: an Error carrying Mollie's `detail` (and the field it concerns).
 *
 * NOTE: the Mollie client has no timeout option, so the deadline is ours. The request itself is
 * not aborted; its late answer is dropped, which is safe because every charge carries an
 * idempotency key and every read is repeated on the next webhook or poll.
 */
export async function callMollie<T>(what: string, timeoutMs: number, call: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ProviderUnavailableError(`Mollie did not answer ${what} within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([call(), deadline]);
  } catch (error) {
    throw translateMollieError(what, error);
  } finally {
    clearTimeout(timer);
  }
}

export function isMollieNotFound(error: unknown): boolean {
  return error instanceof MollieApiError && error.statusCode === 404;
}

function translateMollieError(what: string, error: unknown): unknown {
  if (!(error instanceof MollieApiError)) return error;
  const status = error.statusCode;
  // The client reports a failed fetch (refused, reset, TLS) and a non-JSON answer without a status.
  if (status === undefined || status >= 500 || status === 429) {
    return new ProviderUnavailableError(
      `Mollie unavailable for ${what}${status ? ` (HTTP ${status})` : ''}: ${error.message}`,
    );
  }
  const field = error.field ? ` (field ${error.field})` : '';
  return new Error(`Mollie refused ${what} with HTTP ${status}${field}: ${error.message}`, { cause: error });
}
