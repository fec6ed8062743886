import { and, eq } from 'drizzle-orm';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { messageOverrides } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The merchant's texts for one e-mail (or `thank-you`) in one language, by message key: what
 * rendering puts before the catalog. Empty when the merchant changed nothing.
 */
export async function getMessageOverrides(target: string, locale: Locale, handle: DbOrTx = defaultDb): Promise<Record<string, string>> {
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
