/**
 * The outcome of a domain operation that can fail for expected reasons (bad input, a coupon that
 * has run out). Bugs throw instead: a Result is for failures the caller is meant to show or handle.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
