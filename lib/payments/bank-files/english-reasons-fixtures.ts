import { bankNoteText } from '@/lib/i18n/bank-note-text';
import type { ParseResult } from './types';

/** A parser's result with each reason as an English-speaking merchant reads it (reasons are coded where catalogued). */
export function inEnglish<A extends unknown[]>(parse: (...args: A) => ParseResult): (...args: A) => ParseResult {
  return (...args) => {
    const result = parse(...args);
    return result.ok ? result : { ok: false, errors: result.errors.map(({ line, reason }) => ({ line, reason: bankNoteText('en', reason) })) };
  };
}
