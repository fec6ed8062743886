import de from '@/messages/de.json';
import en from '@/messages/en.json';
import nb from '@/messages/nb.json';
import nl from '@/messages/nl.json';
import type { Locale } from './locales';

/**
 * The English catalog's type, with every message as its literal text (messages/en.d.json.ts),
 * so that a translator knows each key and each message's ICU arguments.
 */
export type Messages = typeof en;

/** The same keys as English, any text: what every other language's file must have. */
type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/**
 * Every language's messages, for e-mails, PDFs and (later) the pages. A key missing in a
 * language fails the type check here; an extra key, a message that is not valid ICU or one
 * with other arguments than English fails catalog.test.ts.
 */
export const catalog: Record<Locale, Messages> = {
  en,
  nl: (nl satisfies SameKeys<Messages>) as SameKeys<Messages> as Messages,
  de: (de satisfies SameKeys<Messages>) as SameKeys<Messages> as Messages,
  nb: (nb satisfies SameKeys<Messages>) as SameKeys<Messages> as Messages,
};
