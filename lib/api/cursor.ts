import { createHmac, timingSafeEqual } from 'node:crypto';
import { invalidRequest } from './api-error';

/**
 * Page cursors: the id of the last row of a page and the list it came from, signed, so a cursor
 * cannot be edited into one that reads past the scope or another list (400 instead).
 * The list query finds the row's (created_at, id) and continues strictly after it.
 */
function secret(): string {
  const key = process.env.AUTH_SECRET;
  if (!key) throw new Error('AUTH_SECRET is not set: page cursors cannot be signed.');
  return key;
}

const sign = (payload: string) => createHmac('sha256', secret()).update(`api-cursor:${payload}`).digest('base64url').slice(0, 22);

export function encodeCursor(list: string, id: string): string {
  const payload = Buffer.from(JSON.stringify({ l: list, id })).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

const tampered = () => invalidRequest('invalid_cursor', 'This page cursor is not valid: use the next_cursor of the previous page as it was given.', 'starting_after', 400);

/** The row id a cursor continues after; a cursor that was changed or belongs to another list is a 400. */
export function decodeCursor(list: string, cursor: string): string {
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined) throw tampered();
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw tampered();
  const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { l?: unknown; id?: unknown };
  if (parsed.l !== list || typeof parsed.id !== 'string') throw tampered();
  return parsed.id;
}
