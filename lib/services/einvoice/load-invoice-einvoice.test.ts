import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { invoiceLines, invoices } from '@/db/schema';
import { createTestCustomer, createTestInvoice } from '@/lib/services/email/test-fixtures';
import { loadInvoiceEinvoice } from './load-invoice-einvoice';

/** Every document a test makes is kept here; CI runs the official EN 16931 and Peppol rules on them. */
const OUTPUT = path.resolve(import.meta.dirname, '../../../.test-results/einvoices');
const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, isArray: (name) => ['InvoiceLine', 'TaxSubtotal', 'AllowanceCharge'].includes(name) });

async function einvoiceOf(id: string, name: string, scope?: { customerId: string }) {
  const result = await loadInvoiceEinvoice(id, scope);
  if (!result?.ok) throw new Error(`no e-invoice: ${JSON.stringify(result)}`);
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(path.join(OUTPUT, name), result.value.xml);
  return { ...result.value, ubl: parser.parse(result.value.xml).Invoice };
}
const amount = (node: { '#text': string }) => node['#text'];

describe('an issued invoice as EHF / Peppol BIS Billing 3.0', () => {
  test('the same lines and amounts as its PDF, from the seller in force, with the PDF embedded', async () => {
    const { customer, invoice } = await createTestInvoice('nl', 'open', { reminderFeesMinor: [500] });
    const { filename, ubl } = await einvoiceOf(invoice.id, 'app-invoice-consumer.xml', { customerId: customer.id });
    expect(filename).toBe(`${invoice.number}.xml`);
    expect(ubl.ID).toBe(invoice.number);
    expect(ubl.IssueDate).toBe('2026-03-01');
    expect(ubl.DueDate).toBe('2026-03-15');
    expect(ubl.AccountingSupplierParty.Party.PartyLegalEntity.RegistrationName).toBe('Kadens Demo Shop B.V.');
    expect(ubl.AccountingCustomerParty.Party.PartyLegalEntity.RegistrationName).toBe('Frozen Name');
    expect(ubl.InvoiceLine.map((line: { InvoicePeriod?: { StartDate: string; EndDate: string } }) => line.InvoicePeriod ?? null)).toEqual([
      { StartDate: '2026-03-01', EndDate: '2026-03-31' },
      null,
    ]);
    expect(ubl.TaxTotal.TaxSubtotal.map((s: { TaxCategory: { ID: string; Percent: string } }) => [s.TaxCategory.ID, s.TaxCategory.Percent])).toEqual([
      ['S', '9'],
      ['S', '21'],
    ]);
    // What the customer pays is what the invoice says, to the cent.
    expect(amount(ubl.LegalMonetaryTotal.PayableAmount)).toBe('37.00');
    expect(ubl.PaymentMeans.PaymentID).toBe(invoice.paymentReference);
    expect(ubl.PaymentMeans.PayeeFinancialAccount.ID).toBe('NL91ABNA0417164300');
    expect(ubl.AdditionalDocumentReference.Attachment.EmbeddedDocumentBinaryObject['@_mimeCode']).toBe('application/pdf');
  });

  test('a business buyer with its VAT id, a discount as an allowance, a part payment as prepaid', async () => {
    const { invoice } = await createTestInvoice('en', 'open', { amountPaidMinor: 1000 });
    const [snapshot] = await db.select({ s: invoices.customerSnapshot }).from(invoices).where(eq(invoices.id, invoice.id));
    await db
      .update(invoices)
      .set({ customerSnapshot: { ...snapshot!.s!, companyName: 'Nordlys Regnskap AS', vatId: 'NO912345696MVA' }, totalMinor: 2880, taxMinor: 238, subtotalMinor: 2642 })
      .where(eq(invoices.id, invoice.id));
    await db.insert(invoiceLines).values({
      invoiceId: invoice.id,
      position: 1,
      kind: 'discount',
      description: 'WELCOME10',
      quantity: 1,
      unitAmountMinor: -320,
      amountMinor: -320,
      taxRateBp: 900,
      taxMinor: -26,
    });
    const { ubl } = await einvoiceOf(invoice.id, 'app-invoice-business-discount.xml');
    const buyer = ubl.AccountingCustomerParty.Party;
    expect(buyer.PartyLegalEntity.RegistrationName).toBe('Nordlys Regnskap AS');
    expect(buyer.PartyTaxScheme.CompanyID).toBe('NO912345696MVA');
    expect(ubl.AllowanceCharge).toEqual([expect.objectContaining({ ChargeIndicator: 'false', AllowanceChargeReason: 'WELCOME10' })]);
    expect(amount(ubl.LegalMonetaryTotal.TaxInclusiveAmount)).toBe('28.80');
    expect(amount(ubl.LegalMonetaryTotal.PrepaidAmount)).toBe('10.00');
    expect(amount(ubl.LegalMonetaryTotal.PayableAmount)).toBe('18.80');
  });

  test('another customer’s invoice is none of theirs; an invoice from before the shop had an identity names what to set', async () => {
    const { invoice } = await createTestInvoice('en');
    const stranger = await createTestCustomer('en');
    expect(await loadInvoiceEinvoice(invoice.id, { customerId: stranger.id })).toBeNull();
    expect(await loadInvoiceEinvoice('not-a-uuid')).toBeNull();

    await db.update(invoices).set({ issuedAt: new Date('2019-06-01T10:00:00Z') }).where(eq(invoices.id, invoice.id));
    const refused = await loadInvoiceEinvoice(invoice.id);
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'missing-seller-settings', message: expect.stringContaining('legal name') }) });
  });
});
