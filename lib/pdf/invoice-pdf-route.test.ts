import type { NextRequest } from 'next/server';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { GET } from '@/app/(portal)/account/invoices/[id]/pdf/route';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { createTestCustomer, createTestInvoice } from '@/lib/services/email/test-fixtures';
import { extractPdfText } from './extract-pdf-text';

// The session is Auth.js's business; the route only needs to know who is asking.
vi.mock('@/lib/auth/viewer', () => ({ getViewer: vi.fn() }));
const viewer = vi.mocked(getViewer);

const customerViewer = (customerId: string): Viewer => ({ userId: 'u', email: 'c@example.test', role: 'customer', customerId });

function download(id: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/account/invoices/${id}/pdf`, { headers }) as unknown as NextRequest;
  return GET(request, { params: Promise.resolve({ id }) });
}

beforeEach(() => viewer.mockReset());

describe('GET /account/invoices/[id]/pdf', () => {
  test('the customer downloads their own invoice as a PDF attachment', async () => {
    const { customer, invoice } = await createTestInvoice('en', 'paid');
    viewer.mockResolvedValue(customerViewer(customer.id));
    const response = await download(invoice.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${invoice.number}.pdf"`);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(response.headers.get('content-length'))).toBe(pdf.length);
  });

  test('not signed in: 401, said in the language of the pages', async () => {
    viewer.mockResolvedValue(null);
    const response = await download('00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('Sign in to download your invoices.');
    const dutch = await download('00000000-0000-4000-8000-000000000000', { cookie: 'kadens_locale=nl' });
    expect(dutch.status).toBe(401);
    expect(await dutch.text()).toBe('Log in om uw facturen te downloaden.');
  });

  test('signed in, but not a customer (merchant staff): 403', async () => {
    viewer.mockResolvedValue({ userId: 'm', email: 'm@example.test', role: 'owner', customerId: null });
    const response = await download('00000000-0000-4000-8000-000000000000', { 'accept-language': 'de-AT,de;q=0.8' });
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Nur Kunden können hier Rechnungen herunterladen.');
  });

  test.each(['not-a-uuid', '1', "1' or '1'='1", '00000000-0000-0000-0000-00000000000g', ''.padEnd(5000, 'a')])(
    'a malformed id (%s) is a 404, never a 500',
    async (id) => {
      viewer.mockResolvedValue(customerViewer('00000000-0000-4000-8000-000000000001'));
      const response = await download(id);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('That invoice does not exist.');
    },
  );

  test('someone else’s invoice, a draft, an unknown id: 404', async () => {
    const { invoice } = await createTestInvoice('en');
    const { invoice: draft, customer: owner } = await createTestInvoice('en', 'draft');
    const stranger = await createTestCustomer('en');
    viewer.mockResolvedValue(customerViewer(stranger.id));
    expect((await download(invoice.id)).status).toBe(404);
    viewer.mockResolvedValue(customerViewer(owner.id));
    expect((await download(draft.id)).status).toBe(404);
    expect((await download('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  test('the PDF is in the customer’s language', async () => {
    const { customer, invoice } = await createTestInvoice('nb');
    viewer.mockResolvedValue(customerViewer(customer.id));
    const response = await download(invoice.id);
    expect(response.status).toBe(200);
    const text = extractPdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('FAKTURA');
    expect(text).toContain(invoice.number!);
    expect(text).toMatch(/Totalt inkl\. mva\.\n32,00\u00a0€/);
  });
});
