import { eq } from 'drizzle-orm';
import type { NextRequest } from 'next/server';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { GET as creditNoteGet } from '@/app/(portal)/account/credit-notes/[id]/ehf/route';
import { GET as invoiceGet } from '@/app/(portal)/account/invoices/[id]/ehf/route';
import { db } from '@/db/client';
import { invoices } from '@/db/schema';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { createTestCustomer, createTestInvoice } from '@/lib/services/email/test-fixtures';

// The session is Auth.js's business; the routes only need to know who is asking.
vi.mock('@/lib/auth/viewer', () => ({ getViewer: vi.fn() }));
const viewer = vi.mocked(getViewer);
const customerViewer = (customerId: string): Viewer => ({ userId: 'u', email: 'c@example.test', role: 'customer', customerId });
const STAFF: Viewer = { userId: 'm', email: 'm@example.test', role: 'owner', customerId: null };
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

function download(get: typeof invoiceGet, id: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/account/x/${id}/ehf`, { headers }) as unknown as NextRequest;
  return get(request, { params: Promise.resolve({ id }) });
}

/** The answer's text, and that it is plain text in `language`, never cached. */
async function refusal(response: Response, status: number, language: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(response.headers.get('content-language')).toBe(language);
  expect(response.headers.get('cache-control')).toContain('no-store');
  return response.text();
}

beforeEach(() => viewer.mockReset());

describe('GET /account/invoices/[id]/ehf', () => {
  test('the customer downloads their own invoice as EHF XML', async () => {
    const { customer, invoice } = await createTestInvoice('nb', 'paid');
    viewer.mockResolvedValue(customerViewer(customer.id));
    const response = await download(invoiceGet, invoice.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${invoice.number}.xml"`);
    expect(await response.text()).toContain('<Invoice');
  });

  test('not signed in: 401, in the language of the pages', async () => {
    viewer.mockResolvedValue(null);
    expect(await refusal(await download(invoiceGet, UNKNOWN), 401, 'en')).toBe('Sign in to download your invoices.');
    expect(await refusal(await download(invoiceGet, UNKNOWN, { cookie: 'kadens_locale=nl' }), 401, 'nl')).toBe('Log in om uw facturen te downloaden.');
  });

  test('signed in, but the shop’s staff: 403, in the browser’s language', async () => {
    viewer.mockResolvedValue(STAFF);
    const response = await download(invoiceGet, UNKNOWN, { 'accept-language': 'de-AT,de;q=0.8' });
    expect(await refusal(response, 403, 'de')).toBe('Nur Kunden können hier Rechnungen herunterladen.');
  });

  test.each([['a word', 'not-a-uuid'], ['an injection', "1' or '1'='1"], ['5,000 characters', ''.padEnd(5000, 'a')]])('a malformed id (%s) is a 404, never a 500', async (_name, id) => {
    viewer.mockResolvedValue(customerViewer('00000000-0000-4000-8000-000000000001'));
    expect(await refusal(await download(invoiceGet, id), 404, 'en')).toBe('That invoice does not exist.');
  });

  test('someone else’s invoice, a draft, an unknown id: 404 in the customer’s stored language', async () => {
    const { invoice } = await createTestInvoice('en');
    const { invoice: draft, customer: owner } = await createTestInvoice('de', 'draft');
    const stranger = await createTestCustomer('nb');
    viewer.mockResolvedValue(customerViewer(stranger.id));
    expect(await refusal(await download(invoiceGet, invoice.id), 404, 'nb')).toBe('Den fakturaen finnes ikke.');
    viewer.mockResolvedValue(customerViewer(owner.id));
    expect(await refusal(await download(invoiceGet, draft.id), 404, 'de')).toBe('Diese Rechnung gibt es nicht.');
    expect(await refusal(await download(invoiceGet, UNKNOWN), 404, 'de')).toBe('Diese Rechnung gibt es nicht.');
  });

  test('a voided invoice, or one the shop cannot issue as an e-invoice: 422 in the customer’s language, without the shop’s to-do list', async () => {
    const { customer, invoice: voided } = await createTestInvoice('nl', 'void');
    viewer.mockResolvedValue(customerViewer(customer.id));
    expect(await refusal(await download(invoiceGet, voided.id), 422, 'nl')).toBe('Een vervallen factuur heeft geen e-factuur.');

    // Issued before the shop had a seller identity: the document would lack the seller's legal name.
    const { invoice: early } = await createTestInvoice('nl', 'paid', { customer });
    await db.update(invoices).set({ issuedAt: new Date('2019-06-01T10:00:00Z') }).where(eq(invoices.id, early.id));
    const text = await refusal(await download(invoiceGet, early.id), 422, 'nl');
    expect(text).toBe('Van dit document kan nu geen e-factuur (EHF) worden gemaakt. Download in plaats daarvan de pdf, of vraag het de winkel.');
  });
});

describe('GET /account/credit-notes/[id]/ehf', () => {
  async function creditNoteFor(locale: 'en' | 'nb') {
    const { customer, invoice } = await createTestInvoice(locale, 'paid');
    const issued = await issueCreditNote({ invoiceId: invoice.id, amountMinor: 1000, reason: 'Damaged issue', disposition: 'balance', staffUserId: null, now: new Date('2026-03-20T10:00:00Z') });
    if (!issued.ok) throw new Error(issued.error.message);
    return { customer, creditNote: issued.value.creditNote };
  }

  test('the customer downloads their own note as XML; refusals in their language', async () => {
    const { customer, creditNote } = await creditNoteFor('nb');
    viewer.mockResolvedValue(customerViewer(customer.id));
    const own = await download(creditNoteGet, creditNote.id);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toBe(`attachment; filename="${creditNote.number}.xml"`);
    expect(await own.text()).toContain('<CreditNote');
    expect(await refusal(await download(creditNoteGet, 'not-a-uuid'), 404, 'nb')).toBe('Den kreditnotaen finnes ikke.');

    const stranger = await createTestCustomer('nl');
    viewer.mockResolvedValue(customerViewer(stranger.id));
    expect(await refusal(await download(creditNoteGet, creditNote.id), 404, 'nl')).toBe('Die creditnota bestaat niet.');
    viewer.mockResolvedValue(null);
    const signedOut = await download(creditNoteGet, creditNote.id, { 'accept-language': 'nb-NO' });
    expect(await refusal(signedOut, 401, 'nb')).toBe('Logg inn for å laste ned kreditnotaene dine.');
    viewer.mockResolvedValue(STAFF);
    expect(await refusal(await download(creditNoteGet, creditNote.id, { cookie: 'kadens_locale=de' }), 403, 'de')).toBe('Nur Kunden können hier Gutschriften herunterladen.');
  });
});
