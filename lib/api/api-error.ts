/** The kinds of error the API answers with; each maps to one HTTP status family. */
export type ApiErrorType =
  | 'authentication_error'
  | 'permission_error'
  | 'invalid_request_error'
  | 'not_found_error'
  | 'conflict_error'
  | 'idempotency_error'
  | 'rate_limit_error'
  | 'api_error';

/** The one error shape of /api/v1: `{ error: { type, code, message, param } }`. */
export type ApiErrorBody = { error: { type: ApiErrorType; code: string; message: string; param: string | null } };

/**
 * An answer other than success, thrown anywhere inside a handler and turned into the error shape
 * by the wrapper (api-handler.ts). `param` names the request field the error is about.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ApiErrorType,
    readonly code: string,
    message: string,
    readonly param: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get body(): ApiErrorBody {
    return { error: { type: this.type, code: this.code, message: this.message, param: this.param } };
  }
}

export const notFound = (what: string, param: string | null = 'id') =>
  new ApiError(404, 'not_found_error', 'resource_missing', `No such ${what}.`, param);

export const invalidRequest = (code: string, message: string, param: string | null = null, status = 422) =>
  new ApiError(status, 'invalid_request_error', code, message, param);

export function apiErrorResponse(error: ApiError): Response {
  return Response.json(error.body, { status: error.status, headers: error.headers });
}
