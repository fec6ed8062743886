import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { auditLog, emailOutbox, messageOverrides, users } from '@/db/schema';
import { sampleProps } from '@/emails/editable-texts';
import type { Locale } from '@/lib/i18n/locales';
import { manageLocalizer } from '@/lib/i18n/manage-messages';
import { queueEmail } from '@/lib/services/email/queue-email';
import { messageOverrideSchema } from '@/lib/validations/message-override';
import { previewText } from './preview-text';
import { resetMessageOverride, saveMessageOverride } from './save-message-override';
import { sendTestEmail } from './send-test-email';

// NOTE: overrides are shop-wide, so this file rewords a text no other test reads (the autopay
// e-mail's "not you" line in German) and removes it after each test.
const TARGET = 'autopay-method-saved';
const KEY = 'emails.autopayMethodSaved.notYou';
const LOCALE: Locale = 'de';
const ref = { target: TARGET, locale: LOCALE, key: KEY };
/** A refusal's code as a staff member reading English or Dutch sees it. */
const inEnglish = manageLocalizer('en').text;
const inDutch = manageLocalizer('nl').text;

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(async () => {
  vi.unstubAllEnvs();
  await db.delete(messageOverrides).where(eq(messageOverrides.target, TARGET));
});

async function staff() {
  const [user] = await db.insert(users).values({ email: `texts-3630-${randomUUID()}@example.test`, name: 'Texts', role: 'owner' }).returning();
  return user!;
}

/** The next autopay e-mail to a customer in `locale`, as the outbox stores it. */
async function nextEmail(locale: Locale) {
  const { locale: _l, ...props } = sampleProps(TARGET, locale);
  const dedupeKey = `texts-3630:${randomUUID()}`;
  await queueEmail(db, { template: TARGET, to: 'customer-3630@example.test', locale, props, dedupeKey });
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, dedupeKey));
  return row!;
}

const parsed = (text: string) => messageOverrideSchema.safeParse({ ...ref, text });

describe('merchant texts of an e-mail', () => {
  test('a saved text, with its macros filled in, is in the next e-mail in that language; other languages keep the default', async () => {
    const owner = await staff();
    const input = parsed('Nicht Sie, {name}? Schreiben Sie an {shop} wegen {invoice}.');
    expect(input.success).toBe(true);
    expect(await saveMessageOverride({ ...input.data!, staffUserId: owner.id })).toEqual({ changed: true, isDefault: false });

    const german = await nextEmail('de');
    expect(german.text).toContain('Nicht Sie, Daan de Vries? Schreiben Sie an Kadens Demo Shop wegen KD-000042.');
    expect(german.text).not.toContain('Waren Sie das nicht');
    const dutch = await nextEmail('nl');
    expect(dutch.text).toContain('Was u dit niet, of wilt u liever een andere methode? Wijzig deze in Mijn account, of beantwoord deze e-mail.');
    const english = await nextEmail('en');
    expect(english.text).toContain('Was this not you, or do you prefer another method?');

    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.actorUserId, owner.id), eq(auditLog.action, 'text.update')));
    expect(entry).toMatchObject({ recordType: 'text', recordId: `${TARGET}:de:${KEY}`, before: null });
  });

  test('the subject and the shared greeting are reworded for this e-mail only', async () => {
    const owner = await staff();
    for (const [key, text] of [
      ['emails.autopayMethodSaved.subject', 'Neue Zahlart bei {shop} für {name}'],
      ['emails.common.greeting', 'Moin {name}!'],
    ] as const) {
      const input = messageOverrideSchema.parse({ ...ref, key, text });
      await saveMessageOverride({ ...input, staffUserId: owner.id });
    }
    const email = await nextEmail('de');
    expect(email.subject).toBe('Neue Zahlart bei Kadens Demo Shop für Daan de Vries');
    expect(email.text).toContain('Moin Daan de Vries!');
  });

  test('an unknown macro or broken syntax is refused with a message naming it, and nothing is saved', async () => {
    const unknown = parsed('Hallo {kunde}');
    expect(unknown.success).toBe(false);
    expect(unknown.error!.issues[0]!.path).toEqual(['text']);
    expect(inEnglish(unknown.error!.issues[0]!.message)).toContain('Unknown macro {kunde}');
    expect(inDutch(unknown.error!.issues[0]!.message)).toContain('Onbekende macro {kunde}: deze tekst kan');
    const broken = parsed('Hallo {name');
    expect(inEnglish(broken.error!.issues[0]!.message)).toContain('broken macro or brace near character');
    const notOfTarget = messageOverrideSchema.safeParse({ ...ref, key: 'emails.invoice.intro', text: 'x' }).error!.issues[0]!.message;
    expect(inEnglish(notOfTarget)).toBe('“emails.invoice.intro” is not one of the texts of this e-mail or page.');

    expect(await db.select().from(messageOverrides).where(eq(messageOverrides.target, TARGET))).toEqual([]);
    expect((await nextEmail('de')).text).toContain('Waren Sie das nicht');
  });

  test('reset to default removes the text: the next e-mail has the default again', async () => {
    const owner = await staff();
    await saveMessageOverride({ ...parsed('Eigener Text').data!, staffUserId: owner.id });
    expect((await nextEmail('de')).text).toContain('Eigener Text');

    expect(await resetMessageOverride({ ...ref, staffUserId: owner.id })).toEqual({ changed: true });
    expect((await nextEmail('de')).text).toContain('Waren Sie das nicht');
    expect(await resetMessageOverride({ ...ref, staffUserId: owner.id })).toEqual({ changed: false });
    const actions = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorUserId, owner.id));
    expect(actions.map((a) => a.action).sort()).toEqual(['text.reset', 'text.update']);
  });

  test('saving the default text itself leaves no override', async () => {
    const owner = await staff();
    await saveMessageOverride({ ...parsed('Eigener Text').data!, staffUserId: owner.id });
    const original = 'Waren Sie das nicht, oder möchten Sie lieber eine andere Methode? Ändern Sie sie in Ihrem Konto, oder antworten Sie auf diese E-Mail.';
    expect(await saveMessageOverride({ ...parsed(original).data!, staffUserId: owner.id })).toMatchObject({ isDefault: true, changed: true });
    expect(await db.select().from(messageOverrides).where(eq(messageOverrides.target, TARGET))).toEqual([]);
  });

  test('the preview renders the real template with the draft; a test goes to the outbox with the saved texts', async () => {
    const preview = await previewText({ ...ref, text: 'Entwurf für {name}' });
    expect(preview.problem).toBeNull();
    expect(preview.subject).toContain('Kadens Demo Shop');
    expect(preview.html).toContain('Entwurf für Daan de Vries');
    const refused = await previewText({ ...ref, text: 'Entwurf {nope}' });
    expect(inEnglish(refused.problem!)).toContain('Unknown macro {nope}');
    expect(refused.html).toContain('Waren Sie das nicht');

    const owner = await staff();
    await saveMessageOverride({ ...parsed('Gespeichert für {name}').data!, staffUserId: owner.id });
    const { id } = await sendTestEmail({ template: TARGET, locale: 'de', to: owner.email });
    const [sent] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(sent).toMatchObject({ toAddress: owner.email, template: TARGET, locale: 'de' });
    expect(sent!.text).toContain('Gespeichert für Daan de Vries');
  });
});
