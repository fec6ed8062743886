import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, users } from '@/db/schema';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { createTestFailedCharge, createTestInvoice, createTestSubscription } from '@/lib/services/email/test-fixtures';
import { GET } from './route';

// The session is Auth.js's business; the route only needs to know who is asking.
vi.mock('@/lib/auth/viewer', () => ({ getViewer: vi.fn() }));
const viewer = vi.mocked(getViewer);

beforeEach(() => viewer.mockReset());

/** A customer with a subscription, a mandate, a paid and credited invoice, a failed charge and two e-mails. */
async function customerWithHistory() {
  const { customer, subscription } = await createTestSubscription('en', { mandate: true });
  await db.update(users).set({ passwordHash: '$2b$12$secret-hash-that-must-never-leave' }).where(eq(users.id, customer.userId));
  const { invoice } = await createTestInvoice('en', 'paid', { customer, subscriptionId: subscription.id, term: 1 });
  const credited = await issueCreditNote({ invoiceId: invoice.id, amountMinor: 500, reason: 'Late issue', disposition: 'balance', staffUserId: null, now: new Date() });
  if (!credited.ok) throw new Error(credited.error.message);
  const { invoice: open } = await createTestInvoice('en', 'open', { customer });
  await createTestFailedCharge(open);
  const link = `http://localhost/api/auth/callback/email?token=${randomUUID()}`;
  await db.insert(emailOutbox).values([
    { dedupeKey: `invoice:${randomUUID()}`, template: 'invoice', toAddress: customer.email, subject: 'Invoice', props: {}, html: '<p>Your invoice</p>', text: 'Your invoice', transport: 'outbox', status: 'stored' },
    { dedupeKey: `sign-in-link:${randomUUID()}`, template: 'sign-in-link', toAddress: customer.email, subject: 'Sign in', props: { url: link }, html: link, text: link, transport: 'outbox', status: 'stored' },
  ]);
  return { customer, subscription, invoice, open, creditNote: credited.value.creditNote, link };
}

const download = (headers: Record<string, string> = {}) => new Request('http://localhost/account/data', { headers });

const asCustomer = (customer: { userId: string; email: string; id: string }): Viewer => ({ userId: customer.userId, email: customer.email, role: 'customer', customerId: customer.id });

describe('GET /account/data', () => {
  test('the customer downloads everything the shop holds about them, and nothing of anyone else', async () => {
    const mine = await customerWithHistory();
    const other = await customerWithHistory();
    viewer.mockResolvedValue(asCustomer(mine.customer));
    const response = await GET(download());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const text = await response.text();
    const data = JSON.parse(text);

    expect(data.profile).toMatchObject({ name: mine.customer.name, email: mine.customer.email, address: expect.objectContaining({ city: mine.customer.city }) });
    expect(data.account).toMatchObject({ email: mine.customer.email, signsInWithPassword: true });
    expect(data.subscriptions).toEqual([expect.objectContaining({ product: 'Trendhouse', plan: 'Monthly', status: 'active' })]);
    expect(data.invoices.map((i: { number: string }) => i.number).sort()).toEqual([mine.invoice.number, mine.open.number].sort());
    expect(data.invoices.find((i: { number: string }) => i.number === mine.invoice.number)).toMatchObject({
      billedTo: mine.invoice.customerSnapshot,
      lines: [expect.objectContaining({ description: 'Trendhouse — Monthly', amountMinor: 3200 })],
    });
    expect(data.payments).toEqual([expect.objectContaining({ invoice: mine.open.number, status: 'failed' })]);
    expect(data.creditNotes).toEqual([expect.objectContaining({ number: mine.creditNote.number, invoice: mine.invoice.number, totalMinor: 500 })]);
    expect(data.paymentMethods).toEqual([expect.objectContaining({ type: 'card', label: 'Visa •••• 4242' })]);
    // Both were written in one instant: their order in the file is not the point.
    expect([...data.emails].sort((a: { kind: string }, b: { kind: string }) => a.kind.localeCompare(b.kind))).toEqual([
      expect.objectContaining({ kind: 'invoice', subject: 'Invoice', text: 'Your invoice' }),
      expect.objectContaining({ kind: 'sign-in-link', subject: 'Sign in', text: null }),
    ]);

    // Not in the file: credentials, internal ids, and anything of the other customer.
    for (const absent of ['secret-hash', 'mandate-', mine.link, mine.customer.id, mine.customer.userId, mine.invoice.id, mine.subscription.id, other.customer.email, other.invoice.number!]) {
      expect(text).not.toContain(absent);
    }
  });

  test('staff get no customer’s data (no role acts as a customer); nobody signed in gets a 401', async () => {
    for (const role of ['owner', 'admin', 'support', 'accountant'] as const) {
      viewer.mockResolvedValue({ userId: `u-${role}`, email: `${role}@example.test`, role, customerId: null });
      expect((await GET(download())).status).toBe(403);
    }
    viewer.mockResolvedValue(null);
    expect((await GET(download())).status).toBe(401);
  });

  test('a refusal is plain text in the language of the pages: Dutch by the cookie, German by the browser', async () => {
    viewer.mockResolvedValue(null);
    const dutch = await GET(download({ cookie: 'kadens_locale=nl' }));
    expect(dutch.status).toBe(401);
    expect(dutch.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await dutch.text()).toBe('Log in om uw gegevens te downloaden.');

    viewer.mockResolvedValue({ userId: 'u-owner', email: 'owner@example.test', role: 'owner', customerId: null });
    const german = await GET(download({ 'accept-language': 'de-CH,de;q=0.9,en;q=0.5' }));
    expect(german.status).toBe(403);
    expect(await german.text()).toBe('Nur Kunden können hier ihre Daten herunterladen.');
    // No language asked for: English, as before.
    expect(await (await GET(download())).text()).toBe('Only customers can download their data here.');
  });
});
