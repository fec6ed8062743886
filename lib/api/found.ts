import { ApiError, notFound } from './api-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id from the path, when it can be an id at all: anything else is a 404 like an unknown id,
 * so the answer never depends on how an id is written.
 */
export function pathId(id: string, what: string): string {
  if (!UUID.test(id)) throw notFound(what);
  return id.toLowerCase();
}

/** The row, or the 404 that says which object was not found. */
export function found<T>(row: T | null | undefined, what: string): T {
  if (row === null || row === undefined) throw notFound(what);
  return row;
}

/** A refusal from a service that means the object's state does not allow it now. */
export const conflict = (code: string, message: string) => new ApiError(409, 'conflict_error', code, message);

/** Minor units as the decimal text the money parser reads: 1250 in EUR → "12.50". */
export function minorAsDecimal(minor: number, exponent: number): string {
  if (exponent === 0) return String(minor);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  return `${minor < 0 ? '-' : ''}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
