import { randomInt } from 'node:crypto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { extractPdfText } from '@/lib/pdf/extract-pdf-text';
import { invoicePdfLinkPath } from '@/lib/services/documents/invoice-pdf-link';
import { createTestInvoice } from '@/lib/services/email/test-fixtures';
import { payLinkToken } from '@/lib/services/payments/pay-link';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { db } from '@/db/client';

// One address of this file's own: its requests never meet another test's rate limit.
const ADDRESS = `198.51.100.${randomInt(1, 254)}`;
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': ADDRESS }) }));

const { GET } = await import('./route');

afterEach(() => vi.useRealTimers());

const tokenOf = (path: string) => path.split('/').at(-1)!;
const open = (token: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/invoice-pdf/${token}`, { headers }), { params: Promise.resolve({ token }) });

describe('the signed link to an invoice PDF in its e-mail', () => {
  test('opens the PDF of its own invoice, without signing in, and of no other', async () => {
    const { invoice } = await createTestInvoice('en');
    const { invoice: other } = await createTestInvoice('en');
    const response = await open(tokenOf(invoicePdfLinkPath(invoice.id, new Date())));

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = extractPdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain(invoice.number!);
    expect(text).not.toContain(other.number!);
  });

  test.each<[string, (invoiceId: string, otherId: string) => string]>([
    ['pointed at another invoice', (id, otherId) => tokenOf(invoicePdfLinkPath(id, new Date())).replace(id, otherId)],
    ['with a changed signature', (id) => tokenOf(invoicePdfLinkPath(id, new Date())).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))],
    ['made younger', (id) => {
      const [, issued, signature] = tokenOf(invoicePdfLinkPath(id, new Date('3777-01-01T00:00:00Z'))).split('.');
      return `${id}.${(parseInt(issued!, 36) + 86_400 * 30).toString(36)}.${signature}`;
    }],
    ['a pay link’s token (another purpose)', (id) => payLinkToken(id, new Date())],
    ['no token at all', () => 'not-a-token'],
  ])('is a 404 that names nothing when %s', async (_label, token) => {
    const { invoice } = await createTestInvoice('en');
    const { invoice: other } = await createTestInvoice('en');
    const response = await open(token(invoice.id, other.id));
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toMatch(/not valid/);
    expect(body).not.toContain(invoice.number!);
    expect(body).not.toContain(other.number!);
  });

  test('a link that is not valid says so in the language asked for: ?lang=nl, or German by the browser', async () => {
    const dutch = await GET(new Request('http://localhost/invoice-pdf/not-a-token?lang=nl'), { params: Promise.resolve({ token: 'not-a-token' }) });
    expect(dutch.status).toBe(404);
    expect(dutch.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await dutch.text()).toBe('Deze factuurlink is ongeldig. Gebruik de link in uw factuurmail zoals die is verzonden.');
    expect(await (await open('not-a-token', { 'accept-language': 'de' })).text()).toMatch(/^Dieser Rechnungslink ist ungültig\./);
  });

  test('expires after the shop’s link validity: a 410 saying what to do instead', async () => {
    const { invoice } = await createTestInvoice('en');
    const { payLinkValidDays } = await getShopSettings(db);
    expect(payLinkValidDays).toBeGreaterThanOrEqual(1);
    const issued = new Date('3778-05-01T10:00:00Z');
    const token = tokenOf(invoicePdfLinkPath(invoice.id, issued));

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(issued.getTime() + (payLinkValidDays - 1) * 86_400_000));
    expect((await open(token)).status).toBe(200);
    vi.setSystemTime(new Date(issued.getTime() + payLinkValidDays * 86_400_000));
    const expired = await open(token);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toMatch(/expired on \d{4}-\d{2}-\d{2}\. Sign in to your account to download the invoice/);
    // A Dutch or German reader (their pages' cookie, their browser) reads it in their language.
    expect(await (await open(token, { cookie: 'other=1; kadens_locale=nl' })).text()).toMatch(/^Deze factuurlink is op \d{4}-\d{2}-\d{2} verlopen\. Log in op uw account/);
    expect(await (await open(token, { 'accept-language': 'de-DE' })).text()).toMatch(/^Dieser Rechnungslink ist am \d{4}-\d{2}-\d{2} abgelaufen\./);
  });
});

