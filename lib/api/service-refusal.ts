import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { ApiError, invalidRequest, notFound } from './api-error';
import { conflict } from './found';

/**
 * A service's refusal as the API answers it: `not_found` is a 404 for `what`; a refusal about the
 * request's own values (`unprocessable` codes) is a 422 naming the field (the service's field
 * names mapped to the API's); any other is a 409: the object's state does not allow it now.
 */
export function serviceRefusal(
  error: DomainErrorShape,
  rules: { what: string; unprocessable: readonly string[]; fields?: Record<string, string> },
): ApiError {
  const param = error.field ? (rules.fields?.[error.field] ?? error.field) : null;
  if (error.code === 'not_found') return notFound(rules.what, param ?? 'id');
  if (rules.unprocessable.includes(error.code)) return invalidRequest(error.code, error.message, param);
  return conflict(error.code, error.message);
}
