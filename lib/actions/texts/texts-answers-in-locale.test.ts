import { describe, expect, test, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/viewer';
import { cookie, viewer } from '@/test/support/staff-request';

vi.mock('@/lib/auth/viewer', () => import('@/test/support/staff-request').then((m) => m.viewerModule));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => import('@/test/support/staff-request').then((m) => m.headersModule));

const { saveMessageOverrideAction } = await import('./save-message-override-action');
const { previewTextAction } = await import('./preview-text-action');
const { sendTestEmailAction } = await import('./send-test-email-action');

const OWNER: Viewer = { userId: 'u1', email: 'merchant@example.com', role: 'owner', customerId: null };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const ref = { target: 'invoice', locale: 'en', key: 'emails.invoice.intro' };

// Only refusals and a preview: nothing is written.
describe('the texts editor answers in the staff member’s language', () => {
  test('Norwegian: an unknown macro is refused on its field, naming it and the macros offered', async () => {
    viewer.current = OWNER;
    cookie.locale = 'nb';
    const state = await saveMessageOverrideAction({}, form({ ...ref, text: 'Hei {nope}' }));
    expect(state.error).toBe('Rett opp feltene som er markert.');
    expect(state.fieldErrors?.text).toMatch(/^Ukjent makro \{nope\}: denne teksten kan bruke \{[a-z_]+\}(, \{[a-z_]+\})*\.$/);
    expect((state as { values?: Record<string, string> }).values).toMatchObject({ text: 'Hei {nope}' });
  });

  test('German: an empty text and a text too long, with the bound in German figures', async () => {
    viewer.current = OWNER;
    cookie.locale = 'de';
    expect((await saveMessageOverrideAction({}, form({ ...ref, text: ' ' }))).fieldErrors?.text).toBe(
      'Schreiben Sie den Text oder setzen Sie ihn auf den Standard zurück.',
    );
    expect((await saveMessageOverrideAction({}, form({ ...ref, text: 'x'.repeat(5001) }))).fieldErrors?.text).toBe('Halten Sie den Text unter 5.000 Zeichen.');
  });

  test('German: the live preview says what is wrong with the draft', async () => {
    viewer.current = OWNER;
    cookie.locale = 'de';
    const state = await previewTextAction({}, form({ ...ref, text: 'Hallo {name' }));
    expect(state.preview?.problem).toMatch(/^Der Text enthält ein fehlerhaftes Makro oder eine fehlerhafte Klammer bei Zeichen \d+ /);
    expect(state.preview?.html).toContain('Here is your invoice.');
  });

  test('Dutch: a test e-mail for an account without an address is refused', async () => {
    viewer.current = { ...OWNER, email: '' };
    cookie.locale = 'nl';
    expect(await sendTestEmailAction({}, form({ target: 'invoice', locale: 'nl' }))).toEqual({ error: 'Uw account heeft geen e-mailadres om de test naar te sturen.' });
    expect((await sendTestEmailAction({}, form({ target: 'thank-you', locale: 'nl' }))).fieldErrors).toEqual({
      target: 'Kies een e-mail om een test van te sturen.',
    });
  });
});
