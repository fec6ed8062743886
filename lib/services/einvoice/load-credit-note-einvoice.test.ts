import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { NextRequest } from 'next/server';
import { describe, expect, test, vi } from 'vitest';
import { GET as merchantGet } from '@/app/(merchant)/dashboard/credit-notes/[id]/ehf/route';
import { GET as customerGet } from '@/app/(portal)/account/credit-notes/[id]/ehf/route';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { createTestCustomer, createTestInvoice } from '@/lib/services/email/test-fixtures';
import { serializeUbl } from '@/lib/einvoice/serialize-ubl';
import { loadCreditNotePdfInput } from '@/lib/services/credit-notes/load-credit-note-pdf';
import { creditNoteEinvoiceDocument, reminderFeeCreditNoteEinvoiceDocument } from './einvoice-documents';
import { loadCreditNoteEinvoice } from './load-credit-note-einvoice';

vi.mock('@/lib/auth/viewer', () => ({
  getViewer: vi.fn(),
  isMerchant: (v: Viewer | null) => v?.role === 'owner' || v?.role === 'admin',
}));
const viewer = vi.mocked(getViewer);
const customerViewer = (customerId: string): Viewer => ({ userId: 'u', email: 'c@example.test', role: 'customer', customerId });
const STAFF: Viewer = { userId: 'm', email: 'm@example.test', role: 'admin', customerId: null };
const call = (get: typeof customerGet, id: string) =>
  get(new Request(`http://localhost/x/${id}/ehf`) as unknown as NextRequest, { params: Promise.resolve({ id }) });

/** Every document a test makes is kept here; CI runs the official EN 16931 and Peppol rules on them. */
const OUTPUT = path.resolve(import.meta.dirname, '../../../.test-results/einvoices');
const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, isArray: (name) => ['CreditNoteLine', 'TaxSubtotal', 'AllowanceCharge'].includes(name) });
const amount = (node: { '#text': string }) => node['#text'];

async function creditNote(amountMinor: number | 'full', reason: string) {
  const { customer, invoice } = await createTestInvoice('nl', 'paid', { reminderFeesMinor: [500] });
  const issued = await issueCreditNote({ invoiceId: invoice.id, amountMinor, reason, disposition: 'balance', staffUserId: null, now: new Date('2026-03-20T10:00:00Z') });
  if (!issued.ok) throw new Error(issued.error.message);
  return { customer, invoice, note: issued.value.creditNote };
}

async function einvoiceOf(id: string, name: string, scope?: { customerId: string }) {
  const result = await loadCreditNoteEinvoice(id, scope);
  if (!result?.ok) throw new Error(`no e-invoice: ${JSON.stringify(result)}`);
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(path.join(OUTPUT, name), result.value.xml);
  return { ...result.value, ubl: parser.parse(result.value.xml).CreditNote };
}

describe('a credit note as an EHF / Peppol BIS Billing 3.0 CreditNote', () => {
  test('a full credit: every line of the invoice, amounts positive, naming the invoice it credits', async () => {
    const { customer, invoice, note } = await creditNote('full', 'Cancelled order');
    const { filename, ubl } = await einvoiceOf(note.id, 'app-credit-note-full.xml', { customerId: customer.id });
    expect(filename).toBe(`${note.number}.xml`);
    expect(ubl.ID).toBe(note.number);
    expect(ubl.CreditNoteTypeCode).toBe('381');
    expect(ubl.IssueDate).toBe('2026-03-20');
    expect(ubl.Note).toBe('Cancelled order');
    expect(ubl.BillingReference.InvoiceDocumentReference).toEqual({ ID: invoice.number, IssueDate: '2026-03-01' });
    expect(ubl.AccountingSupplierParty.Party.PartyLegalEntity.RegistrationName).toBe('Kadens Demo Shop B.V.');
    expect(ubl.AccountingCustomerParty.Party.PartyLegalEntity.RegistrationName).toBe('Frozen Name');
    expect(ubl.CreditNoteLine).toHaveLength(2);
    expect(ubl.CreditNoteLine.every((line: { LineExtensionAmount: { '#text': string } }) => Number(amount(line.LineExtensionAmount)) > 0)).toBe(true);
    // The whole invoice back, to the cent: what the customer paid, VAT included.
    expect(amount(ubl.LegalMonetaryTotal.PayableAmount)).toBe((Number(invoice.totalMinor) / 100).toFixed(2));
    expect(ubl.AdditionalDocumentReference.Attachment.EmbeddedDocumentBinaryObject['@_mimeCode']).toBe('application/pdf');
  });

  test('a partial credit: the credited part only, with the VAT of each rate it touches', async () => {
    const { invoice, note } = await creditNote(1000, 'Damaged issue');
    const { ubl } = await einvoiceOf(note.id, 'app-credit-note-partial.xml');
    expect(ubl.BillingReference.InvoiceDocumentReference.ID).toBe(invoice.number);
    // Exactly what was credited; VAT recomputed per rate (BR-CO-17), any cent of difference stated as rounding.
    expect(amount(ubl.LegalMonetaryTotal.PayableAmount)).toBe('10.00');
    expect(ubl.TaxTotal.TaxSubtotal.map((s: { TaxCategory: { Percent: string } }) => s.TaxCategory.Percent)).toEqual(['9', '21']);
    expect(ubl.CreditNoteLine.every((line: { Price: { PriceAmount: { '#text': string } } }) => Number(amount(line.Price.PriceAmount)) > 0)).toBe(true);
  });

  test('another customer’s credit note is none of theirs; a malformed id is nothing', async () => {
    const { note } = await creditNote(500, 'Late delivery');
    const stranger = await createTestCustomer('en');
    expect(await loadCreditNoteEinvoice(note.id, { customerId: stranger.id })).toBeNull();
    expect(await loadCreditNoteEinvoice('not-a-uuid')).toBeNull();
  });

  test('the customer downloads their own note as XML, staff any; someone else’s is a 404', async () => {
    const { customer, note } = await creditNote(700, 'Wrong size');
    viewer.mockResolvedValue(customerViewer(customer.id));
    const own = await call(customerGet, note.id);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(own.headers.get('content-disposition')).toBe(`attachment; filename="${note.number}.xml"`);
    expect(await own.text()).toContain('<CreditNote');

    const stranger = await createTestCustomer('en');
    viewer.mockResolvedValue(customerViewer(stranger.id));
    expect(await (await call(customerGet, note.id)).text()).toBe('That credit note does not exist.');
    viewer.mockResolvedValue(null);
    expect((await call(customerGet, note.id)).status).toBe(401);

    viewer.mockResolvedValue(STAFF);
    expect((await call(merchantGet, note.id)).status).toBe(200);
    expect((await call(merchantGet, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    viewer.mockResolvedValue(customerViewer(customer.id));
    expect((await call(merchantGet, note.id)).status).toBe(403);
  });

  describe('an invoice with reminder fees outside the scope of VAT (O)', () => {
    async function feeCredit(amountMinor: number | 'full', tag: string) {
      const { invoice } = await createTestInvoice('nl', 'paid', { reminderFeesMinor: [500], reminderFeesOutsideVat: true });
      const issued = await issueCreditNote({ invoiceId: invoice.id, amountMinor, reason: 'Fee waived', disposition: 'balance', staffUserId: null, now: new Date('2026-03-20T10:00:00Z') });
      if (!issued.ok) throw new Error(issued.error.message);
      const note = issued.value.creditNote;
      const charged = await einvoiceOf(note.id, `app-credit-note-${tag}.xml`);
      const input = (await loadCreditNotePdfInput(note.id))!;
      const fees = reminderFeeCreditNoteEinvoiceDocument(input);
      if (!fees?.ok) throw new Error(`no fee credit note: ${JSON.stringify(fees)}`);
      const xml = serializeUbl(fees.value);
      writeFileSync(path.join(OUTPUT, `app-credit-note-${tag}-fees.xml`), xml);
      return { invoice, note, charged: charged.ubl, fees: parser.parse(xml).CreditNote };
    }
    const categories = (ubl: { TaxTotal: { TaxSubtotal: { TaxCategory: { ID: string } }[] } }) => ubl.TaxTotal.TaxSubtotal.map((s) => s.TaxCategory.ID);

    test('a full credit: the charged lines in one CreditNote, the fees (O only) in another crediting the fees’ own document', async () => {
      const { invoice, note, charged, fees } = await feeCredit('full', 'fees-full');
      expect(categories(charged)).toEqual(['S']);
      expect(charged.CreditNoteLine).toHaveLength(1);
      expect(amount(charged.LegalMonetaryTotal.PayableAmount)).toBe('32.00');
      expect(fees.ID).toBe(`${note.number}-F`);
      expect(categories(fees)).toEqual(['O']);
      expect(fees.BillingReference.InvoiceDocumentReference.ID).toBe(`${invoice.number}-F`);
      expect(amount(fees.LegalMonetaryTotal.PayableAmount)).toBe('5.00');
      // Together, exactly what the credit note took back.
      expect(Number(amount(charged.LegalMonetaryTotal.PayableAmount)) + Number(amount(fees.LegalMonetaryTotal.PayableAmount))).toBe(note.totalMinor / 100);
    });

    test('a partial credit splits the same way: each document one side of the O line', async () => {
      const { note, charged, fees } = await feeCredit(1000, 'fees-partial');
      expect(categories(charged)).toEqual(['S']);
      expect(categories(fees)).toEqual(['O']);
      expect(Math.round((Number(amount(charged.LegalMonetaryTotal.PayableAmount)) + Number(amount(fees.LegalMonetaryTotal.PayableAmount))) * 100)).toBe(note.totalMinor);
    });

    test('fees charged with VAT (an older invoice, S) stay on the one document: no fee document', async () => {
      const { note } = await creditNote(500, 'No fees here');
      const input = (await loadCreditNotePdfInput(note.id))!;
      expect(reminderFeeCreditNoteEinvoiceDocument(input)).toBeNull();
      expect(creditNoteEinvoiceDocument(input).ok).toBe(true);
    });
  });
});
