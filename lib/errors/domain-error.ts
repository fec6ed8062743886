/**
 * An expected refusal from the domain, in one shape for every layer: a stable `code` for code to
 * branch on, a `message` a person can act on, and the form `field` it belongs beside, if any.
 * Services return it in a Result (or throw a DomainError); the action wrapper turns it into the
 * form's answer, so no caller matches message text to find the field. A `code` that names a
 * message of the catalog's `errors` namespace (with its `params`) is what a customer reads, in
 * their language; `message` stays English for logs and the API.
 */
export type DomainErrorShape = {
  code: string;
  message: string;
  field?: string;
  params?: Record<string, string | number>;
};

export class DomainError extends Error implements DomainErrorShape {
  readonly code: string;
  readonly field?: string;
  readonly params?: Record<string, string | number>;

  constructor({ code, message, field, params }: DomainErrorShape) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (field !== undefined) this.field = field;
    if (params !== undefined) this.params = params;
  }
}

export function domainError(code: string, message: string, field?: string, params?: Record<string, string | number>): DomainErrorShape {
  return {
    code,
    message,
    ...(field === undefined ? {} : { field }),
    ...(params === undefined ? {} : { params }),
  };
}

/** Whether a value is a domain error (a DomainError, or the plain shape from a Result). */
export function isDomainError(value: unknown): value is DomainErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.code === 'string' &&
    typeof candidate.message === 'string' &&
    (candidate.field === undefined || typeof candidate.field === 'string')
  );
}
