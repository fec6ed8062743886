/**
 * An expected refusal from the domain, in one shape for every layer: a stable `code` for code to
 * branch on, a `message` a person can act on, and the form `field` it belongs beside, if any.
 * Services return it in a Result (or throw a DomainError); the action wrapper turns it into the
 * form's answer, so no caller matches message text to find the field.
 */
export type DomainErrorShape = { code: string; message: string; field?: string };

export class DomainError extends Error implements DomainErrorShape {
  readonly code: string;
  readonly field?: string;

  constructor({ code, message, field }: DomainErrorShape) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }
}

export function domainError(code: string, message: string, field?: string): DomainErrorShape {
  return field === undefined ? { code, message } : { code, message, field };
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
