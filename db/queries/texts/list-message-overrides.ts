import { asc } from 'drizzle-orm';
import { db } from '@/db/client';
import { messageOverrides } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

export type MessageOverrideRow = { target: string; locale: Locale; messageKey: string; text: string; updatedAt: Date };

/** Every text the merchant changed, for the texts page (a few hundred rows at most: targets × locales × keys). */
export async function listMessageOverrides(): Promise<MessageOverrideRow[]> {
  return db
    .select({
      target: messageOverrides.target,
      locale: messageOverrides.locale,
      messageKey: messageOverrides.messageKey,
      text: messageOverrides.text,
      updatedAt: messageOverrides.updatedAt,
    })
    .from(messageOverrides)
    .orderBy(asc(messageOverrides.target), asc(messageOverrides.locale), asc(messageOverrides.messageKey));
}
