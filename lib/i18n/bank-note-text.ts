import { formatMoney } from '@/lib/billing/money';
import { intlLocales, type Locale } from './locales';
import { isManageCode, manageLocalizer } from './manage-messages';

/** Where a stored note puts one reason after another (each a dashboard.manage.messages code with its values). */
export const NOTE_PARTS = '\n';

/** An amount a note names, as `<name>Minor` and `<name>Currency` values: formatted in the reader's language. */
const AMOUNT = /^(\w+)Minor$/;

/**
 * A bank line's match note (why it waits in the queue, what is suggested) in the staff member's
 * language: each of its coded parts worded, amounts written the reader's way. A note stored
 * before the notes were coded is English text and is shown as it is.
 */
export function bankNoteText(locale: Locale, note: string): string {
  const words = manageLocalizer(locale);
  return note
    .split(NOTE_PARTS)
    .map((part) => {
      if (!isManageCode(part)) return part;
      const values: Record<string, string> = Object.fromEntries(new URLSearchParams(part.split('?', 2)[1] ?? ''));
      const amounts: Record<string, string> = {};
      for (const [key, value] of Object.entries(values)) {
        const name = AMOUNT.exec(key)?.[1];
        const currency = name ? values[`${name}Currency`] : undefined;
        if (name && currency !== undefined) amounts[name] = formatMoney(Number(value), currency, intlLocales[locale]);
      }
      // The whole part, so a value that is itself a code (a bank entry's label) is worded too.
      return words.text(part, amounts);
    })
    .join(' ');
}
