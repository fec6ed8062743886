import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers, invoiceSeries, type Order } from '@/db/schema';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { partyLines } from '@/lib/pdf/party-lines';
import { updateCustomerDetails } from '@/lib/services/customers/update-customer-details';
import { createTestOrder } from '@/lib/services/email/test-fixtures';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';
import { createOrderInvoice } from '@/lib/services/invoices/create-order-invoice';
import { customerDetailsSchema } from '@/lib/validations/customer-details';
import { loadInvoiceEinvoice } from './load-invoice-einvoice';

/** Every document a test makes is kept here; CI runs the official EN 16931 and Peppol rules on them. */
const OUTPUT = path.resolve(import.meta.dirname, '../../../.test-results/einvoices');
const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false });

const businessForm = (fields: Record<string, string>) =>
  customerDetailsSchema.parse({
    name: 'Kari Nordmann',
    addressLine1: 'Storgata 1',
    postalCode: '0155',
    city: 'Oslo',
    country: 'NO',
    locale: 'nb',
    customerType: 'business',
    companyName: 'Fjord Media AS',
    ...fields,
  });

/** A paid order's invoice, finalised (snapshot frozen) for the customer as they are now. */
async function finalisedInvoice(fields: Record<string, string>) {
  const { customer, order } = await createTestOrder('nb');
  await updateCustomerDetails({ customerId: customer.id, changes: businessForm(fields) });
  const seriesId = `test-${randomUUID()}`;
  await db.insert(invoiceSeries).values({ id: seriesId, prefix: 'B-', nextNumber: 1 });
  const invoiceId = await db.transaction(async (tx) => {
    const [current] = await tx.select().from(customers).where(eq(customers.id, customer.id));
    return createOrderInvoice(tx, {
      order: order as Order,
      customer: current!,
      priced: order.pricing as PricedInvoice,
      subscriptionsByPosition: new Map(),
      seriesId,
      now: new Date(),
    });
  });
  if (!invoiceId) throw new Error('The order billed nothing: no invoice to test with.');
  return { customer, invoiceId };
}

async function buyerOfEinvoice(invoiceId: string, name: string) {
  const result = await loadInvoiceEinvoice(invoiceId);
  if (!result?.ok) throw new Error(`no e-invoice: ${JSON.stringify(result)}`);
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(path.join(OUTPUT, name), result.value.xml);
  return parser.parse(result.value.xml).Invoice.AccountingCustomerParty.Party;
}

describe('the buyer’s business identity on its documents', () => {
  test('a Norwegian business with its Peppol id: the e-invoice is addressed to it, its organisation number is the legal id', async () => {
    const { customer, invoiceId } = await finalisedInvoice({
      vatId: 'NO974760673MVA',
      organisationNumber: '974760673',
      peppolScheme: '0192',
      peppolId: '974760673',
      phone: '+47 22 33 44 55',
    });
    const buyer = await buyerOfEinvoice(invoiceId, 'app-invoice-buyer-peppol-id.xml');
    expect(buyer.EndpointID).toEqual({ '#text': '974760673', '@_schemeID': '0192' });
    expect(buyer.PartyLegalEntity).toEqual({ RegistrationName: 'Fjord Media AS', CompanyID: { '#text': '974760673', '@_schemeID': '0192' } });
    expect(buyer.PartyTaxScheme.CompanyID).toBe('NO974760673MVA');
    expect(buyer.Contact).toMatchObject({ Name: 'Kari Nordmann', Telephone: '+47 22 33 44 55' });

    // The PDF names the organisation number under the buyer, in the customer's language.
    const pdf = await loadInvoicePdfInput(invoiceId);
    expect(partyLines(pdf!.invoice.billedTo, 'nb')).toEqual(expect.arrayContaining(['Fjord Media AS', 'Org.nr. 974760673', 'Mva. NO974760673MVA']));

    // Frozen at finalisation: a later change of the customer's details leaves the issued invoice as it was.
    await updateCustomerDetails({ customerId: customer.id, changes: businessForm({ companyName: 'Renamed AS', peppolScheme: '0088', peppolId: '7300010000001' }) });
    const again = await buyerOfEinvoice(invoiceId, 'app-invoice-buyer-peppol-id-again.xml');
    expect(again.EndpointID['#text']).toBe('974760673');
    expect(again.PartyLegalEntity.RegistrationName).toBe('Fjord Media AS');
  });

  test('a business without a Peppol id is addressed by its organisation number (0192); a consumer has no legal id', async () => {
    const { invoiceId } = await finalisedInvoice({ organisationNumber: '974 760 673' });
    const buyer = await buyerOfEinvoice(invoiceId, 'app-invoice-buyer-organisation-number.xml');
    expect(buyer.EndpointID).toEqual({ '#text': '974760673', '@_schemeID': '0192' });
    expect(buyer.PartyLegalEntity.CompanyID).toEqual({ '#text': '974760673', '@_schemeID': '0192' });

    const consumer = await finalisedInvoice({ customerType: 'consumer', organisationNumber: '974760673' });
    const consumerBuyer = await buyerOfEinvoice(consumer.invoiceId, 'app-invoice-buyer-consumer.xml');
    expect(consumerBuyer.PartyLegalEntity).toEqual({ RegistrationName: 'Kari Nordmann' });
  });
});
