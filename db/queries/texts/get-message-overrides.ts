import { and, eq } from 'drizzle-orm';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { messageOverrides } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

/** Every override by `target|locale` while withMessageOverridesHeld runs, else null (every call reads them). */
let held: Map<string, Record<string, string>> | null = null;

/**
 * The merchant's texts for one e-mail (or `thank-you`) in one language, by message key: what
 * rendering puts before the catalog. Empty when the merchant changed nothing.
 */
export async function getMessageOverrides(target: string, locale: Locale, handle: DbOrTx = defaultDb): Promise<Record<string, string>> {
  if (held) return { ...held.get(`${target}|${locale}`) };
  const rows = await handle
    .select({ key: messageOverrides.messageKey, text: messageOverrides.text })
    .from(messageOverrides)
    .where(and(eq(messageOverrides.target, target), eq(messageOverrides.locale, locale)));
  return Object.fromEntries(rows.map((row) => [row.key, row.text]));
}

/**
 * Every text the merchant changed, by `target|locale`, for a batch of messages: one query for the
 * batch instead of one per message (a bill run's e-mails are composed in batches of hundreds).
 */
export async function getAllMessageOverrides(handle: DbOrTx = defaultDb): Promise<Map<string, Record<string, string>>> {
  const rows = await handle
    .select({ target: messageOverrides.target, locale: messageOverrides.locale, key: messageOverrides.messageKey, text: messageOverrides.text })
    .from(messageOverrides);
  const byTarget = new Map<string, Record<string, string>>();
  for (const row of rows) {
    const key = `${row.target}|${row.locale}`;
    byTarget.set(key, { ...byTarget.get(key), [row.key]: row.text });
  }
  return byTarget;
}

/**
 * Runs `work` with the merchant's texts read once: every getMessageOverrides of this process
 * meanwhile answers from them instead of a query per e-mail. For a batch job during which nobody
 * can edit the texts (the demo shop's history, played before the app starts).
 *
 * NOTE: not for a running app, where the merchant can save a text at any time. Not reentrant.
 */
export async function withMessageOverridesHeld<T>(handle: DbOrTx, work: () => Promise<T>): Promise<T> {
  held = await getAllMessageOverrides(handle);
  try {
    return await work();
  } finally {
    held = null;
  }
}
