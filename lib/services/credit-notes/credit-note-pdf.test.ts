import type { NextRequest } from 'next/server';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { GET as merchantGet } from '@/app/(merchant)/dashboard/credit-notes/[id]/pdf/route';
import { GET as customerGet } from '@/app/(portal)/account/credit-notes/[id]/pdf/route';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { extractPdfText } from '@/lib/pdf/extract-pdf-text';
import { createTestCustomer, createTestInvoice } from '@/lib/services/email/test-fixtures';
import { issueCreditNote } from './issue-credit-note';
import { loadCreditNotePdfInput } from './load-credit-note-pdf';
import { renderCreditNotePdf } from '@/lib/pdf/render-credit-note-pdf';

vi.mock('@/lib/auth/viewer', () => ({
  getViewer: vi.fn(),
  isMerchant: (v: Viewer | null) => v?.role === 'owner' || v?.role === 'admin',
}));
const viewer = vi.mocked(getViewer);
const customerViewer = (customerId: string): Viewer => ({ userId: 'u', email: 'c@example.test', role: 'customer', customerId });
const STAFF: Viewer = { userId: 'm', email: 'm@example.test', role: 'admin', customerId: null };

async function creditNoteFor(locale: 'en' | 'nb' = 'en') {
  const { customer, invoice } = await createTestInvoice(locale, 'paid', { reminderFeesMinor: [495] });
  const issued = await issueCreditNote({ invoiceId: invoice.id, amountMinor: 1000, reason: 'Damaged issue', disposition: 'balance', staffUserId: null, now: new Date('2026-03-20T10:00:00Z') });
  if (!issued.ok) throw new Error(issued.error.message);
  return { customer, invoice, creditNote: issued.value.creditNote };
}

const call = (get: typeof customerGet, id: string) =>
  get(new Request(`http://localhost/x/${id}/pdf`) as unknown as NextRequest, { params: Promise.resolve({ id }) });

beforeEach(() => viewer.mockReset());

describe('credit note PDF', () => {
  test('shows the note, the invoice it credits, the lines, totals and where the money goes', async () => {
    const { invoice, creditNote } = await creditNoteFor();
    const input = await loadCreditNotePdfInput(creditNote.id);
    const text = extractPdfText(await renderCreditNotePdf(input!, { compress: false }));
    expect(text).toContain('CREDIT NOTE');
    expect(text).toContain(creditNote.number);
    expect(text).toContain(invoice.number!);
    expect(text).toContain('Reason: Damaged issue');
    expect(text).toContain('Frozen Name');
    expect(text).toMatch(/€8\.66/);
    expect(text).toMatch(/€1\.34/);
    expect(text).toMatch(/Total \(incl\. VAT\)\n€10\.00/);
    expect(text).toContain('The amount is added to your credit balance');
  });

  test('the customer downloads their own note; someone else’s or a malformed id is a 404', async () => {
    const { customer, creditNote } = await creditNoteFor('nb');
    viewer.mockResolvedValue(customerViewer(customer.id));
    const response = await call(customerGet, creditNote.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${creditNote.number}.pdf"`);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(extractPdfText(pdf)).toContain('KREDITNOTA');

    const stranger = await createTestCustomer('en');
    viewer.mockResolvedValue(customerViewer(stranger.id));
    expect((await call(customerGet, creditNote.id)).status).toBe(404);
    expect((await call(customerGet, 'not-a-uuid')).status).toBe(404);
    viewer.mockResolvedValue(null);
    expect((await call(customerGet, creditNote.id)).status).toBe(401);
  });

  test('staff download any note; a customer cannot use the merchant route', async () => {
    const { customer, creditNote } = await creditNoteFor();
    viewer.mockResolvedValue(STAFF);
    const response = await call(merchantGet, creditNote.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect((await call(merchantGet, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    viewer.mockResolvedValue(customerViewer(customer.id));
    expect((await call(merchantGet, creditNote.id)).status).toBe(403);
  });
});
