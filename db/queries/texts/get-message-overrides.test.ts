import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { messageOverrides } from '@/db/schema';
import { getMessageOverrides, withMessageOverridesHeld } from './get-message-overrides';

// A target no template has, so no other test reads or writes these rows.
const TARGET = 'held-overrides-4001';

afterEach(async () => {
  await db.delete(messageOverrides).where(eq(messageOverrides.target, TARGET));
});

describe('the merchant\'s texts held for a batch job', () => {
  test('answer as the table does for each e-mail and language, and are read once', async () => {
    await db.insert(messageOverrides).values([
      { target: TARGET, locale: 'nl', messageKey: 'emails.x.intro', text: 'Hallo {{name}}' },
      { target: TARGET, locale: 'nl', messageKey: 'emails.x.outro', text: 'Groet' },
      { target: TARGET, locale: 'de', messageKey: 'emails.x.intro', text: 'Hallo' },
    ]);
    const read = { nl: await getMessageOverrides(TARGET, 'nl'), de: await getMessageOverrides(TARGET, 'de'), en: await getMessageOverrides(TARGET, 'en') };
    expect(read.nl).toEqual({ 'emails.x.intro': 'Hallo {{name}}', 'emails.x.outro': 'Groet' });

    await withMessageOverridesHeld(db, async () => {
      expect({ nl: await getMessageOverrides(TARGET, 'nl'), de: await getMessageOverrides(TARGET, 'de'), en: await getMessageOverrides(TARGET, 'en') }).toEqual(read);
      // Read once: a text saved meanwhile is not seen until the batch job ends.
      await db.update(messageOverrides).set({ text: 'Moin' }).where(and(eq(messageOverrides.target, TARGET), eq(messageOverrides.locale, 'de')));
      expect(await getMessageOverrides(TARGET, 'de')).toEqual({ 'emails.x.intro': 'Hallo' });
    });
    expect(await getMessageOverrides(TARGET, 'de')).toEqual({ 'emails.x.intro': 'Moin' });
  });
});
