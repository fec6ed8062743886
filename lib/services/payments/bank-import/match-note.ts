import { NOTE_PARTS } from '@/lib/i18n/bank-note-text';
import { manageMessage, type ManageCode } from '@/lib/i18n/manage-code';

type Values = Record<string, string | number>;

/**
 * One reason of a bank line's match note, stored coded so the queue shows it in each staff
 * member's language (bankNoteText); an amount goes in as `amountMinor` and `amountCurrency`.
 */
export const notePart = (code: ManageCode, values: Values = {}): string => (Object.keys(values).length ? manageMessage(code, values) : code);

/** Reasons one after another (an empty one left out), as one stored note. */
export const joinNote = (...parts: string[]): string => parts.filter(Boolean).join(NOTE_PARTS);
